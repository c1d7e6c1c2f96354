import { useCallback, useEffect, useState } from 'react';
import { EMPTY_PRACTICE_PROGRESS, parsePracticeProgress, PracticeProgress } from '../../domain/scenario.ts';
import { recordPracticeResult } from '../../engine/practice-score.ts';
import { deviceStorage } from '../device-storage.ts';

/** Where practice mode keeps its one record: completed scenario ids and best percents, nothing else. */
export const PRACTICE_STORAGE_KEY = 'wtn.practice.v1';

interface LoadedProgress {
  progress: PracticeProgress;
  /** A record was there but could not be used; the student is told and starts fresh. */
  corrupted: boolean;
}

const fresh = (): PracticeProgress => ({ ...EMPTY_PRACTICE_PROGRESS, completed: [], best: {} });

/** Reads the device record. Storage is untrusted: bad JSON or a bad shape means "start fresh". */
export function loadPracticeProgress(raw: string | null): LoadedProgress {
  if (raw === null) return { progress: fresh(), corrupted: false };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { progress: fresh(), corrupted: true };
  }
  // parsePracticeProgress never throws; the schema check only tells whether it had to start over.
  return { progress: parsePracticeProgress(json), corrupted: !PracticeProgress.safeParse(json).success };
}

/**
 * The practice record on this device, and a way to add a finished attempt to it. A corrupted
 * record is removed once, so the notice is not shown again on the next visit.
 */
export function usePracticeProgress() {
  const [loaded] = useState(() => loadPracticeProgress(deviceStorage.get(PRACTICE_STORAGE_KEY)));
  const [progress, setProgress] = useState(loaded.progress);
  const [showCorrupted, setShowCorrupted] = useState(loaded.corrupted);

  useEffect(() => {
    if (loaded.corrupted) deviceStorage.remove(PRACTICE_STORAGE_KEY);
  }, [loaded]);

  const record = useCallback(
    (scenarioId: string, percent: number) => {
      const next = recordPracticeResult(progress, scenarioId, percent);
      deviceStorage.set(PRACTICE_STORAGE_KEY, JSON.stringify(next));
      setProgress(next);
    },
    [progress],
  );

  const dismissCorrupted = useCallback(() => setShowCorrupted(false), []);

  return { progress, record, corrupted: showCorrupted, dismissCorrupted };
}

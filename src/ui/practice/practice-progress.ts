import { useCallback, useEffect, useState } from 'react';
import { readPracticeProgress } from '../../domain/scenario.ts';
import { recordPracticeResult } from '../../engine/practice-score.ts';
import { deviceStorage } from '../shared/device-storage.ts';

/** Where practice mode keeps its one record: completed scenario ids and best percents, nothing else. */
export const PRACTICE_STORAGE_KEY = 'wtn.practice.v1';

/**
 * The practice record on this device, and a way to add a finished attempt to it. A corrupted
 * record is removed once, so the notice is not shown again on the next visit.
 */
export function usePracticeProgress() {
  const [loaded] = useState(() => readPracticeProgress(deviceStorage.get(PRACTICE_STORAGE_KEY)));
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

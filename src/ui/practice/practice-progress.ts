import { readPracticeProgress, type PracticeProgress } from '../../domain/scenario.ts';
import { deviceStorage } from '../shared/device-storage.ts';

/** Where practice mode keeps its one record: completed scenario ids and best percents, nothing else. */
export const PRACTICE_STORAGE_KEY = 'wtn.practice.v1';

/**
 * Reads the practice record once, when practice mode opens; the practice statechart owns it
 * from then on. A corrupted record is removed at once, so its notice is shown only this time.
 */
export function loadPracticeProgress(): { progress: PracticeProgress; corrupted: boolean } {
  const loaded = readPracticeProgress(deviceStorage.get(PRACTICE_STORAGE_KEY));
  if (loaded.corrupted) deviceStorage.remove(PRACTICE_STORAGE_KEY);
  return loaded;
}

/** Keeps the statechart's progress on the device (the machine's provided `recordProgress`). */
export const savePracticeProgress = (progress: PracticeProgress) =>
  deviceStorage.set(PRACTICE_STORAGE_KEY, JSON.stringify(progress));

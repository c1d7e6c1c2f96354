/**
 * localStorage that never throws: storage can be disabled, full or blocked by policy, and
 * the app must still work (it just forgets on reload).
 */
export const deviceStorage = {
  get(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  /** Whether the value was stored: false when storage is disabled, full or blocked. */
  set(key: string, value: string): boolean {
    try {
      window.localStorage.setItem(key, value);
      return true;
    } catch {
      /* storage unavailable: the session lives in memory only */
      return false;
    }
  },
  remove(key: string): void {
    try {
      window.localStorage.removeItem(key);
    } catch {
      /* nothing to remove */
    }
  },
};

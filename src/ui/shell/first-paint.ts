/**
 * Calls `then` once the browser reports the page's first contentful paint, or at once when
 * nothing is being painted before the app (`painting` false), the tab is hidden (it does not
 * paint) or the browser has no paint entries. The first-screen script waits so before it asks
 * for the app's files, and the entry (src/main.tsx) before its first import: requested before
 * that paint, they delayed it by 0.3–0.9 s in Lighthouse's slow 4G.
 *
 * The first-screen script runs this from its source text (scripts/first-screen.ts), so it may
 * use nothing from outside its own body and its arguments.
 */
export function afterFirstPaint(painting: boolean, then: () => void): void {
  if (!painting || document.visibilityState === 'hidden' || typeof PerformanceObserver === 'undefined') {
    then();
    return;
  }
  try {
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) return;
      observer.disconnect();
      then();
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    then();
  }
}

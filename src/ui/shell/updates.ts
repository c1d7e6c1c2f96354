// The page's side of the service worker (scripts/service-worker.ts): registration, the
// update check, the answer to "which version do you run", and the state the update notice
// shows. No React here: <UpdateNotice> reads the state through useSyncExternalStore.

export type UpdateState =
  | { kind: 'none' }
  /** A new version is ready; `reload` switches to it and reloads (the answers stay). */
  | { kind: 'available'; reload: () => void };

const NONE: UpdateState = { kind: 'none' };
let state: UpdateState = NONE;
const listeners = new Set<() => void>();

export const updateState = {
  get: (): UpdateState => state,
  /** What the prerendered page shows: nothing. */
  getServer: (): UpdateState => NONE,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

function offer(reload: () => void) {
  state = { kind: 'available', reload };
  for (const listener of listeners) listener();
}

/** How often an open tab asks the server for a new version (also whenever it is shown again). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Registers the offline service worker of the production build (http(s) only). */
export function registerOfflineSupport(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  const container = navigator.serviceWorker;

  // The worker asks each tab which version it runs before it deletes an older version's
  // files; this module's own address names the version (its file name carries the build's hash).
  container.addEventListener('message', (event: MessageEvent<{ type?: string } | null>) => {
    if (event.data?.type === 'which-version') event.ports[0]?.postMessage(import.meta.url);
  });
  container.startMessages();

  // A worker took over this tab. If this tab asked for it, reload into the new version;
  // otherwise another tab did, and this one still runs the old version: offer the reload.
  // (On a first visit the first worker takes over too: that is no new version.)
  let reloading = false;
  let controlled = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (reloading) window.location.reload();
    else if (controlled) offer(() => window.location.reload());
    controlled = true;
  });

  // A new version installed and waiting while this tab is served by the old one.
  const offerWaiting = (worker: ServiceWorker | null) => {
    if (!worker || !container.controller) return;
    offer(() => {
      reloading = true;
      worker.postMessage({ type: 'activate' });
    });
  };

  const register = async () => {
    try {
      const registration = await container.register('./sw.js');
      offerWaiting(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') offerWaiting(worker);
        });
      });
      const check = () => registration.update().catch(() => undefined);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') void check();
      });
      window.setInterval(() => void check(), CHECK_EVERY_MS);
      (await container.ready).active?.postMessage({ type: 'started' });
    } catch {
      /* offline support is a bonus; the app works without it */
    }
  };
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}

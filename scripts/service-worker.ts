// The source of dist/sw.js, the service worker, generated at build time with the list of the
// build's files (scripts/build-plugins.ts). Its text is below, kept plain and commented: it is
// what a county's administrator sees when they open sw.js.

export function serviceWorkerSource(version: string, files: readonly string[]): string {
  return `// Generated at build time by scripts/service-worker.ts.
//
// 1. Offline: on install, every file of this build goes into this version's own cache,
//    wtn-<version>; the app's requests are answered from the caches, pages from the network
//    first (a new deployment is seen at once) and from the cache when offline.
// 2. Updates the practitioner chooses: a new version's worker installs next to the running
//    one and waits. The open tab shows "a new version is available – reload"; only when the
//    practitioner presses it does the page send 'activate', and it reloads once this worker
//    has taken over. The answers are in the address and the device record: they stay.
// 3. An old tab never misses a file: when another tab lets the new worker take over, a tab
//    still running the old version may yet load one of its lazily loaded files, which the
//    server no longer has. So older caches stay until no open tab runs their version, and
//    every request is answered from any of the app's caches.
const VERSION = ${JSON.stringify(version)};
const CACHE = 'wtn-' + VERSION;
const FILES = ${JSON.stringify(files, null, 2)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
  // No skipWaiting() here: see 2. On a first visit no worker runs yet, and this one starts at once.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim().then(dropUnusedCaches));
});

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  // The practitioner chose to reload into this version.
  if (type === 'activate') self.skipWaiting();
  // A tab has started: perhaps the last tab of an older version has closed meanwhile.
  if (type === 'started') event.waitUntil(dropUnusedCaches());
});

// Which file each open tab runs (the address of its app module, which names its version).
// A tab that does not answer in time (still loading, or frozen in the background) is null.
async function filesInUse() {
  const tabs = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  return Promise.all(
    tabs.map(
      (tab) =>
        new Promise((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = (event) => resolve(typeof event.data === 'string' ? event.data : null);
          tab.postMessage({ type: 'which-version' }, [channel.port2]);
          setTimeout(() => resolve(null), 5000);
        }),
    ),
  );
}

// Deletes the caches of older versions that no open tab runs any more.
async function dropUnusedCaches() {
  const inUse = await filesInUse();
  // A tab that did not answer may run an old version: keep everything; the next tab to start tries again.
  if (inUse.includes(null)) return;
  for (const name of await caches.keys()) {
    if (!name.startsWith('wtn-') || name === CACHE) continue;
    const cache = await caches.open(name);
    const hits = await Promise.all(inUse.map((file) => cache.match(file)));
    if (!hits.some(Boolean)) await caches.delete(name);
  }
}

// A stored response: this version's first, else an older version's that is still kept.
async function fromCaches(request) {
  const options = { ignoreSearch: true, ignoreVary: true };
  const own = await (await caches.open(CACHE)).match(request, options);
  return own || caches.match(request, options);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Share links carry their answers in the query: offline, any navigation gets the stored
    // page. So does one the server refuses (e.g. 431 for a very long link, or a 5xx): the app
    // then reads the address itself and says what it could not use, instead of an error page.
    const shell = (answer) => fromCaches('./').then((page) => page || answer || Response.error());
    event.respondWith(
      fetch(request).then((answer) => (answer.ok ? answer : shell(answer)), () => shell()),
    );
    return;
  }
  event.respondWith(fromCaches(request).then((hit) => hit || fetch(request)));
});
`;
}

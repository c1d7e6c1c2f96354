import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { SECURITY_HEADERS, cacheControl } from './headers.ts';

export { CONTENT_SECURITY_POLICY };

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'wtn-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * Emits `sw.js`, a small service worker that precaches every built file so the app opens
 * and works offline after the first visit. The cache name carries a hash of the file list,
 * so a new build replaces the old cache.
 */
export function offlineServiceWorker(): Plugin {
  return {
    name: 'wtn-offline-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => !name.endsWith('.map'))
        .sort();
      const assets = [
        './',
        ...files.map((f) => `./${f}`),
        './favicon.svg',
        './manifest.webmanifest',
        './icon-192.png',
      ];
      const version = createHash('sha256')
        .update(
          JSON.stringify(Object.values(bundle).map((b) => b.fileName + ('code' in b ? b.code.length : 0))),
        )
        .digest('hex')
        .slice(0, 12);
      const source = `// Generated at build time: precaches the app for offline use. Same-origin only.
const CACHE = 'wtn-${version}';
const ASSETS = ${JSON.stringify(assets)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('wtn-') && k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Share links carry their answers in the query: any navigation gets the cached page.
    event.respondWith(fetch(request).catch(() => caches.match('./', { ignoreSearch: true, ignoreVary: true })));
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || fetch(request)));
});
`;
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

/**
 * The preview server sends a deployment's headers (scripts/headers.ts): security headers on
 * every response and the cache rules per path.
 */
export function deploymentHeaders(): Plugin {
  return {
    name: 'wtn-deployment-headers',
    configurePreviewServer(server) {
      const base = server.config.base === './' ? '/' : server.config.base;
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        const path = (req.url ?? '/').split('?')[0]!;
        res.setHeader('Cache-Control', cacheControl(path.startsWith(base) ? path.slice(base.length) : path));
        next();
      });
    },
  };
}

const COMPRESSIBLE = /\.(js|css|html|json|svg|webmanifest|txt)$/;

/** Writes a .br and a .gz next to each text file of the build, for hosts that serve them as is. */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'wtn-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle(_options, bundle) {
      const files = [...Object.keys(bundle), 'favicon.svg', 'manifest.webmanifest'];
      for (const name of files) {
        if (!COMPRESSIBLE.test(name)) continue;
        let body: Buffer;
        try {
          body = readFileSync(join(outDir, name));
        } catch {
          continue;
        }
        if (body.length < 1024) continue;
        writeFileSync(join(outDir, `${name}.gz`), gzipSync(body, { level: 9 }));
        writeFileSync(
          join(outDir, `${name}.br`),
          brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CACHE_IMMUTABLE, CACHE_NONE, SECURITY_HEADERS, cacheControl } from '../../scripts/headers.ts';

const nginx =
  readFileSync('deploy/navigaattori-headers.conf', 'utf8') + readFileSync('deploy/nginx.conf', 'utf8');
const caddy = readFileSync('deploy/Caddyfile', 'utf8');

describe('deployment headers have one source', () => {
  it('forbids framing, referrers and sniffing', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });

  it.each(Object.entries(SECURITY_HEADERS))(
    'nginx and Caddy send %s as the preview server does',
    (name, value) => {
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
      expect(caddy).toContain(`${name} "${value}"`);
    },
  );

  it('caches hashed assets for good and the page and service worker never', () => {
    expect(cacheControl('assets/boot-B6dmdilR.js')).toBe(CACHE_IMMUTABLE);
    expect(cacheControl('index.html')).toBe(CACHE_NONE);
    expect(cacheControl('sw.js')).toBe(CACHE_NONE);
    expect(cacheControl('')).toBe(CACHE_NONE);
    for (const config of [nginx, caddy]) {
      expect(config).toContain(`"${CACHE_IMMUTABLE}"`);
      expect(config).toContain(`"${CACHE_NONE}"`);
    }
  });
});

// The HTTP headers of a deployment: the one source for the preview server (`npm start`, the
// browser tests, the Lighthouse bench) and for the nginx and Caddy configs in deploy/, which
// tests/deploy/headers.test.ts checks against this file. A meta tag cannot set these:
// `frame-ancestors` only works as a header.
import { CONTENT_SECURITY_POLICY } from './csp.ts';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'Referrer-Policy': 'no-referrer',
  // Only features Chromium knows: an unknown one is a console warning (Lighthouse: best practices).
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), interest-cohort=()',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Hashed build assets never change; the page and the service worker must always be fresh. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_NONE = 'no-cache';

/** The Cache-Control for a path of the built site (relative to the site's root or sub-path). */
export function cacheControl(path: string): string {
  return /(^|\/)assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(path) ? CACHE_IMMUTABLE : CACHE_NONE;
}

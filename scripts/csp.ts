/**
 * The Content-Security-Policy of the built page: only the app's own origin, no inline
 * scripts, no third parties. The meta tag carries it for hosts that set no headers;
 * scripts/headers.ts adds `frame-ancestors 'none'`, which only a header can set.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

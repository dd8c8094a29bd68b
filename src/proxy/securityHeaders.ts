import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every response (SPA, API, /files), by hono's secureHeaders.
 * - CSP: only our own scripts and style sheets. No 'unsafe-inline' for styles: React's style
 *   props and Konva write through the CSSOM, which CSP allows (e2e/csp.spec.ts checks
 *   a whole journey in Chromium). Images may be data:/blob: (canvas exports, decoded uploads);
 *   connect-src also allows data: because the export menu fetch()es its own data URIs.
 * - No HSTS: the studio usually runs on plain HTTP on a LAN; whoever terminates TLS sets it.
 */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    crossOriginOpenerPolicy: 'same-origin',
    strictTransportSecurity: false,
  });
}

import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/**
 * The Content-Security-Policy of every page we serve (console, /demo, /docs). Scripts only from
 * our own origin (no inline script anywhere); inline styles are allowed because the console, the
 * demo page and the widget's Shadow DOM use `<style>` elements. No page may be framed.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Security headers on every response (hono's `secureHeaders`): CSP with `frame-ancestors 'none'`,
 * `X-Frame-Options: DENY`, `X-Content-Type-Options: nosniff` and `Referrer-Policy: same-origin`
 * (not `no-referrer`: browsers would then send `Origin: null` on the console's form posts).
 * Headers a route sets itself win, so `/widget.js` can declare `Cross-Origin-Resource-Policy:
 * cross-origin` and stay loadable from OPD websites.
 *
 * @example
 * app.use("*", securityHeaders());
 */
export function securityHeaders(): MiddlewareHandler {
  const apply = secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: "DENY",
    referrerPolicy: "same-origin",
    overwrite: false,
  });
  return async function securityHeadersMiddleware(c, next) {
    await apply(c, next);
  };
}

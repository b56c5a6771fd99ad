import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { ApiKey, ApiKeyRepository, Role } from "../../auth/api-keys.js";

/** The console's cookie: it holds the API key itself, HttpOnly and SameSite=Strict, scoped to /admin. */
export const COOKIE = "lt_console";
const EIGHT_HOURS = 8 * 60 * 60;

/**
 * The signed-in key from the console cookie, or null (also for a revoked key).
 *
 * @example
 * const key = await consoleKey(c, admin.apiKeys); if (!key) return c.redirect("/admin/masuk", 303);
 */
export async function consoleKey(c: Context, keys: ApiKeyRepository): Promise<ApiKey | null> {
  const secret = getCookie(c, COOKIE);
  return secret ? keys.authenticate(secret) : null;
}

/**
 * The raw key of the cookie, to call the admin API on the user's behalf.
 *
 * @example
 * headers.set("authorization", `Bearer ${consoleSecret(c)}`);
 */
export function consoleSecret(c: Context): string | null {
  return getCookie(c, COOKIE) ?? null;
}

/**
 * Stores the key in the cookie (Secure when served over HTTPS).
 *
 * @example
 * signIn(c, key); return c.redirect("/admin", 303);
 */
export function signIn(c: Context, secret: string): void {
  const https = new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";
  setCookie(c, COOKIE, secret, { httpOnly: true, sameSite: "Strict", path: "/admin", maxAge: EIGHT_HOURS, secure: https });
}

/**
 * Clears the console cookie.
 *
 * @example
 * signOut(c); return c.redirect("/admin/masuk", 303);
 */
export function signOut(c: Context): void {
  deleteCookie(c, COOKIE, { path: "/admin" });
}

/**
 * `POST /admin/keluar`: signs out, but only for a post from the console's own origin; another
 * site's page gets 403 and the cookie stays (no forced logout by a foreign form).
 *
 * @example
 * app.post("/admin/keluar", signOutRoute);
 */
export function signOutRoute(c: Context): Response {
  if (!sameOrigin(c)) return c.text("Forbidden", 403);
  signOut(c);
  return c.redirect("/admin/masuk", 303);
}

/**
 * A POST from another site is refused even if a browser sent the cookie (defence in depth next to
 * SameSite). Compares hosts, so a TLS-terminating proxy in front does not break the console.
 * `Origin` decides; without it, `Referer` does; with neither (curl, scripts) the post passes.
 *
 * @example
 * if (!sameOrigin(c)) return c.text("Forbidden", 403);
 */
export function sameOrigin(c: Context): boolean {
  const origin = c.req.header("origin") ?? c.req.header("referer");
  if (!origin) return true;
  try {
    const host = new URL(origin).host;
    return host === (c.req.header("x-forwarded-host") ?? c.req.header("host") ?? new URL(c.req.url).host);
  } catch {
    return false;
  }
}

/** Role names as the console shows them. */
export const ROLE_NAMES: Record<Role, string> = { admin: "Admin", curator: "Kurator", operator: "Operator" };

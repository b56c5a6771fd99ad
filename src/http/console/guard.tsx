/** @jsxImportSource hono/jsx */
import type { Context } from "hono";
import type { ApiKey, ApiKeyRepository, Role } from "../../auth/api-keys.js";
import { Layout } from "./layout.js";
import { consoleKey } from "./session.js";

export { CURATORS, EVERYONE, OFFICERS } from "../../auth/api-keys.js";

/**
 * Every console page checks the role on the server: no (or a revoked) key → the sign-in page;
 * a role not allowed → 403 page.
 *
 * @example
 * const key = await guard(c, admin.apiKeys, CURATORS); if (key instanceof Response) return key;
 */
export async function guard(c: Context, keys: ApiKeyRepository, roles: readonly Role[]): Promise<ApiKey | Response> {
  const key = await consoleKey(c, keys);
  if (!key) return c.redirect("/admin/masuk", 303);
  if (!roles.includes(key.role)) {
    const page = (
      <Layout title="Tidak berwenang" apiKey={key}>
        <p role="alert">Peran Anda tidak boleh membuka halaman atau melakukan tindakan ini.</p>
      </Layout>
    );
    return html(c, page, 403);
  }
  return key;
}

/**
 * Renders a console page as a full HTML document (with the doctype).
 *
 * @example
 * return html(c, <Layout title="Korpus">…</Layout>);
 */
export function html(c: Context, page: unknown, status: 200 | 401 | 403 | 404 = 200): Response {
  return c.body(`<!DOCTYPE html>${String(page)}`, status, { "content-type": "text/html; charset=UTF-8" });
}

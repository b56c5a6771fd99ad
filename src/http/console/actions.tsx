/** @jsxImportSource hono/jsx */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AdminDeps } from "../../admin/deps.js";
import type { AppEnv } from "../app.js";
import { CURATORS, guard, html } from "./guard.js";
import { consoleSecret, sameOrigin, signIn, signOutRoute } from "./session.js";
import { SignIn } from "./sign-in.js";

/** Calls the admin API as the signed-in user, so validation and auditing live in one place. */
export async function callApi(
  app: OpenAPIHono<AppEnv>,
  c: Context,
  path: string,
  init: RequestInit,
): Promise<{ ok: boolean; message: string; body: Record<string, unknown> }> {
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${consoleSecret(c)}`);
  const res = await app.request(path, { ...init, headers });
  const body = (await res.json().catch(() => ({}))) as { error?: { message: string; fields?: Record<string, string> } } & Record<string, unknown>;
  if (res.ok) return { ok: true, message: "", body };
  const fields = body.error?.fields
    ? ` (${Object.entries(body.error.fields)
        .map(([k, v]) => `${k}: ${v}`)
        .join("; ")})`
    : "";
  return { ok: false, message: `${body.error?.message ?? res.statusText}${fields}`, body };
}

/** Redirects back to a console page with the outcome (`?ok=` or `?err=`). */
export const back = (c: Context, page: string, r: { ok: boolean; message: string }, ok: string) =>
  c.redirect(`${page}?${new URLSearchParams(r.ok ? { ok } : { err: r.message })}`, 303);

/**
 * The console's form posts: sign in/out, status change, upload and re-index. Cross-site posts are
 * refused; every action goes through the admin API with the user's key.
 *
 * @example
 * registerConsoleActions(app, admin);
 */
export function registerConsoleActions(app: OpenAPIHono<AppEnv>, admin: AdminDeps): void {
  app.get("/admin/masuk", (c) => html(c, <SignIn />));
  app.post("/admin/masuk", async (c) => {
    if (!sameOrigin(c)) return c.text("Forbidden", 403);
    const form = await c.req.parseBody();
    const secret = typeof form.key === "string" ? form.key.trim() : "";
    const key = secret ? await admin.apiKeys.authenticate(secret) : null;
    if (!key) return html(c, <SignIn error="Kunci API tidak dikenal atau sudah dicabut." />, 401);
    signIn(c, secret);
    await admin.audit.record(key, "console.sign_in", key.id);
    return c.redirect("/admin", 303);
  });
  app.post("/admin/keluar", signOutRoute);

  app.post("/admin/korpus/status", async (c) => {
    const key = await guard(c, admin.apiKeys, CURATORS);
    if (key instanceof Response) return key;
    if (!sameOrigin(c)) return c.text("Forbidden", 403);
    const form = await c.req.parseBody();
    const id = String(form.id ?? "");
    const by = String(form.dicabut_oleh ?? "").trim();
    const body = { status: String(form.status ?? ""), ...(form.status === "dicabut" ? { dicabut_oleh: by || null } : {}) };
    const r = await callApi(app, c, `/api/admin/corpus/documents/${encodeURIComponent(id)}/status`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return back(c, "/admin/korpus", r, `Status ${id} disimpan; pengindeksan ulang dimulai (${String(r.body.jobId)}).`);
  });

  app.post("/admin/korpus/unggah", async (c) => {
    const key = await guard(c, admin.apiKeys, CURATORS);
    if (key instanceof Response) return key;
    if (!sameOrigin(c)) return c.text("Forbidden", 403);
    const r = await callApi(app, c, "/api/admin/corpus/regulations", { method: "POST", body: await c.req.formData() });
    return back(c, "/admin/korpus", r, `Peraturan ${String(r.body.id)} diunggah; pengindeksan ulang dimulai (${String(r.body.jobId)}).`);
  });

  app.post("/admin/indeks-ulang", async (c) => {
    const key = await guard(c, admin.apiKeys, CURATORS);
    if (key instanceof Response) return key;
    if (!sameOrigin(c)) return c.text("Forbidden", 403);
    const r = await callApi(app, c, "/api/admin/reindex", { method: "POST" });
    return back(c, "/admin", r, `Pengindeksan ulang dimulai (${String(r.body.jobId)}).`);
  });
}

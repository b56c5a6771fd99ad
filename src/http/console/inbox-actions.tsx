/** @jsxImportSource hono/jsx */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AdminDeps } from "../../admin/deps.js";
import type { FormsServices } from "../../forms/services.js";
import type { AppEnv } from "../app.js";
import { historyOf } from "../routes/admin-submissions-history.js";
import { back, callApi } from "./actions.js";
import { guard, html, OFFICERS } from "./guard.js";
import { Layout, Notice } from "./layout.js";
import { sameOrigin } from "./session.js";
import { TicketSection } from "./ticket.js";

const json = (method: string, body: unknown): RequestInit => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const str = (v: unknown) => (typeof v === "string" ? v : "");

/**
 * The inbox's form posts. Each goes through the admin API with the signed-in key (so validation,
 * OPD checks and the audit trail live in one place) and returns to the page with `?ok=`/`?err=`.
 * "Tampilkan data" renders the ticket with the data in clear, never cached.
 *
 * @example
 * registerInboxActions(app, admin, forms);
 */
export function registerInboxActions(app: OpenAPIHono<AppEnv>, admin: AdminDeps, forms: FormsServices): void {
  /** Checks the key, the role and the origin, then hands the parsed form to the action. */
  const post = (path: string, act: (c: Context, form: Record<string, unknown>, id: string) => Promise<Response>) =>
    app.post(path, async (c) => {
      const key = await guard(c, admin.apiKeys, OFFICERS);
      if (key instanceof Response) return key;
      if (!sameOrigin(c)) return c.text("Forbidden", 403);
      const id = c.req.param("ticket") ?? c.req.param("id") ?? "";
      return act(c, (await c.req.parseBody()) as Record<string, unknown>, id);
    });
  const ticketApi = (t: string) => `/api/admin/submissions/${encodeURIComponent(t)}`;
  const handoffApi = (h: string) => `/api/admin/handoffs/${encodeURIComponent(h)}`;

  post("/admin/tiket/:ticket/status", async (c, f, t) => {
    const r = await callApi(app, c, ticketApi(t), json("PATCH", { status: str(f.status), note: str(f.note) }));
    return back(c, `/admin/tiket/${t}`, r, str(f.note).trim() ? "Status disimpan dan pesan dikirim ke warga." : "Status disimpan; warga diberi tahu.");
  });
  post("/admin/tiket/:ticket/catatan", async (c, f, t) =>
    back(c, `/admin/tiket/${t}`, await callApi(app, c, `${ticketApi(t)}/notes`, json("POST", { text: str(f.text) })), "Catatan internal disimpan."),
  );
  post("/admin/tiket/:ticket/tugaskan", async (c, f, t) =>
    back(c, `/admin/tiket/${t}`, await callApi(app, c, `${ticketApi(t)}/assignee`, json("PUT", { assignee: str(f.assignee) || null })), "Penugasan disimpan."),
  );
  post("/admin/tiket/:ticket/tampilkan", async (c, f, t) => {
    const r = await callApi(app, c, `${ticketApi(t)}/reveal`, json("POST", { reason: str(f.reason) }));
    const s = await forms.submissions.get(t);
    if (!r.ok || !s) return back(c, `/admin/tiket/${t}`, r, "");
    const key = (await guard(c, admin.apiKeys, OFFICERS)) as Exclude<Awaited<ReturnType<typeof guard>>, Response>;
    const [history, officers] = await Promise.all([historyOf(forms, s), forms.submissions.inbox.officers(s.opd)]);
    c.header("cache-control", "no-store");
    return html(
      c,
      <Layout title={`Tiket ${s.ticket}`} apiKey={key}>
        <p>
          <a href={`/admin/tiket/${s.ticket}`}>← Sembunyikan data</a>
        </p>
        <Notice ok="Data ditampilkan dan dicatat di log audit. Halaman ini tidak disimpan di cache." />
        <TicketSection submission={s} history={history} officers={officers} revealed={r.body.fields as Record<string, string>} />
      </Layout>,
    );
  });

  post("/admin/handoff/:id/balas", async (c, f, h) =>
    back(c, `/admin/handoff/${h}`, await callApi(app, c, `${handoffApi(h)}/messages`, json("POST", { text: str(f.text) })), "Balasan terkirim ke warga."),
  );
  post("/admin/handoff/:id/tutup", async (c, _f, h) =>
    back(c, `/admin/handoff/${h}`, await callApi(app, c, `${handoffApi(h)}/close`, { method: "POST" }), "Percakapan ditutup."),
  );
  post("/admin/handoff/:id/tugaskan", async (c, f, h) =>
    back(
      c,
      `/admin/handoff/${h}`,
      await callApi(app, c, `${handoffApi(h)}/assignee`, json("PUT", { assignee: str(f.assignee) || null })),
      "Penugasan disimpan.",
    ),
  );
  post("/admin/handoff/:id/balasan-cepat", async (c, f, h) => {
    const handoff = await forms.handoffs.get(h);
    const r = await callApi(
      app,
      c,
      "/api/admin/canned-replies",
      json("POST", { ...(handoff ? { opd: handoff.opd } : {}), title: str(f.title), text: str(f.text) }),
    );
    return back(c, `/admin/handoff/${h}`, r, "Balasan cepat disimpan.");
  });
}

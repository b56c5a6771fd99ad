/** @jsxImportSource hono/jsx */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import type { ApiKey } from "../../auth/api-keys.js";
import { canAccessOpd, listScope } from "../../auth/authorize.js";
import { INBOX_STATUSES, type InboxFilter, type InboxStatus, inboxItems } from "../../forms/inbox-list.js";
import type { FormsServices } from "../../forms/services.js";
import type { AdminDeps } from "../../admin/deps.js";
import type { LiveStreams } from "../live-streams.js";
import type { AppEnv } from "../app.js";
import { historyOf } from "../routes/admin-submissions-history.js";
import { registerInboxActions } from "./inbox-actions.js";
import { HandoffSection, Thread } from "./handoff.js";
import { InboxRows, InboxSection } from "./inbox.js";
import { INBOX_SCRIPT } from "./inbox-script.js";
import { guard, html, OFFICERS } from "./guard.js";
import { Layout, Notice } from "./layout.js";
import { TicketSection } from "./ticket.js";

const KEEPALIVE_MS = 20_000;

/** The filter of an inbox request, within the key's OPD scope; null for an operator without an OPD. */
function filterOf(key: ApiKey, q: Record<string, string>): InboxFilter | null {
  const scope = listScope(key, undefined);
  if (!scope.ok) return null;
  const status = (INBOX_STATUSES as readonly string[]).includes(q.status ?? "") ? (q.status as InboxStatus) : undefined;
  return { opd: scope.value, status, serviceId: q.service || undefined, channel: q.channel || undefined };
}

/** A console page that only says why nothing is shown (403 not allowed, 404 not found). */
const notice = (c: Context, key: ApiKey, status: 403 | 404, title: string, text: string) =>
  html(
    c,
    <Layout title={title} apiKey={key}>
      <p role="alert">{text}</p>
    </Layout>,
    status,
  );
const page403 = (c: Context, key: ApiKey, text: string) => notice(c, key, 403, "Tidak berwenang", text);
const NOT_YOURS = "Tiket atau percakapan ini milik OPD lain.";

/**
 * The officers' inbox in the console: `/admin/kotak-masuk` (one live list), `/admin/tiket/:ticket`,
 * `/admin/handoff/:id`, their fragments, the SSE stream and the page script. Operators see their
 * OPD only; every page checks the role and the OPD on the server.
 *
 * @example
 * if (deps.forms) registerInbox(app, admin, deps.forms);
 */
export function registerInbox(app: OpenAPIHono<AppEnv>, admin: AdminDeps, forms: FormsServices, live?: LiveStreams): void {
  const officerNames = async (items: Array<{ assignee: string | null }>): Promise<Record<string, string>> => {
    const names: Record<string, string> = {};
    for (const id of new Set(items.flatMap((i) => (i.assignee ? [i.assignee] : [])))) names[id] = (await forms.submissions.inbox.officerName(id)) ?? id;
    return names;
  };
  registerInboxActions(app, admin, forms);

  app.get("/admin/inbox.js", (c) => c.body(INBOX_SCRIPT, 200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-cache" }));

  app.get("/admin/kotak-masuk", async (c) => {
    const key = await guard(c, admin.apiKeys, OFFICERS);
    if (key instanceof Response) return key;
    const filter = filterOf(key, c.req.query());
    if (!filter) return page403(c, key, "Kunci operator ini tidak terhubung ke OPD mana pun.");
    const items = await inboxItems(forms, filter);
    const waiting = items.filter((i) => i.waiting).length;
    const services = [...new Set((await forms.submissions.list(filter.opd ? { opd: filter.opd } : {})).map((s) => s.serviceId))].sort();
    return html(
      c,
      <Layout title="Kotak masuk" count={waiting} apiKey={key} script="/admin/inbox.js">
        <InboxSection items={items} filter={filter} services={services} names={await officerNames(items)} waiting={waiting} />
      </Layout>,
    );
  });

  app.get("/admin/kotak-masuk/daftar", async (c) => {
    const key = await guard(c, admin.apiKeys, OFFICERS);
    if (key instanceof Response) return key;
    const filter = filterOf(key, c.req.query());
    if (!filter) return page403(c, key, "Kunci operator ini tidak terhubung ke OPD mana pun.");
    const items = await inboxItems(forms, filter);
    const rows = <InboxRows items={items} names={await officerNames(items)} />;
    return c.body(String(rows), 200, {
      "content-type": "text/html; charset=UTF-8",
      "cache-control": "no-store",
      "x-waiting": String(items.filter((i) => i.waiting).length),
    });
  });

  app.get("/admin/kotak-masuk/stream", async (c) => {
    const key = await guard(c, admin.apiKeys, OFFICERS);
    if (key instanceof Response) return key;
    if (!listScope(key, undefined).ok) return page403(c, key, "Kunci operator ini tidak terhubung ke OPD mana pun.");
    return streamSSE(c, async (stream) => {
      const send = (change: { kind: string; id: string; opd: string; change: string }) => {
        if (canAccessOpd(key, change.opd)) void stream.writeSSE({ event: "inbox", data: JSON.stringify(change) }).catch(() => {});
      };
      const offs = [forms.submissions.changes.subscribe(send), forms.handoffs.changes.subscribe(send)];
      const unsubscribe = () => {
        for (const off of offs) off();
      };
      let ended = false;
      let wake: () => void = () => undefined;
      const end = () => {
        ended = true;
        wake();
      };
      const done = live?.add(end) ?? (() => undefined);
      stream.onAbort(end);
      await stream.writeSSE({ event: "ready", data: "{}" });
      while (!ended && !stream.aborted && !stream.closed) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, KEEPALIVE_MS).unref();
        });
        if (!ended && !stream.aborted) await stream.write(": keep-alive\n\n").catch(() => {});
      }
      done();
      unsubscribe();
    });
  });

  app.get("/admin/tiket/:ticket", async (c) => {
    const key = await guard(c, admin.apiKeys, OFFICERS);
    if (key instanceof Response) return key;
    const s = await forms.submissions.get(c.req.param("ticket"));
    if (!s) return notice(c, key, 404, "Tiket tidak ditemukan", "Tiket tidak ditemukan.");
    if (!canAccessOpd(key, s.opd)) return page403(c, key, NOT_YOURS);
    const q = c.req.query();
    return html(
      c,
      <Layout title={`Tiket ${s.ticket}`} apiKey={key} script="/admin/inbox.js">
        <p>
          <a href="/admin/kotak-masuk">← Kotak masuk</a>
        </p>
        <Notice ok={q.ok} err={q.err} />
        <TicketSection submission={s} history={await historyOf(forms, s)} officers={await forms.submissions.inbox.officers(s.opd)} revealed={null} />
      </Layout>,
    );
  });

  app.get("/admin/handoff/:id", async (c) => {
    const key = await guard(c, admin.apiKeys, OFFICERS);
    if (key instanceof Response) return key;
    const h = await forms.handoffs.get(c.req.param("id"));
    if (!h) return notice(c, key, 404, "Percakapan tidak ditemukan", "Percakapan tidak ditemukan.");
    if (!canAccessOpd(key, h.opd)) return page403(c, key, NOT_YOURS);
    const q = c.req.query();
    return html(
      c,
      <Layout title={`Percakapan ${h.id.slice(0, 8)}`} apiKey={key} script="/admin/inbox.js">
        <p>
          <a href="/admin/kotak-masuk">← Kotak masuk</a>
        </p>
        <Notice ok={q.ok} err={q.err} />
        <HandoffSection handoff={h} canned={await forms.handoffs.inbox.cannedReplies(h.opd)} officers={await forms.handoffs.inbox.officers(h.opd)} />
      </Layout>,
    );
  });

  app.get("/admin/handoff/:id/pesan", async (c) => {
    const key = await guard(c, admin.apiKeys, OFFICERS);
    if (key instanceof Response) return key;
    const h = await forms.handoffs.get(c.req.param("id"));
    if (!h || !canAccessOpd(key, h.opd)) return page403(c, key, NOT_YOURS);
    return c.body(String(<Thread handoff={h} />), 200, { "content-type": "text/html; charset=UTF-8", "cache-control": "no-store" });
  });
}

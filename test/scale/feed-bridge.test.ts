import { OpenAPIHono } from "@hono/zod-openapi";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { AppEnv } from "../../src/http/app.js";
import { LiveStreams } from "../../src/http/live-streams.js";
import { createWebSessions } from "../../src/http/middleware/web-session.js";
import { registerChatEvents } from "../../src/http/routes/chat-events.js";
import { type ChangeOrigin, type InboxChange, InboxFeed } from "../../src/notify/inbox-feed.js";
import { OutboxNotifier } from "../../src/notify/notifier.js";
import { watchForOfficers } from "../../src/notify/officer-alerts.js";
import type { OutboundMessage } from "../../src/notify/types.js";
import { WebLive } from "../../src/notify/web-live.js";
import { InboxFeedBridge, WebLiveBridge } from "../../src/scale/feed-bridge.js";
import { type Db, openDatabase } from "../../src/store/database.js";
import { redisAvailable, redisScope } from "./redis-helper.js";

const available = await redisAvailable();

/** Long enough for a duplicate (an echo, a second replica's alert) to have arrived if there were one. */
const SETTLE_MS = 300;
const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS));

const TICKET: InboxChange = { kind: "submission", id: "KDI-2026-000001", opd: "disdukcapil", change: "created" };
const HANDOFF: InboxChange = { kind: "handoff", id: "h-1", opd: "disdukcapil", change: "message" };

describe.skipIf(!available)("inbox feed across replicas (Redis)", () => {
  const scope = redisScope();
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });
  afterAll(() => scope.cleanup());

  /** One replica's repositories' feeds, bridged over its own Redis connection. */
  async function replica() {
    const feeds = { submissions: new InboxFeed(), handoffs: new InboxFeed() };
    const bridge = new InboxFeedBridge(await scope.client(), feeds);
    closers.push(() => bridge.close());
    await bridge.ready;
    const heard: Array<[InboxChange, ChangeOrigin]> = [];
    feeds.submissions.subscribe((c, o) => heard.push([c, o]));
    feeds.handoffs.subscribe((c, o) => heard.push([c, o]));
    return { feeds, bridge, heard };
  }

  it("a ticket filed on replica A reaches A's console once and B's console once", async () => {
    const [a, b] = [await replica(), await replica()];
    a.feeds.submissions.publish(TICKET);
    await expect.poll(() => b.heard.length).toBe(1);
    await settle();
    expect(a.heard).toEqual([[TICKET, { eventId: expect.any(String), remote: false }]]);
    expect(b.heard).toEqual([[TICKET, { eventId: a.heard[0]![1].eventId, remote: true }]]);
  });

  it("routes each change to the feed of the same name on the other replica", async () => {
    const [a, b] = [await replica(), await replica()];
    const bHandoffs: InboxChange[] = [];
    b.feeds.handoffs.subscribe((c) => bHandoffs.push(c));
    a.feeds.handoffs.publish(HANDOFF);
    b.feeds.submissions.publish(TICKET);
    await expect.poll(() => bHandoffs).toEqual([HANDOFF]);
    await expect.poll(() => a.heard.map(([c]) => c)).toEqual([HANDOFF, TICKET]);
    await settle();
    expect(b.heard.map(([c]) => c)).toEqual([TICKET, HANDOFF]);
    expect(a.heard.map(([c]) => c)).toEqual([HANDOFF, TICKET]);
  });

  it("alerts officers once per change in the deployment, whichever replica or process filed it", async () => {
    const [a, b, whatsapp] = [await replica(), await replica(), await replica()];
    const sent: OutboundMessage[] = [];
    const notifier = { notify: async (m: OutboundMessage) => void sent.push(m) };
    for (const r of [a, b]) {
      const off = watchForOfficers([r.bridge.once("submissions"), r.bridge.once("handoffs")], notifier, { disdukcapil: ["777"] }, "https://layanan.example");
      closers.push(async () => off());
    }
    a.feeds.submissions.publish(TICKET);
    b.feeds.submissions.publish({ ...TICKET, id: "KDI-2026-000002" });
    whatsapp.feeds.handoffs.publish(HANDOFF); // the WhatsApp role runs no alerts: an API replica sends it
    await expect.poll(() => sent.length).toBe(3);
    await settle();
    expect(sent.map((m) => [m.channel, m.userId, m.kind, m.text.split("\n")[0]]).sort()).toEqual([
      ["telegram", "777", "officer_alert", "💬 Pesan baru dari warga dalam percakapan h-1 (disdukcapil)."],
      ["telegram", "777", "officer_alert", "🔔 Permohonan baru KDI-2026-000001 (disdukcapil)."],
      ["telegram", "777", "officer_alert", "🔔 Permohonan baru KDI-2026-000002 (disdukcapil)."],
    ]);
  });

  it("stops relaying once closed", async () => {
    const [a, b] = [await replica(), await replica()];
    await a.bridge.close();
    a.feeds.submissions.publish(TICKET);
    await settle();
    expect(a.heard).toHaveLength(1);
    expect(b.heard).toEqual([]);
  });
});

describe.skipIf(!available)("web widget messages across replicas (Redis)", () => {
  const scope = redisScope();
  const sessions = createWebSessions(Buffer.alloc(32, 7));
  let db: Db;
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
    await db.destroy();
  });
  afterAll(() => scope.cleanup());

  /** One API replica over the shared database: its WebLive (bridged), its notifier and the real `/api/chat/events` route. */
  async function replica() {
    const live = new WebLive(db);
    const notifier = new OutboxNotifier(db);
    notifier.attach("web", live.deliver);
    const relay = new WebLiveBridge(await scope.client(), live);
    const liveStreams = new LiveStreams();
    const app = new OpenAPIHono<AppEnv>();
    registerChatEvents(app, { webSessions: sessions, liveStreams, forms: { webLive: live, notifier } } as never);
    closers.push(async () => {
      liveStreams.endAll();
      await relay.close();
    });
    return { live, notifier, relay, app };
  }

  /** Opens the widget's event stream on a replica; `ids()` are the message ids it has shown so far. */
  async function stream(r: Awaited<ReturnType<typeof replica>>, session: string, after = 0) {
    const res = await r.app.request(`/api/chat/events?session=${encodeURIComponent(session)}&after=${after}`);
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    void (async () => {
      for (;;) {
        const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
        if (done) return;
        text += decoder.decode(value, { stream: true });
      }
    })();
    closers.push(() => reader.cancel().catch(() => undefined));
    await expect.poll(() => text).toContain(": open");
    await r.relay.settled;
    const messages = () => [...text.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1]!) as { id: number; text: string });
    return { messages, ids: () => [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1])) };
  }

  async function newSession(): Promise<string> {
    const id = sessions.issue();
    const at = new Date().toISOString();
    await db.insertInto("sessions").values({ id, channel: "web", user_key: id, created_at: at, updated_at: at }).execute();
    return id;
  }

  const reply = (userId: string, text: string): OutboundMessage => ({ channel: "web", userId, text, kind: "operator_message" });
  const stored = (session: string) => db.selectFrom("web_messages").select(["id", "text"]).where("session_id", "=", session).orderBy("id").execute();
  const outbox = () => db.selectFrom("outbox").select(["user_key", "text"]).execute();

  it("an officer's reply through replica A shows in the widget's stream on replica B, once, with its stored id", async () => {
    db = openDatabase(":memory:");
    const [a, b] = [await replica(), await replica()];
    const session = await newSession();
    const widget = await stream(b, session);
    await a.notifier.notify(reply(session, "Silakan datang hari Senin."));
    const [row] = await stored(session);
    await expect.poll(() => widget.ids()).toEqual([row!.id]);
    await settle();
    expect(widget.messages()).toEqual([{ id: row!.id, kind: "operator_message", text: "Silakan datang hari Senin.", at: expect.any(String) }]);
    expect(await stored(session)).toEqual([{ id: row!.id, text: "Silakan datang hari Senin." }]);
    expect(await outbox()).toEqual([]);
  });

  it("a second tab catching up on B gets the message once, and a tab on A gets it once (no echo)", async () => {
    db = openDatabase(":memory:");
    const [a, b] = [await replica(), await replica()];
    const session = await newSession();
    const onB = await stream(b, session);
    const onA = await stream(a, session);
    const pushedOnA: number[] = [];
    const offA = a.live.subscribe(session, (m) => pushedOnA.push(m.id));
    closers.push(async () => offA());
    await a.notifier.notify(reply(session, "Berkas lengkap."));
    const [row] = await stored(session);
    await expect.poll(() => onB.ids()).toEqual([row!.id]);
    const reopened = await stream(b, session, 0);
    await settle();
    expect([onA.ids(), onB.ids(), reopened.ids()]).toEqual([[row!.id], [row!.id], [row!.id]]);
    expect(pushedOnA).toEqual([row!.id]);
    expect(await outbox()).toEqual([]);
  });

  it("with no widget open on any replica the reply is kept in the outbox and handed over once by the next stream", async () => {
    db = openDatabase(":memory:");
    const [a, b] = [await replica(), await replica()];
    const session = await newSession();
    await a.notifier.notify(reply(session, "Kami tunggu di loket 3."));
    expect(await outbox()).toEqual([{ user_key: session, text: "Kami tunggu di loket 3." }]);
    expect(await stored(session)).toEqual([]);
    const widget = await stream(b, session);
    const [row] = await stored(session);
    await settle();
    expect(widget.ids()).toEqual([row!.id]);
    expect(await outbox()).toEqual([]);
  });

  it("a closed widget on B no longer counts as open: the next reply is kept in the outbox", async () => {
    db = openDatabase(":memory:");
    const [a, b] = [await replica(), await replica()];
    const session = await newSession();
    const off = b.live.subscribe(session, () => undefined);
    await b.relay.settled;
    expect(await a.relay.openElsewhere(session)).toBe(true);
    off();
    await b.relay.settled;
    await a.notifier.notify(reply(session, "Sudah selesai."));
    expect(await outbox()).toEqual([{ user_key: session, text: "Sudah selesai." }]);
    expect(await stored(session)).toEqual([]);
  });
});

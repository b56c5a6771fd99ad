/**
 * Issue 14's acceptance: two API replicas and one worker, each its own process, on one PostgreSQL
 * and one Redis. `.ci/run` starts both services, so under CI this never skips.
 */
import { execFile } from "node:child_process";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiKeyRepository } from "../../src/auth/api-keys.js";
import { openPostgres } from "../../src/store/database.js";
import { postgresAvailable } from "../helpers/dialects.js";
import { clusterEnv, type Replica, startReplica } from "../helpers/replicas.js";
import { redisAvailable } from "./redis-helper.js";

const ROOT = resolve(import.meta.dirname, "../..");
const run = (await postgresAvailable()) && (await redisAvailable());
const LIMIT = 12;
const VALID = {
  nama_lengkap: "Siti Rahmawati",
  nik: "7471085203950001",
  no_kk: "7471081234560002",
  alasan: "hilang",
  no_hp: "081234567890",
  alamat: "Jl. Ahmad Yani No. 1, Kendari",
};
const OLD_FEE = "Gratis (tidak dipungut biaya), sesuai UU 24/2013 Pasal 79A.";

/** A fake Telegram Bot API: answers every method and records the messages sent. */
function fakeBotApi() {
  const sent: Array<{ chat_id: number | string; text: string }> = [];
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const method = req.url?.split("/").pop() ?? "";
    const params = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    if (method === "sendMessage") sent.push({ chat_id: params.chat_id as number, text: String(params.text) });
    const result =
      method === "getMe"
        ? { id: 777, is_bot: true, first_name: "Tanya", username: "tanya_test_bot" }
        : method === "sendMessage"
          ? { message_id: sent.length, date: 0, chat: { id: params.chat_id, type: "private" }, text: params.text }
          : true;
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, result }));
  });
  return {
    sent,
    listen: () => new Promise<number>((done) => server.listen(0, "127.0.0.1", () => done((server.address() as { port: number }).port))),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

const post = (base: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

describe.skipIf(!run)("two API replicas and a worker on PostgreSQL and Redis", () => {
  let cluster: Awaited<ReturnType<typeof clusterEnv>>;
  let a: Replica;
  let b: Replica;
  let worker: Replica;
  let adminKey: string;
  const bot = fakeBotApi();

  beforeAll(async () => {
    const botPort = await bot.listen();
    cluster = await clusterEnv({
      TRUST_PROXY: "true",
      RATE_LIMIT_PER_MINUTE: String(LIMIT),
      FORM_SUBMIT_RATE_LIMIT_PER_MINUTE: "10000",
      TELEGRAM_BOT_TOKEN: "123456:test-token",
      TELEGRAM_API_ROOT: `http://127.0.0.1:${botPort}`,
      TELEGRAM_WEBHOOK_URL: "https://tanya.example.go.id/telegram/webhook",
      TELEGRAM_WEBHOOK_SECRET: "webhook-secret",
    });
    // The first replica migrates the schema; the others find it done (advisory lock).
    [a, b, worker] = await Promise.all([
      startReplica("A", "api", cluster.env),
      startReplica("B", "api", cluster.env),
      startReplica("W", "worker", cluster.env),
    ]);
    const db = await openPostgres(cluster.databaseUrl);
    adminKey = (await new ApiKeyRepository(db).create({ role: "admin", name: "Ops" })).key;
    await db.destroy();
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a, b, worker].filter(Boolean).map((r) => r.kill("SIGKILL")));
    await bot.close();
    await cluster?.cleanup();
  });

  it("1. a ticket filed through A is checked through B by its submitter, and refused to anyone else", async () => {
    const res = await post(a.url, "/api/forms/ktp-el-hilang-rusak/submissions", { fields: VALID, consent: true }, { "x-forwarded-for": "10.1.0.1" });
    expect(res.status).toBe(201);
    const { ticket, submitterToken } = (await res.json()) as { ticket: string; submitterToken: string };
    const mine = await fetch(`${b.url}/api/submissions/${ticket}`, { headers: { authorization: `Bearer ${submitterToken}` } });
    expect(mine.status).toBe(200);
    expect(await mine.json()).toMatchObject({ submission: { ticket, status: "diterima" } });
    const other = await fetch(`${b.url}/api/submissions/${ticket}`, { headers: { authorization: "Bearer someone-elses-token" } });
    expect(other.status).toBe(404);
    expect(await other.text()).not.toContain("Siti");
  });

  it("2. the rate limit holds across both: requests split over A and B get exactly the limit's 200s", async () => {
    const statuses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        post(i % 2 ? a.url : b.url, "/api/chat", { message: "halo" }, { "x-forwarded-for": "10.2.0.2" }).then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - LIMIT);
  });

  it("3. the same Telegram update POSTed to A and B at once gets exactly one reply", async () => {
    const update = {
      update_id: 900_001,
      message: {
        message_id: 5,
        date: 1_700_000_000,
        chat: { id: 4242, type: "private" },
        from: { id: 4242, is_bot: false, first_name: "Rina" },
        text: "syarat kia apa saja?",
      },
    };
    const headers = { "x-telegram-bot-api-secret-token": "webhook-secret" };
    const [ra, rb] = await Promise.all([post(a.url, "/telegram/webhook", update, headers), post(b.url, "/telegram/webhook", update, headers)]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    const started = Date.now();
    while (bot.sent.filter((m) => String(m.chat_id) === "4242").length === 0 && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1_500)); // time for a second reply, were there one
    const replies = bot.sent.filter((m) => String(m.chat_id) === "4242");
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toMatch(/KIA/i);
  });

  /** Asks B for the KIA fee until it serves `fee`, checking that every request meanwhile is a 200. */
  async function bServes(fee: string, within: number): Promise<number> {
    const started = Date.now();
    const statuses: number[] = [];
    let n = 0;
    while (Date.now() - started < within) {
      const res = await post(b.url, "/api/chat", { message: "berapa biaya kia?" }, { "x-forwarded-for": `10.4.${Math.floor(n / 200)}.${n++ % 200}` });
      statuses.push(res.status);
      if (((await res.json()) as { answer: string }).answer.includes(fee)) {
        expect(statuses.every((s) => s === 200)).toBe(true);
        return Date.now() - started;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`B did not serve "${fee}" within ${within} ms (statuses ${[...new Set(statuses)].join(",")})`);
  }

  function setFee(fee: string): void {
    const file = join(cluster.workspace.corpus, "services", "kia.yaml");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace(/^(\s*biaya:\s*).*$/m, `$1"${fee}"`));
  }

  it("4a. a re-index started on A runs on the worker and is served by B within 5 s, with no failed request", async () => {
    expect(readFileSync(join(cluster.workspace.corpus, "services", "kia.yaml"), "utf8")).toContain(OLD_FEE);
    const fee = "Rp 7.500 per kartu, dibayar di loket Disdukcapil.";
    setFee(fee);
    const requested = Date.now();
    const started = await post(a.url, "/api/admin/reindex", {}, { authorization: `Bearer ${adminKey}` });
    expect(started.status).toBe(202);
    const { jobId } = (await started.json()) as { jobId: string };
    const took = await bServes(fee, 30_000);
    // The job ran on the worker; B (which never ran it) reads its status from Redis.
    let job: { status: string; finishedAt: string | null } = { status: "queued", finishedAt: null };
    while (job.status !== "done" && job.status !== "failed") {
      job = ((await (await fetch(`${b.url}/api/admin/jobs/${jobId}`, { headers: { authorization: `Bearer ${adminKey}` } })).json()) as { job: typeof job }).job;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(job.status).toBe("done");
    // Served by B no later than 5 s after the job finished (in practice before the job reports done: the swap is announced first).
    expect(took).toBeLessThan(Date.parse(job.finishedAt!) - requested + 5_000);
    expect(worker.output()).toContain('"event":"reindex_done"');
    expect(a.output() + b.output()).not.toContain('"event":"reindex_started"');
  });

  it("4b. npm run ingest against the same deployment is served by B within 5 s", async () => {
    const fee = "Rp 10.000 per kartu, dibayar di loket Disdukcapil.";
    setFee(fee);
    await promisify(execFile)(process.execPath, ["--import", "tsx", join(ROOT, "ingest/cli.ts")], {
      cwd: ROOT,
      env: { ...process.env, ...cluster.env, ENV_FILE: "/dev/null" },
    });
    expect(await bServes(fee, 5_000)).toBeLessThan(5_000);
  });

  it("an officer's reply posted on B reaches the Telegram citizen whose handoff A opened, once, sent by the worker's queue", async () => {
    const headers = { "x-telegram-bot-api-secret-token": "webhook-secret" };
    const say = async (update_id: number, text: string) => {
      const res = await post(
        a.url,
        "/telegram/webhook",
        {
          update_id,
          message: {
            message_id: update_id,
            date: 1_700_000_000,
            chat: { id: 5151, type: "private" },
            from: { id: 5151, is_bot: false, first_name: "Andi" },
            text,
          },
        },
        headers,
      );
      expect(res.status).toBe(200);
    };
    const auth = { authorization: `Bearer ${adminKey}` };
    const replies = () => bot.sent.filter((m) => String(m.chat_id) === "5151").length;
    await say(900_101, "ktp saya hilang, syaratnya apa?");
    for (let i = 0; i < 100 && replies() === 0; i++) await new Promise((r) => setTimeout(r, 50)); // the webhook answers first, then works
    await say(900_102, "hubungi petugas");
    let handoff: { id: string } | undefined;
    for (let i = 0; i < 100 && !handoff; i++) {
      const list = (await (await fetch(`${b.url}/api/admin/handoffs?status=open`, { headers: auth })).json()) as {
        handoffs: Array<{ id: string; opd: string; channel: string }>;
      };
      handoff = list.handoffs.find((h) => h.channel === "telegram");
      if (!handoff) await new Promise((r) => setTimeout(r, 100));
    }
    expect(handoff, await (await fetch(`${b.url}/api/admin/handoffs?status=open`, { headers: auth })).text()).toBeDefined();
    const sent = await post(b.url, `/api/admin/handoffs/${handoff!.id}/messages`, { text: "Halo Pak Andi, saya petugas Disdukcapil." }, auth);
    expect(sent.status).toBe(201);
    const officer = () => bot.sent.filter((m) => String(m.chat_id) === "5151" && m.text.includes("saya petugas Disdukcapil"));
    for (let i = 0; i < 100 && officer().length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1_000));
    expect(officer()).toHaveLength(1);
    const db = await openPostgres(cluster.databaseUrl);
    expect(await db.selectFrom("outbox").selectAll().execute()).toEqual([]);
    await db.destroy();
  });

  it("5. killing A with SIGKILL during a stream of form submissions loses none that got a 201", async () => {
    const accepted: Array<{ ticket: string; submitterToken: string }> = [];
    let stop = false;
    const stream = async (lane: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await post(
            a.url,
            "/api/forms/ktp-el-hilang-rusak/submissions",
            { fields: VALID, consent: true },
            { "x-forwarded-for": `10.5.${lane}.${i % 250}` },
          );
          if (res.status === 201) accepted.push((await res.json()) as { ticket: string; submitterToken: string });
        } catch {
          return; // A is gone: the connection was refused or cut
        }
      }
    };
    const lanes = [0, 1, 2, 3].map(stream);
    while (accepted.length < 10) await new Promise((r) => setTimeout(r, 10));
    a.process.kill("SIGKILL");
    await a.exited;
    stop = true;
    await Promise.all(lanes);
    expect(accepted.length).toBeGreaterThanOrEqual(10);
    for (const { ticket, submitterToken } of accepted) {
      const res = await fetch(`${b.url}/api/submissions/${ticket}`, { headers: { authorization: `Bearer ${submitterToken}` } });
      expect(res.status, ticket).toBe(200);
    }
  });
});

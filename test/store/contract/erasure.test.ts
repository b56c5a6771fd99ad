import { sql } from "kysely";
import { afterEach, expect, it } from "vitest";
import { eraseSubject } from "../../../src/admin/data-subject.js";
import { createFieldCrypto } from "../../../src/privacy/crypto.js";
import type { Db } from "../../../src/store/database.js";
import type { Schema } from "../../../src/store/schema.js";
import { describeEachDialect } from "../../helpers/dialects.js";

const crypto = createFieldCrypto(Buffer.alloc(32, 7));
const NIK = "7471085203950031";
const OTHER = "7471084607880002";
const AT = "2026-11-20T08:00:00.000Z";

/** Everything one person leaves behind: a submission (by NIK), a Telegram chat with a handoff, a web chat where the NIK was typed. */
async function person(db: Db, tag: string, nik: string): Promise<{ ticket: string }> {
  const tg = `tg:${tag}`;
  const web = `web1_${tag}`;
  const ticket = `KDI-2026-${tag.padStart(6, "0")}`;
  await db
    .insertInto("submissions")
    .values({
      ticket,
      service_id: "ktp-el-baru",
      opd: "disdukcapil",
      channel: "telegram",
      user_key: tg,
      status: "diterima",
      fields: JSON.stringify({ nik: crypto.encrypt(nik) }),
      fields_masked: "{}",
      nik_hash: crypto.hash(nik),
      submitter_token_hash: `h-${tag}`,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  await db
    .insertInto("inbox_history")
    .values({ kind: "submission", target: ticket, at: AT, actor_id: "key_o", actor_name: "Loket", action: "note", text: `catatan ${tag}` })
    .execute();
  for (const [id, channel, userKey] of [
    [tg, "telegram", tg],
    [web, "web", null],
  ] as const) {
    await db.insertInto("sessions").values({ id, channel, user_key: userKey, memory: "{}", created_at: AT, updated_at: AT }).execute();
    const { id: turnId } = await db
      .insertInto("turns")
      .values({
        session_id: id,
        channel,
        question: `pertanyaan ${tag}`,
        status: "answered",
        answer: "",
        citations: "[]",
        evidence: 2,
        opd: null,
        service_id: null,
        latency_ms: 5,
        created_at: AT,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (channel === "web")
      await db
        .insertInto("turn_subjects")
        .values({ turn_id: turnId, subject: crypto.subjectHash(nik) })
        .execute();
    await db
      .insertInto("feedback")
      .values({ session_id: id, message_index: 0, rating: "down", reason: `alasan ${tag}`, created_at: AT })
      .execute();
  }
  const handoff = `ho_${tag}`;
  await db
    .insertInto("handoffs")
    .values({ id: handoff, session_id: tg, channel: "telegram", user_key: tg, opd: "disdukcapil", status: "open", created_at: AT, updated_at: AT })
    .execute();
  await db
    .insertInto("inbox_history")
    .values({ kind: "handoff", target: handoff, at: AT, actor_id: "key_o", actor_name: "Loket", action: "reply", text: `balasan ${tag}` })
    .execute();
  await db
    .insertInto("outbox")
    .values({ channel: "telegram", user_key: tg, kind: "status", text: `status ${tag}`, created_at: AT })
    .execute();
  await db
    .insertInto("web_messages")
    .values({ session_id: web, kind: "operator_message", text: `pesan ${tag}`, created_at: AT })
    .execute();
  return { ticket };
}

const TABLES: Array<keyof Schema> = ["submissions", "inbox_history", "handoffs", "outbox", "web_messages", "turn_subjects", "turns", "feedback", "sessions"];

/** Every row of every erased table, as text. */
async function dump(db: Db): Promise<string> {
  const out: unknown[] = [];
  for (const table of TABLES) out.push(await db.selectFrom(table).selectAll().execute());
  return JSON.stringify(out);
}

describeEachDialect("data-subject erasure", (open, dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  afterEach(() => close());

  it("erases by NIK every row of the subject in every table, and keeps everyone else's", async () => {
    ({ db, close } = await open());
    await person(db, "111", NIK);
    await person(db, "222", OTHER);
    const erased = await eraseSubject(db, crypto, { nik: "7471 0852 0395 0031" });
    expect(erased).toEqual({ target: "7471********0031", submissions: 1, sessions: 2, turns: 2, handoffs: 1 });
    const left = await dump(db);
    for (const trace of [crypto.hash(NIK), crypto.subjectHash(NIK), "111", "tg:111", "web1_111", "ho_111"]) expect(left, trace).not.toContain(trace);
    for (const kept of [
      crypto.hash(OTHER),
      crypto.subjectHash(OTHER),
      "tg:222",
      "web1_222",
      "ho_222",
      "catatan 222",
      "balasan 222",
      "status 222",
      "pesan 222",
      "alasan 222",
    ])
      expect(left, kept).toContain(kept);
    for (const table of TABLES) {
      const { n } = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      expect(n, table).toBeGreaterThan(0);
    }
  });

  it("erases by ticket the submitter's data; null when nothing matches", async () => {
    ({ db, close } = await open());
    const { ticket } = await person(db, "333", NIK);
    await person(db, "444", OTHER);
    expect(await eraseSubject(db, crypto, { ticket: ticket.toLowerCase() })).toEqual({ target: ticket, submissions: 1, sessions: 1, turns: 1, handoffs: 1 });
    const left = await dump(db);
    for (const trace of [crypto.hash(NIK), "tg:333", "ho_333", "catatan 333", "balasan 333", "status 333"]) expect(left, trace).not.toContain(trace);
    // By ticket only the submitter's channel user is known: the web chat where the NIK was typed stays.
    expect(left).toContain("web1_333");
    expect(await eraseSubject(db, crypto, { ticket: "KDI-2026-999999" })).toBeNull();
    expect(await eraseSubject(db, crypto, { nik: "7471000000000000" })).toBeNull();
    await expect(eraseSubject(db, undefined, { nik: NIK })).rejects.toThrow("NIK matching needs the forms field crypto");
  });

  it.runIf(dialect === "postgres")("vacuums the erased tables on PostgreSQL, so no dead tuple keeps the data", async () => {
    ({ db, close } = await open());
    await person(db, "555", NIK);
    await eraseSubject(db, crypto, { nik: NIK });
    const { rows } = await sql<{ relname: string; vacuumed: boolean }>`
      SELECT relname, last_vacuum IS NOT NULL AS vacuumed FROM pg_stat_user_tables WHERE schemaname = current_schema()`.execute(db);
    const vacuumed = new Set(rows.filter((r) => r.vacuumed).map((r) => r.relname));
    for (const table of TABLES) expect(vacuumed.has(table), table).toBe(true);
  });
});

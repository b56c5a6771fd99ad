import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { dbDedupe } from "../../channels/dedupe.js";
import { TelegramAdapter } from "../../channels/telegram/bot.js";
import { WhatsAppAdapter } from "../../channels/whatsapp/client.js";
import { openDatabase, type Db } from "../../src/store/database.js";
import type { TestApp } from "../helpers/app.js";
import { formsApp } from "../forms/helpers.js";
import { BOT_INFO, callbackUpdate, fakeSleep, silentLog, telegramApi, textUpdate } from "./fakes.js";
import { CITIZEN, FakeWaClient, fakeTimers, waMessage } from "./whatsapp-fakes.js";

const PAUSED = "Formulir Anda masih tersimpan; ketik <b>lanjut</b> untuk melanjutkan.";
const ASK_NIK = /^\(2\/6\) NIK\n/;
type Keyboard = { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> };

let db: Db;
afterEach(() => db?.destroy());

describe("chat forms that never trap a citizen (Telegram, real engine)", () => {
  let t: TestApp;
  let user = 500;
  beforeAll(async () => {
    t = await formsApp();
  });
  afterAll(() => t.cleanup());

  /** A Telegram adapter over the real engine and a fresh private chat (its own user id). */
  function chat() {
    db = openDatabase(":memory:");
    const api = telegramApi();
    const tg = new TelegramAdapter({
      token: "123:ABC",
      apiRoot: "https://api.telegram.org",
      engine: t.services.engine,
      dedupe: dbDedupe(db, "telegram"),
      log: silentLog().log,
      botInfo: BOT_INFO,
    });
    const id = user++;
    const say = async (text: string) => {
      const update = textUpdate(text) as { message: { from: { id: number }; chat: { id: number } } };
      await tg.bot.handleUpdate({
        ...update,
        message: { ...update.message, from: { ...update.message.from, id }, chat: { ...update.message.chat, id } },
      } as never);
      return api.sent().at(-1) as { chat_id: number; text: string; reply_markup?: Keyboard };
    };
    const press = async (data: string) => {
      const update = callbackUpdate(data) as { callback_query: { from: { id: number }; message: { chat: { id: number } } } };
      const q = update.callback_query;
      await tg.bot.handleUpdate({
        ...update,
        callback_query: { ...q, from: { ...q.from, id }, message: { ...q.message, chat: { ...q.message.chat, id } } },
      } as never);
    };
    return { api, say, press, id: String(id) };
  }

  async function toNik(c: ReturnType<typeof chat>) {
    await c.say("saya mau ganti ktp yang hilang");
    await c.say("mulai");
    await c.say("setuju");
    return c.say("Siti Rahmawati");
  }

  it("answers a question asked mid-form with the form kept waiting, and resumes at the same field with lanjut", async () => {
    const c = chat();
    expect((await toNik(c)).text).toMatch(ASK_NIK);
    const answer = await c.say("syarat bikin ktp baru apa aja?");
    expect(answer.text).toContain(`\n\n${PAUSED}\n\nSumber:\n1. `);
    expect((await c.say("lanjut")).text).toMatch(ASK_NIK);
    expect((await c.say("7471085203950021")).text).toMatch(/^\(3\/6\) Nomor Kartu Keluarga\n/);
  });

  it("takes a name and an address as answers, never as questions", async () => {
    const c = chat();
    await c.say("saya mau ganti ktp yang hilang");
    await c.say("mulai");
    await c.say("setuju");
    expect((await c.say("Kapten Andi Saputra")).text).toMatch(ASK_NIK);
    for (const a of ["7471085203950021", "7471081234560002", "hilang", "081234567801"]) await c.say(a);
    expect((await c.say("Jl. Apa Kabar No. 3, Kel. Mandonga")).text).toMatch(/^Periksa kembali data pengajuan/);
  });

  it("opens a handoff when the citizen asks for an officer mid-form, and the form waits until it ends", async () => {
    const c = chat();
    await toNik(c);
    const opened = await c.say("hubungi petugas");
    expect(opened.text).toMatch(/^Baik, percakapan ini kami teruskan ke petugas Service Desk Dinas Kependudukan dan Pencatatan Sipil Kota Kendari/);
    const handoff = await t.services.forms!.handoffs.openFor("telegram", c.id);
    expect(handoff?.opd).toBe("disdukcapil");
    const ended = await c.say("akhiri");
    expect(ended.text).toBe(`Percakapan dengan petugas diakhiri. Silakan bertanya kembali kepada asisten.\n\n${PAUSED}`);
    expect((await c.say("lanjut")).text).toMatch(ASK_NIK);
  });

  it("cancels with gak jadi, and answers cek status mid-form with the form kept waiting", async () => {
    const c = chat();
    await toNik(c);
    expect((await c.say("cek status")).text).toBe(
      `Untuk melihat status, ketik "cek status &lt;nomor tiket&gt;", misalnya "cek status KDI-2026-000001".\n\n${PAUSED}`,
    );
    expect((await c.say("gak jadi deh")).text).toBe("Pengajuan dibatalkan. Data yang sudah Anda isi telah dihapus.");
    expect((await t.services.conversations.get(`tg:${c.id}`))?.memory.form).toBeUndefined();
  });

  it("says a stale confirmation button has expired and changes nothing", async () => {
    const c = chat();
    await toNik(c);
    for (const a of ["7471085203950021", "7471081234560002", "hilang", "081234567801"]) await c.say(a);
    const summary = await c.say("Jl. Mawar No. 10, Kadia");
    const [kirim, batal] = summary.reply_markup!.inline_keyboard.map((row) => row[0]!);
    if (!kirim || !batal) throw new Error("the summary has no Kirim and Batal buttons");
    expect(kirim.callback_data).toMatch(/^[A-Za-z0-9_-]{8}\|kirim$/);
    expect(batal.callback_data).toMatch(/\|batal$/);

    await c.say("ubah nama lengkap"); // a newer reply: the summary's buttons are stale now
    const sent = c.api.sent().length;
    await c.press(kirim.callback_data);
    await c.press(batal.callback_data);
    expect(c.api.sent()).toHaveLength(sent);
    const answers = c.api.calls.filter((x) => x.method === "answerCallbackQuery").map((x) => x.body.text);
    expect(answers).toEqual(["Tombol ini sudah kedaluwarsa", "Tombol ini sudah kedaluwarsa"]);
    expect((await t.services.conversations.get(`tg:${c.id}`))?.memory.form).toMatchObject({ kind: "filling", step: 0 });

    // the live button submits once; pressing it again is stale
    const again = await c.say("Siti Aminah");
    const submit = again.reply_markup!.inline_keyboard[0]![0]!.callback_data;
    await c.press(submit);
    expect(c.api.sent().at(-1)?.text).toMatch(/^Pengajuan Penggantian KTP-el yang Hilang atau Rusak sudah kami terima dengan nomor tiket /);
    const after = c.api.sent().length;
    await c.press(submit);
    expect(c.api.sent()).toHaveLength(after);
  });

  it("shows field examples unmasked while the citizen's own numbers stay masked", async () => {
    const c = chat();
    const ask = await toNik(c);
    expect(ask.text).toContain("\nContoh: 7471085203950001\n");
    for (const a of ["7471085203950021", "7471081234560002", "hilang"]) await c.say(a);
    const phone = await c.say("0401 3125337");
    expect(phone.text).toBe("Nomor HP harus nomor seluler Indonesia yang diawali 08 atau +628.\nContoh: 081234567890");
    await c.say("081234567801");
    const summary = await c.say("Jl. Mawar No. 10, Kadia");
    expect(summary.text).toContain("• NIK: 7471********0021");
    expect(summary.text).toContain("• Nomor HP/WhatsApp: 0812******01");
  });

  it("cancels the form unless the consent notice is accepted", async () => {
    const c = chat();
    await c.say("saya mau ganti ktp yang hilang");
    const notice = await c.say("mulai");
    expect(notice.text).toMatch(/^Sebelum mengisi formulir Penggantian KTP-el yang Hilang atau Rusak, mohon baca pemberitahuan data pribadi ini/);
    expect(notice.text).toContain("percakapan dihapus setelah 180 hari");
    expect(notice.reply_markup!.inline_keyboard.map((row) => row[0]!.text)).toEqual(["Setuju", "Tidak setuju"]);
    expect((await c.say("Siti Rahmawati")).text).toBe(
      "Tanpa persetujuan Anda, formulir tidak dapat dilanjutkan. Pengajuan dibatalkan dan tidak ada data yang disimpan.",
    );
    expect((await t.services.conversations.get(`tg:${c.id}`))?.memory.form).toBeUndefined();
  });
});

describe("chat forms on WhatsApp (real engine)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await formsApp();
  });
  afterAll(() => t.cleanup());

  async function whatsapp() {
    const client = new FakeWaClient();
    const adapter = new WhatsAppAdapter({
      factory: () => client,
      engine: t.services.engine,
      log: silentLog().log,
      sleep: fakeSleep().sleep,
      timers: fakeTimers().timers,
    });
    await adapter.start();
    const say = async (body: string, from = CITIZEN) => {
      client.emit("message", waMessage(body, { from }).msg);
      await adapter.idle();
      return client.sent.at(-1)?.text ?? "";
    };
    return { client, say };
  }

  it("numbers the consent and the choices, accepts the numbers, and resumes after a question", async () => {
    const { say } = await whatsapp();
    await say("saya mau ganti ktp yang hilang");
    expect(await say("mulai")).toMatch(/\n\nBalas 1 untuk Setuju\nBalas 2 untuk Tidak setuju$/);
    expect(await say("1")).toMatch(/^\(1\/6\) Nama lengkap\n/);
    for (const a of ["Siti Rahmawati", "7471085203950021"]) await say(a);
    const choice = await say("7471081234560002");
    expect(choice).toContain("\nPilihan:\n1. hilang\n2. rusak");
    expect(choice).not.toContain("Balas 1 untuk hilang");
    expect(await say("berapa biaya ganti ktp yang hilang?")).toMatch(
      /\n\nFormulir Anda masih tersimpan; ketik \*lanjut\* untuk melanjutkan\.\n\nSumber:\n1\. /,
    );
    expect(await say("lanjut")).toMatch(/^\(4\/6\) Alasan penggantian\n/);
    expect(await say("2")).toMatch(/^\(5\/6\) Nomor HP\/WhatsApp\n/);
  });

  it("never answers, let alone starts a form, in a WhatsApp group", async () => {
    const { client, say } = await whatsapp();
    await say("saya mau ganti ktp yang hilang", "120363025246125486@g.us");
    await say("mulai", "120363025246125486@g.us");
    expect(client.sent).toEqual([]);
    expect(await t.services.conversations.get("wa:120363025246125486@g.us")).toBeNull();
  });
});

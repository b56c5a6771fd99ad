/** Shared fakes for the channel tests: a scripted engine, replies, Telegram API recording, updates. */
import { http, HttpResponse } from "msw";
import type { Update } from "telegraf/types";
import type { Engine } from "../../src/answer/engine.js";
import { canned } from "../../src/answer/statuses.js";
import type { ChatRequest, ChatResponse } from "../../src/answer/types.js";
import { server } from "../setup/msw-server.js";

type Reply = Omit<ChatResponse, "sessionId">;

export const ANSWERED: Reply = {
  status: "answered",
  answer: "**Syarat KTP-el baru**:\n1. Fotokopi KK\n2. Usia 17 tahun & sudah _rekam_ <biometrik>",
  citations: [
    {
      docId: "sp-ktp",
      title: "Standar Pelayanan KTP-el",
      pasal: null,
      ayat: null,
      label: "Standar Pelayanan KTP-el, Persyaratan",
      snippet: "Fotokopi KK",
      component: "persyaratan",
    },
    {
      docId: "perwali-37-2024",
      title: "Perwali Kendari 37/2024",
      pasal: "7",
      ayat: "1",
      label: "Perwali Kendari 37/2024 Pasal 7 ayat (1)",
      snippet: "...",
      component: null,
    },
    {
      docId: "sp-ktp",
      title: "Standar Pelayanan KTP-el",
      pasal: null,
      ayat: null,
      label: "Standar Pelayanan KTP-el, Persyaratan",
      snippet: "Usia",
      component: "persyaratan",
    },
  ],
  actions: [],
  confidence: "high",
};

export const NO_ANSWER: Reply = { status: "no_answer", answer: canned("no_answer", "id"), citations: [], actions: [], confidence: "high" };

export const FORM: Reply = {
  status: "form",
  answer: "Untuk mengajukan KTP-el baru, pilih salah satu:",
  citations: [],
  actions: [
    { id: "form:start:ktp-el-baru", label: "Ajukan KTP-el", reply: "ajukan ktp-el baru" },
    { id: "form:cancel", label: "Batal", reply: "batal" },
  ],
  confidence: "high",
};

/** An engine that answers with `reply` (or the reply for the message) and records requests. */
export function fakeEngine(reply: Reply | ((req: ChatRequest) => Reply | Promise<Reply>)) {
  const requests: ChatRequest[] = [];
  const engine: Engine = {
    async answer(req) {
      requests.push(req);
      const r = typeof reply === "function" ? await reply(req) : reply;
      return { sessionId: req.sessionId ?? "s", ...r };
    },
  };
  return { engine, requests };
}

export interface ApiCall {
  method: string;
  body: Record<string, unknown>;
}

/**
 * Intercepts `POST https://api.telegram.org/:botToken/:method`. A responder may return a Response
 * (e.g. a 429) or a result; otherwise a plausible result is returned.
 */
export function telegramApi(responders: Record<string, (body: Record<string, unknown>, n: number) => Response | unknown> = {}) {
  const calls: ApiCall[] = [];
  server.use(
    http.post("https://api.telegram.org/:botToken/:method", async ({ params, request }) => {
      const method = String(params.method);
      const text = await request.text();
      const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
      calls.push({ method, body });
      const n = calls.filter((c) => c.method === method).length;
      const custom: unknown = await responders[method]?.(body, n);
      if (custom instanceof Response) return custom;
      if (custom !== undefined) return HttpResponse.json({ ok: true, result: custom });
      if (method === "sendMessage") {
        return HttpResponse.json({
          ok: true,
          result: { message_id: calls.length, date: 1_700_000_000, chat: { id: body.chat_id, type: "private" }, text: body.text },
        });
      }
      if (method === "getMe") return HttpResponse.json({ ok: true, result: BOT_INFO });
      return HttpResponse.json({ ok: true, result: true });
    }),
  );
  return {
    calls,
    sent: () => calls.filter((c) => c.method === "sendMessage").map((c) => c.body),
    methods: () => calls.map((c) => c.method),
  };
}

export const BOT_INFO = {
  id: 999,
  is_bot: true as const,
  first_name: "Layanan Kendari",
  username: "layanan_kendari_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};

let nextUpdate = 1000;
const USER = { id: 42, is_bot: false, first_name: "Ani" };
const CHAT = { id: 42, type: "private" as const, first_name: "Ani" };

/** A private text message from user 42; commands get their bot_command entity. */
export function textUpdate(text: string, updateId = nextUpdate++): Update {
  const command = text.startsWith("/") ? { entities: [{ type: "bot_command" as const, offset: 0, length: text.split(" ")[0]!.length }] } : {};
  return { update_id: updateId, message: { message_id: updateId, date: 1_700_000_000, chat: CHAT, from: USER, text, ...command } } as Update;
}

/** A text message in group `chatId` from user `userId` (a supergroup, as Telegram makes them today). */
export function groupTextUpdate(text: string, options: { chatId?: number; userId?: number; updateId?: number } = {}): Update {
  const updateId = options.updateId ?? nextUpdate++;
  const from = { id: options.userId ?? 42, is_bot: false, first_name: "Ani" };
  const chat = { id: options.chatId ?? -100123, type: "supergroup" as const, title: "Warga Kadia" };
  return { update_id: updateId, message: { message_id: updateId, date: 1_700_000_000, chat, from, text } } as Update;
}

/** `/start <payload>` in the private chat of user `userId`. */
export function startUpdate(payload: string, userId = 42): Update {
  const updateId = nextUpdate++;
  const text = `/start ${payload}`;
  const from = { id: userId, is_bot: false, first_name: "Ani" };
  const chat = { id: userId, type: "private" as const, first_name: "Ani" };
  return {
    update_id: updateId,
    message: { message_id: updateId, date: 1_700_000_000, chat, from, text, entities: [{ type: "bot_command" as const, offset: 0, length: 6 }] },
  } as Update;
}

/** A press on an inline button carrying `data`. */
export function callbackUpdate(data: string, updateId = nextUpdate++): Update {
  return {
    update_id: updateId,
    callback_query: { id: `cb${updateId}`, from: USER, chat_instance: "ci", data, message: { message_id: 7, date: 1_700_000_000, chat: CHAT, text: "…" } },
  } as Update;
}

/** Records the sleeps a queue asked for. */
export function fakeSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

export const silentLog = () => {
  const lines: string[] = [];
  return { lines, log: { info: (m: string) => void lines.push(m), error: (m: string) => void lines.push(`ERROR ${m}`) } };
};

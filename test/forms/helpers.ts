import { testApp, type TestApp } from "../helpers/app.js";
import type { ServiceOverrides } from "../../src/services.js";

/** A fixed test key (base64 of 32 bytes), so no dev key file is generated. */
export const TEST_KEY = Buffer.alloc(32, 7).toString("base64");

/** The real app with forms enabled. */
export function formsApp(overrides: ServiceOverrides = {}): Promise<TestApp> {
  return testApp({ RATE_LIMIT_PER_MINUTE: "1000", ENCRYPTION_KEY: TEST_KEY }, { forms: true, ...overrides });
}

export interface Reply {
  sessionId: string;
  status: string;
  answer: string;
  actions: Array<{ id: string; label: string; reply: string }>;
}

/** A web chat conversation: each `say` posts a message in the same session. */
export function conversation(t: TestApp) {
  let sessionId: string | undefined;
  return {
    get sessionId() {
      return sessionId as string;
    },
    async say(message: string): Promise<Reply> {
      const res = await t.post("/api/chat", { message, ...(sessionId ? { sessionId } : {}) });
      const body = (await res.json()) as Reply;
      sessionId = body.sessionId;
      return body;
    },
  };
}

/** Answers for every field of the ktp-el-hilang-rusak form, in order (never the forms' documented examples, which are shown unmasked). */
export const KTP_HILANG_ANSWERS = [
  "Siti Rahmawati",
  "7471085203950021",
  "7471081234560002",
  "hilang",
  "+62 812-3456-7801",
  "Jl. Mawar No. 10, RT 003/RW 002, Kel. Pondambea, Kec. Kadia",
];

/** The ticket number in a submission reply ("… nomor tiket KDI-2026-000001."). */
export function ticketOf(answer: string): string {
  return /nomor tiket (\S+)\./.exec(answer)?.[1] as string;
}

/** Applies for a KTP-el replacement in the chat, answers every field and confirms. */
export async function fileKtpHilang(c: ReturnType<typeof conversation>): Promise<{ done: Reply; ticket: string }> {
  await c.say("saya mau ganti ktp yang hilang");
  await c.say("mulai");
  await c.say("setuju");
  for (const a of KTP_HILANG_ANSWERS) await c.say(a);
  const done = await c.say("kirim");
  return { done, ticket: ticketOf(done.answer) };
}

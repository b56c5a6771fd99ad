/** The widget's HTTP client: the chat stream (SSE over fetch), services, form submissions, feedback. */
import type { ConsentTerms } from "../../../src/forms/consent.js";
import type { FormDefinition } from "../../../src/forms/definition.js";
import type { ChatResponse } from "../../../src/answer/types.js";
import type { Lang } from "./strings.js";

export type { ChatResponse };

export interface StreamHandlers {
  token(text: string): void;
  reset(): void;
}

/** What `GET /api/services/:id` returns that the widget uses. */
export interface ServiceInfo {
  id: string;
  nama?: string;
  /** An internal form asking for personal data carries its UU 27/2022 notice terms. */
  form?: FormDefinition & { consent?: ConsentTerms };
}

/** The 201 body of a form submission. */
export interface Submitted {
  ticket: string;
  status: string;
  nextSteps?: { bawa: string[]; lokasi?: string; waktu?: string };
}

/** One entry of a restored conversation (`GET /api/chat/transcript`). */
export type TranscriptEntry =
  | { role: "user"; text: string; at: string }
  | { role: "bot"; text: string; status: string; citations: string[]; at: string }
  | { role: "notice"; kind: string; text: string; at: string; id: number };

/** The error envelope's useful part, or a network failure. */
export interface ApiFailure {
  status: number;
  /** The error envelope's code, e.g. "invalid_session". */
  code?: string;
  message: string;
  fields?: Record<string, string>;
}

/**
 * Splits an SSE byte stream into `{event, data}` pairs, however the network chunks it.
 *
 * @example
 * for await (const e of sseEvents(res.body)) if (e.event === "done") return JSON.parse(e.data);
 */
export async function* sseEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<{ event: string; data: string }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
    buffer = buffer.replace(/\r\n?/g, "\n");
    let cut: number;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let event = "message";
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      if (data.length) yield { event, data: data.join("\n") };
    }
    if (done) return;
  }
}

async function failure(res: Response): Promise<ApiFailure> {
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; fields?: Record<string, string> } };
    const { code, fields } = body.error ?? {};
    return { status: res.status, message: body.error?.message ?? res.statusText, ...(code ? { code } : {}), ...(fields ? { fields } : {}) };
  } catch {
    return { status: res.status, message: res.statusText };
  }
}

/**
 * The API of one widget installation.
 *
 * @example
 * const api = createApi("https://layanan.kendarikota.go.id");
 * const reply = await api.chat({ message: "syarat ktp", opd: "disdukcapil", lang: "id" }, { token: console.log, reset() {} });
 */
export function createApi(base: string) {
  const post = (path: string, body: unknown) =>
    fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  return {
    /**
     * Streams one answer; resolves with the authoritative `done` reply. A stored session the server
     * no longer accepts (`invalid_session`) is dropped and the question asked again in a new one.
     */
    async chat(req: { message: string; sessionId?: string; opd?: string; lang: Lang }, on: StreamHandlers): Promise<ChatResponse> {
      const res = await post("/api/chat/stream", req);
      if (!res.ok || !res.body) {
        const failed = await failure(res);
        if (failed.code === "invalid_session" && req.sessionId) return this.chat({ ...req, sessionId: undefined }, on);
        throw failed;
      }
      for await (const e of sseEvents(res.body)) {
        if (e.event === "token") on.token((JSON.parse(e.data) as { text: string }).text);
        else if (e.event === "reset") on.reset();
        else if (e.event === "done") return JSON.parse(e.data) as ChatResponse;
      }
      throw { status: 0, message: "stream ended without a reply" } satisfies ApiFailure;
    },

    async service(id: string, lang: Lang = "id"): Promise<ServiceInfo> {
      const res = await fetch(`${base}/api/services/${encodeURIComponent(id)}?lang=${lang}`);
      if (!res.ok) throw await failure(res);
      return ((await res.json()) as { service: ServiceInfo }).service;
    },

    /** Submits a service form (`POST /api/forms/:serviceId/submissions`); resolves with the 201 body. */
    async submit(serviceId: string, body: { fields: Record<string, string>; consent?: boolean; sessionId?: string; lang: Lang }): Promise<Submitted> {
      const res = await post(`/api/forms/${encodeURIComponent(serviceId)}/submissions`, body);
      if (!res.ok) {
        const failed = await failure(res);
        // A session the server no longer accepts: submit unlinked rather than lose the form.
        if (failed.code === "invalid_session" && body.sessionId) return this.submit(serviceId, { ...body, sessionId: undefined });
        throw failed;
      }
      return (await res.json()) as Submitted;
    },

    /** The session's conversation so far, and the message id the live stream resumes after. */
    async transcript(sessionId: string): Promise<{ entries: TranscriptEntry[]; cursor: number }> {
      const res = await fetch(`${base}/api/chat/transcript?session=${encodeURIComponent(sessionId)}`);
      if (!res.ok) throw await failure(res);
      return (await res.json()) as { entries: TranscriptEntry[]; cursor: number };
    },

    /** After a network failure: true when the server refuses this page's origin (not in CORS_ORIGINS). */
    async originRefused(): Promise<boolean> {
      try {
        const res = await fetch(`${base}/api/widget/origin`);
        return res.status === 403 && (await failure(res)).code === "forbidden";
      } catch {
        return false;
      }
    },

    async feedback(body: { sessionId: string; messageIndex: number; answerHash: string; rating: "up" | "down"; reason?: string; opd?: string }): Promise<void> {
      const res = await post("/api/feedback", { ...body, channel: "web" });
      if (!res.ok) throw await failure(res);
    },
  };
}

export type Api = ReturnType<typeof createApi>;

/**
 * FNV-1a of the answer text, so a rating can be matched to the answer it was about.
 *
 * @example
 * answerHash("Gratis") // 8 hex digits, the same on every call
 */
export function answerHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

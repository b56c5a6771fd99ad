import type { AnswerStatus, Lang } from "./statuses.js";

/** A source shown with an answer. Part of the public `POST /api/chat` contract. */
export interface Citation {
  docId: string;
  title: string;
  pasal: string | null;
  ayat: string | null;
  label: string;
  snippet: string;
  url?: string;
}

/** A quick reply a channel may render as a button or a numbered option. */
export interface Action {
  /** Stable identifier, e.g. "form:start:ktp-el-baru". */
  id: string;
  label: string;
  /** Text sent back as the user's next message when chosen. */
  reply: string;
}

/** The reply of one chat turn: the exact shape `POST /api/chat` returns. */
export interface ChatResponse {
  sessionId: string;
  status: AnswerStatus;
  answer: string;
  citations: Citation[];
  actions: Action[];
}

/** A question as it enters the engine, from any channel. */
export interface ChatRequest {
  message: string;
  sessionId?: string;
  opd?: string;
  lang?: Lang;
  /** Which channel and which user on it (web sessions use the session id). */
  channel?: "web" | "telegram" | "whatsapp" | "cli" | "eval";
  userId?: string;
}

import type { ChannelName } from "../notify/types.js";
import type { Lang } from "./statuses.js";

export type { Action, ChatResponse, Citation } from "./schemas.js";

/** A question as it enters the engine, from any channel. */
export interface ChatRequest {
  message: string;
  sessionId?: string;
  opd?: string;
  lang?: Lang;
  /** Which channel and which user on it (web sessions use the session id); `eval` for the eval runner. */
  channel?: ChannelName | "eval";
  userId?: string;
  /** Sent in a group chat: nothing personal is opened or answered for it (the channel moves it to private). */
  inGroup?: boolean;
}

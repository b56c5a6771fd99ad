import type { AnswerContext, ConversationMemory } from "../answer/context.js";
import type { ChannelName } from "../notify/types.js";

/**
 * Where a form dialogue stands, kept in the session memory under `state.form`. Values are always
 * encrypted (field crypto), so the session row never holds a clear NIK or phone number.
 */
export type FormState =
  | { kind: "offer"; serviceId: string }
  | { kind: "filling"; serviceId: string; step: number; values: Record<string, string> }
  | { kind: "confirm"; serviceId: string; values: Record<string, string> };

/** The form dialogue in this session, if any. */
export function getFormState(memory: ConversationMemory): FormState | undefined {
  return memory.state?.form as FormState | undefined;
}

/** Replaces (or, with undefined, clears) the form dialogue of this session. */
export function setFormState(memory: ConversationMemory, state: FormState | undefined): void {
  memory.state ??= {};
  if (state) memory.state.form = state;
  else delete memory.state.form;
}

/** The channel and the user on it: web sessions are their own user. */
export function whoIs(ctx: Pick<AnswerContext, "request">): { channel: ChannelName; userKey: string } {
  const channel = (ctx.request.channel ?? "web") as ChannelName;
  return { channel, userKey: ctx.request.userId ?? ctx.request.sessionId ?? "" };
}

/** Commands of the dialogue, matched on the trimmed, lower-cased message. */
export const COMMANDS = {
  start: /^(mulai|ya|iya|yes|start|ok|oke|lanjut)[.!]?$/,
  submit: /^(ya|iya|kirim|yes|submit|ok kirim|ya kirim|benar)[.!]?$/,
  cancel: /^(batal|batalkan|cancel)[.!]?$/,
  back: /^(kembali|back)[.!]?$/,
  edit: /^(ubah|ganti|edit)\s+(.+)$/,
  endHandoff: /^(akhiri|selesai|end)[.!]?$/,
};

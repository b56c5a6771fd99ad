import type { AnswerContext } from "../answer/context.js";
import type { ChannelName } from "../notify/types.js";
import type { ConversationMemory, FormState } from "../store/memory.js";

export type { FormState } from "../store/memory.js";

/** The form dialogue in this session, if any. */
export function getFormState(memory: ConversationMemory): FormState | undefined {
  return memory.form;
}

/** Replaces (or, with undefined, clears) the form dialogue of this session. */
export function setFormState(memory: ConversationMemory, state: FormState | undefined): void {
  if (state) memory.form = state;
  else delete memory.form;
}

/** The channel and the user on it: web sessions are their own user. */
export function whoIs(ctx: Pick<AnswerContext, "request">): { channel: ChannelName; userKey: string } {
  const channel: ChannelName = ctx.request.channel === undefined || ctx.request.channel === "eval" ? "web" : ctx.request.channel;
  return { channel, userKey: ctx.request.userId ?? ctx.request.sessionId ?? "" };
}

/** Commands of the dialogue, matched on the trimmed, lower-cased message. */
export const COMMANDS = {
  start: /^(mulai|ya|iya|yes|start|ok|oke|lanjut)[.!]?$/,
  submit: /^(ya|iya|kirim|yes|submit|ok kirim|ya kirim|benar)[.!]?$/,
  cancel:
    /^(batal|batalkan|cancel|stop|berhenti|keluar|(gak|ga|nggak|ngga|enggak|tidak|ndak|gk|tdk) ?jadi)( (aja|saja|deh|dulu|ya|formulirnya|pengajuannya))?[.!]?$/,
  back: /^(kembali|back|sebelumnya)[.!]?$/,
  edit: /^(ubah|ganti|edit|change)\s+(.+)$/,
  resume: /^(lanjut|lanjutkan|teruskan|continue|resume)( (isi|mengisi|formulir|formulirnya|pengajuan|aja|saja))?[.!]?$/,
  accept: /^((saya |ya |iya )?setuju|ya|iya|ok|oke|yes|i agree|agree|boleh)[.!]?$/,
  endHandoff: /^(akhiri|selesai|end)[.!]?$/,
};

/** The commands a message matches, tried on what was typed and on its normalised form (slang expanded). */
export function matches(re: RegExp, ...texts: string[]): boolean {
  return texts.some((t) => re.test(t.trim().toLowerCase().replace(/\s+/g, " ")));
}

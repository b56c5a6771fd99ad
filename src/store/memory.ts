/**
 * What a conversation remembers between turns, typed per feature. It is persisted as JSON in
 * `sessions.memory`; personal values in it are always encrypted (form values) or absent.
 */

/**
 * Where a form dialogue stands. Values are always encrypted (field crypto), so the session row
 * never holds a clear NIK or phone number.
 */
export type FormState =
  | { kind: "offer"; serviceId: string }
  | { kind: "consent"; serviceId: string }
  | { kind: "filling"; serviceId: string; step: number; values: Record<string, string>; paused?: boolean }
  | { kind: "confirm"; serviceId: string; values: Record<string, string>; paused?: boolean };

/** The memory of one conversation, one optional entry per feature. */
export interface ConversationMemory {
  /** Answering: topic words of the last answered question, to complete a short follow-up, and the service it was about (a handoff asked for next reaches that service's OPD). */
  topic?: { words: string; serviceId?: string };
  /** Forms: the dialogue in progress. */
  form?: FormState;
  /** Handoff: the service the citizen last asked to apply for, so a handoff reaches its OPD. */
  handoff?: { serviceId: string };
}

/** The memory shape written before typed memory: `{ lastTopic, state: { form, lastServiceId } }`. */
interface LegacyMemory {
  lastTopic?: string;
  state?: { form?: FormState; lastServiceId?: string };
}

/**
 * Reads stored memory JSON, upgrading the older untyped shape so open conversations survive a deploy.
 *
 * @example
 * parseMemory('{"lastTopic":"syarat ktp"}'); // { topic: { words: "syarat ktp" } }
 */
export function parseMemory(json: string): ConversationMemory {
  const raw = JSON.parse(json) as ConversationMemory & LegacyMemory;
  const { lastTopic, state, ...memory } = raw;
  if (lastTopic && !memory.topic) memory.topic = { words: lastTopic };
  if (state?.form && !memory.form) memory.form = state.form;
  if (state?.lastServiceId && !memory.handoff) memory.handoff = { serviceId: state.lastServiceId };
  return memory;
}

import type { Handoff } from "./handoffs.js";
import type { Submission } from "./submissions.js";

/**
 * What the citizen sees of a submission: masked fields, status and the officers' notes.
 *
 * @example
 * citizenView(sub) // { ticket: "KDI-2026-000001", status: "diterima", fields: { nik: "7471********0001", ... }, ... }
 */
export function citizenView(s: Submission) {
  return {
    ticket: s.ticket,
    serviceId: s.serviceId,
    status: s.status,
    fields: s.masked,
    notes: s.notes.filter((n) => n.text !== "").map((n) => ({ at: n.at, status: n.status, text: n.text })),
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

/** What an officer sees: the citizen view plus routing; personal numbers stay masked. */
export function officerView(s: Submission) {
  return { ...citizenView(s), opd: s.opd, channel: s.channel, confidential: s.confidential };
}

/** A handoff thread as officers see it. */
export function handoffView(h: Handoff) {
  return { id: h.id, opd: h.opd, channel: h.channel, status: h.status, messages: h.messages, createdAt: h.createdAt, updatedAt: h.updatedAt };
}

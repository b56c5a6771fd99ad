import type { Handoff, HandoffRepository } from "./handoffs.js";
import { SUBMISSION_STATUSES, type SubmissionRepository, type SubmissionStatus } from "./submissions.js";

/** Statuses the inbox filters by: a ticket's status, or a handoff's `open`/`closed`. */
export const INBOX_STATUSES = [...SUBMISSION_STATUSES, "open", "closed"] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];

/** One row of the officers' inbox: a ticket or a handoff. No personal data beyond masked text. */
export interface InboxItem {
  kind: "submission" | "handoff";
  /** Ticket number or handoff id. */
  id: string;
  opd: string;
  serviceId: string | null;
  channel: string;
  status: InboxStatus;
  assignee: string | null;
  /** Waiting for an officer: a new ticket, or a handoff whose last message is the citizen's. */
  waiting: boolean;
  /** The last (masked) message of a handoff; empty for a ticket. */
  preview: string;
  createdAt: string;
  updatedAt: string;
}

/** What the inbox is limited to: the caller's OPD scope (null: all) and the filters. */
export interface InboxFilter {
  opd: string | null;
  status?: InboxStatus | undefined;
  serviceId?: string | undefined;
  channel?: string | undefined;
}

const handoffWaiting = (h: Handoff) => h.status === "open" && (h.messages.length === 0 || h.messages[h.messages.length - 1]?.from === "citizen");

/**
 * Tickets and handoffs in one list: unassigned first, then the most recently active. A status of
 * a ticket lists tickets only, `open`/`closed` handoffs only; a service filter lists tickets only.
 *
 * @example
 * (await inboxItems(forms, { opd: "disdukcapil", channel: "telegram" }))[0] // { kind: "handoff", waiting: true, ... }
 */
export async function inboxItems(forms: { submissions: SubmissionRepository; handoffs: HandoffRepository }, f: InboxFilter): Promise<InboxItem[]> {
  const ticketStatus = (SUBMISSION_STATUSES as readonly string[]).includes(f.status ?? "") ? (f.status as SubmissionStatus) : undefined;
  const handoffStatus = f.status === "open" || f.status === "closed" ? f.status : undefined;
  const scope = f.opd ? { opd: f.opd } : {};
  const channel = f.channel ? { channel: f.channel } : {};
  const items: InboxItem[] = [];
  if (!handoffStatus) {
    const subs = await forms.submissions.list({
      ...scope,
      ...channel,
      ...(ticketStatus ? { status: ticketStatus } : {}),
      ...(f.serviceId ? { serviceId: f.serviceId } : {}),
    });
    for (const s of subs) {
      items.push({
        kind: "submission",
        id: s.ticket,
        opd: s.opd,
        serviceId: s.serviceId,
        channel: s.channel,
        status: s.status,
        assignee: s.assignee,
        waiting: s.status === "diterima",
        preview: "",
        createdAt: s.createdAt,
        updatedAt: s.updatedAt,
      });
    }
  }
  if (!ticketStatus && !f.serviceId) {
    for (const h of await forms.handoffs.list({ ...scope, ...channel, ...(handoffStatus ? { status: handoffStatus } : {}) })) {
      const last = h.messages[h.messages.length - 1];
      items.push({
        kind: "handoff",
        id: h.id,
        opd: h.opd,
        serviceId: null,
        channel: h.channel,
        status: h.status,
        assignee: h.assignee,
        waiting: handoffWaiting(h),
        preview: last ? last.text.slice(0, 120) : "",
        createdAt: h.createdAt,
        updatedAt: h.updatedAt,
      });
    }
  }
  return items.sort((a, b) => Number(a.assignee !== null) - Number(b.assignee !== null) || b.updatedAt.localeCompare(a.updatedAt));
}

import type { InboxChange, InboxFeed } from "./inbox-feed.js";
import type { Notifier } from "./types.js";

/**
 * Parses `OFFICER_TELEGRAM_CHAT_IDS` pairs (`opd:chat_id`) into chat ids per OPD.
 *
 * @example
 * officerChats(["disdukcapil:12345", "disdukcapil:678"]) // { disdukcapil: ["12345", "678"] }
 */
export function officerChats(pairs: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const pair of pairs) {
    const i = pair.lastIndexOf(":");
    const [opd, chat] = [pair.slice(0, i), pair.slice(i + 1)];
    if (opd && chat) out[opd] = [...(out[opd] ?? []), chat];
  }
  return out;
}

/**
 * The alert text for a change (Indonesian, no personal data: ticket or handoff id and a console
 * link), or null when the change needs no alert (status changes officers make themselves).
 *
 * @example
 * alertText({ kind: "submission", id: "KDI-2026-000001", opd: "disdukcapil", change: "created" }, "https://layanan.example")
 * // "🔔 Permohonan baru KDI-2026-000001 (disdukcapil).\nBuka: https://layanan.example/admin/tiket/KDI-2026-000001"
 */
export function alertText(c: InboxChange, publicUrl = ""): string | null {
  const base = publicUrl.replace(/\/$/, "");
  if (c.kind === "submission") {
    return c.change === "created" ? `🔔 Permohonan baru ${c.id} (${c.opd}).\nBuka: ${base}/admin/tiket/${c.id}` : null;
  }
  const link = `${base}/admin/handoff/${c.id}`;
  if (c.change === "created") return `🔔 Warga meminta bicara dengan petugas (${c.opd}).\nBuka: ${link}`;
  if (c.change === "message") return `💬 Pesan baru dari warga dalam percakapan ${c.id.slice(0, 8)} (${c.opd}).\nBuka: ${link}`;
  return null;
}

/**
 * Alerts officers outside the console: each new ticket, new handoff and citizen message of an OPD
 * goes to that OPD's Telegram chats through the notifier (kept in the outbox while Telegram is not
 * attached). Returns the unsubscribe function.
 *
 * @example
 * watchForOfficers([forms.submissions.changes, forms.handoffs.changes], notifier, officerChats(env.OFFICER_TELEGRAM_CHAT_IDS), env.PUBLIC_URL);
 */
export function watchForOfficers(
  feeds: readonly InboxFeed[],
  notifier: Pick<Notifier, "notify">,
  chats: Record<string, string[]>,
  publicUrl?: string,
  onError: (err: unknown) => void = () => {},
): () => void {
  if (Object.keys(chats).length === 0) return () => {};
  const offs = feeds.map((feed) =>
    feed.subscribe((change) => {
      const text = alertText(change, publicUrl);
      if (!text) return;
      for (const chat of chats[change.opd] ?? []) {
        notifier.notify({ channel: "telegram", userId: chat, text, kind: "officer_alert" }).catch(onError);
      }
    }),
  );
  return () => {
    for (const off of offs) off();
  };
}

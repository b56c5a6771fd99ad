/** @jsxImportSource hono/jsx */
import type { Handoff } from "../../forms/handoffs.js";
import type { CannedReply, Officer } from "../../forms/inbox.js";
import { AssignForm } from "./ticket.js";

const when = (iso: string) => iso.slice(0, 16).replace("T", " ");

/**
 * A handoff's thread (also served alone as the live-update fragment).
 *
 * @example
 * <Thread handoff={h} />
 */
export function Thread(props: { handoff: Handoff }) {
  if (props.handoff.messages.length === 0) return <li>Belum ada pesan.</li>;
  return (
    <>
      {props.handoff.messages.map((m) => (
        <li class={`msg ${m.from}`}>
          <span class="who">
            {m.from === "citizen" ? "Warga" : "Petugas"} · {when(m.at)}
          </span>
          <p>{m.text}</p>
        </li>
      ))}
    </>
  );
}

/**
 * A handoff's page: the live thread, a reply box with the OPD's canned replies, close, assignment,
 * and a form to keep a new canned reply.
 *
 * @example
 * <HandoffSection handoff={h} canned={await inbox.cannedReplies(h.opd)} officers={await inbox.officers(h.opd)} />
 */
export function HandoffSection(props: { handoff: Handoff; canned: CannedReply[]; officers: Officer[] }) {
  const h = props.handoff;
  const open = h.status === "open";
  return (
    <>
      <dl class="facts">
        <dt>Kanal</dt>
        <dd>{h.channel}</dd>
        <dt>OPD</dt>
        <dd>{h.opd}</dd>
        <dt>Status</dt>
        <dd>{open ? "terbuka" : "ditutup"}</dd>
        <dt>Dibuka</dt>
        <dd>{when(h.createdAt)}</dd>
      </dl>
      <section aria-labelledby="percakapan" data-handoff={h.id}>
        <h2 id="percakapan">Percakapan</h2>
        <ol id="thread" class="thread" aria-live="polite">
          <Thread handoff={h} />
        </ol>
      </section>
      {open ? (
        <section aria-labelledby="balas">
          <h2 id="balas">Balas warga</h2>
          <form method="post" action={`/admin/handoff/${h.id}/balas`}>
            {props.canned.length > 0 ? (
              <>
                <label for="canned">Balasan cepat</label>
                <select id="canned">
                  <option value="">— pilih —</option>
                  {props.canned.map((r) => (
                    <option value={r.text}>{r.title}</option>
                  ))}
                </select>
              </>
            ) : null}
            <label for="reply">Pesan (dikirim ke kanal warga)</label>
            <textarea id="reply" name="text" rows={3} cols={60} required maxlength={4000} />
            <button type="submit">Kirim</button>
          </form>
          <form method="post" action={`/admin/handoff/${h.id}/tutup`}>
            <button type="submit">Tutup percakapan</button>
          </form>
        </section>
      ) : null}
      <section aria-labelledby="penugasan">
        <h2 id="penugasan">Penugasan</h2>
        <AssignForm action={`/admin/handoff/${h.id}/tugaskan`} officers={props.officers} assignee={h.assignee} />
      </section>
      <section aria-labelledby="balasan-cepat">
        <h2 id="balasan-cepat">Simpan balasan cepat ({h.opd})</h2>
        <form method="post" action={`/admin/handoff/${h.id}/balasan-cepat`}>
          <label for="canned-title">Judul</label>
          <input id="canned-title" name="title" required maxlength={80} />
          <label for="canned-text">Isi</label>
          <textarea id="canned-text" name="text" rows={2} cols={60} required maxlength={2000} />
          <button type="submit">Simpan</button>
        </form>
      </section>
    </>
  );
}

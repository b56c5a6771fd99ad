/** @jsxImportSource hono/jsx */
import type { Officer } from "../../forms/inbox.js";
import { SUBMISSION_STATUSES, type Submission } from "../../forms/submissions.js";
import { STATUS_NAMES } from "../../forms/texts.js";

/** One history line as the ticket page shows it. */
export interface HistoryLine {
  at: string;
  actor: { name: string };
  action: string;
  status?: string;
  text: string;
}

const ACTIONS: Record<string, string> = {
  status: "Status",
  note: "Catatan internal",
  assign: "Ditugaskan ke",
  unassign: "Penugasan dilepas",
  reveal: "Data ditampilkan, alasan",
};
const when = (iso: string) => iso.slice(0, 16).replace("T", " ");

/** Who the ticket is assigned to, as a form to change it. */
export function AssignForm(props: { action: string; officers: Officer[]; assignee: string | null }) {
  return (
    <form method="post" action={props.action}>
      <label for="assignee">Petugas</label>
      <select id="assignee" name="assignee">
        <option value="">— belum ditugaskan —</option>
        {props.officers.map((o) => (
          <option value={o.id} selected={o.id === props.assignee}>
            {o.name}
          </option>
        ))}
      </select>
      <button type="submit">Tugaskan</button>
    </form>
  );
}

/**
 * A ticket's page: the form data (masked, or in clear right after "Tampilkan data"), status change
 * with an optional message to the citizen, internal note, assignment and the full history.
 *
 * @example
 * <TicketSection submission={s} history={historyOf(forms, s)} officers={officers} revealed={null} />
 */
export function TicketSection(props: { submission: Submission; history: HistoryLine[]; officers: Officer[]; revealed: Record<string, string> | null }) {
  const s = props.submission;
  const shown = props.revealed ?? s.masked;
  return (
    <>
      <dl class="facts">
        <dt>Layanan</dt>
        <dd>{s.serviceId}</dd>
        <dt>OPD</dt>
        <dd>{s.opd}</dd>
        <dt>Kanal</dt>
        <dd>{s.channel}</dd>
        <dt>Status</dt>
        <dd id="ticket-status">{STATUS_NAMES[s.status].id}</dd>
        <dt>Masuk</dt>
        <dd>{when(s.createdAt)}</dd>
      </dl>
      <section aria-labelledby="data">
        <h2 id="data">Data permohonan {props.revealed ? "(ditampilkan, tercatat di log audit)" : "(disamarkan)"}</h2>
        <table id="ticket-data">
          <tbody>
            {Object.entries(shown).map(([k, v]) => (
              <tr>
                <th scope="row">{k}</th>
                <td>{s.confidential && !props.revealed ? "(rahasia)" : v}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {props.revealed ? null : (
          <form method="post" action={`/admin/tiket/${s.ticket}/tampilkan`} class="inline">
            <label for="reason">Alasan menampilkan data pribadi</label>
            <input id="reason" name="reason" size={50} required minlength={5} maxlength={500} placeholder="mis. menghubungi pemohon soal berkas" />
            <button type="submit">Tampilkan data</button>
          </form>
        )}
      </section>
      <section aria-labelledby="ubah-status">
        <h2 id="ubah-status">Ubah status</h2>
        <form method="post" action={`/admin/tiket/${s.ticket}/status`}>
          <label for="status">Status baru</label>
          <select id="status" name="status">
            {SUBMISSION_STATUSES.map((st) => (
              <option value={st} selected={st === s.status}>
                {STATUS_NAMES[st].id}
              </option>
            ))}
          </select>
          <label for="note">Pesan untuk warga (opsional, dikirim lewat kanal warga)</label>
          <textarea id="note" name="note" rows={3} cols={60} maxlength={2000} />
          <button type="submit">Simpan status</button>
        </form>
      </section>
      <section aria-labelledby="penugasan">
        <h2 id="penugasan">Penugasan</h2>
        <AssignForm action={`/admin/tiket/${s.ticket}/tugaskan`} officers={props.officers} assignee={s.assignee} />
      </section>
      <section aria-labelledby="catatan">
        <h2 id="catatan">Catatan internal</h2>
        <form method="post" action={`/admin/tiket/${s.ticket}/catatan`}>
          <label for="internal">Catatan (tidak terlihat oleh warga)</label>
          <textarea id="internal" name="text" rows={2} cols={60} required maxlength={2000} />
          <button type="submit">Simpan catatan</button>
        </form>
      </section>
      <section aria-labelledby="riwayat">
        <h2 id="riwayat">Riwayat</h2>
        <table id="history">
          <thead>
            <tr>
              <th scope="col">Waktu</th>
              <th scope="col">Oleh</th>
              <th scope="col">Tindakan</th>
              <th scope="col">Isi</th>
            </tr>
          </thead>
          <tbody>
            {props.history.map((h) => (
              <tr>
                <td>{when(h.at)}</td>
                <td>{h.actor.name}</td>
                <td>{`${ACTIONS[h.action] ?? h.action}${h.status ? `: ${STATUS_NAMES[h.status as keyof typeof STATUS_NAMES]?.id ?? h.status}` : ""}`}</td>
                <td>{h.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

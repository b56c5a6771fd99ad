/** @jsxImportSource hono/jsx */
import type { InboxFilter, InboxItem } from "../../forms/inbox-list.js";
import { INBOX_STATUSES } from "../../forms/inbox-list.js";

/** Status names as officers read them. */
export const INBOX_STATUS_NAMES: Record<InboxItem["status"], string> = {
  diterima: "diterima (baru)",
  diproses: "sedang diproses",
  selesai: "selesai",
  ditolak: "ditolak",
  open: "percakapan terbuka",
  closed: "percakapan ditutup",
};

const when = (iso: string) => iso.slice(0, 16).replace("T", " ");

/**
 * The inbox rows (also served alone as the live-update fragment).
 *
 * @example
 * <InboxRows items={items} names={{ key_1: "Loket 1" }} />
 */
export function InboxRows(props: { items: InboxItem[]; names: Record<string, string> }) {
  if (props.items.length === 0)
    return (
      <tr>
        <td colspan={7}>Tidak ada permohonan atau percakapan.</td>
      </tr>
    );
  return (
    <>
      {props.items.map((i) => (
        <tr class={i.waiting ? "waiting" : ""} data-kind={i.kind} data-id={i.id}>
          <td>
            {i.kind === "submission" ? <a href={`/admin/tiket/${i.id}`}>{i.id}</a> : <a href={`/admin/handoff/${i.id}`}>{`Percakapan ${i.id.slice(0, 8)}`}</a>}
          </td>
          <td>{i.serviceId ?? (i.preview ? `“${i.preview}”` : "—")}</td>
          <td>{i.channel}</td>
          <td>{i.opd}</td>
          <td>
            {INBOX_STATUS_NAMES[i.status]}
            {i.waiting ? <strong> · menunggu</strong> : null}
          </td>
          <td>{i.assignee ? (props.names[i.assignee] ?? i.assignee) : <em>belum ditugaskan</em>}</td>
          <td>{when(i.updatedAt)}</td>
        </tr>
      ))}
    </>
  );
}

/**
 * The inbox page: filters (status, service, channel) and one table of tickets and handoffs, kept
 * live by `/admin/inbox.js` over the SSE stream.
 *
 * @example
 * <InboxSection items={items} filter={filter} services={["ktp-el-baru"]} names={{}} />
 */
export function InboxSection(props: { items: InboxItem[]; filter: InboxFilter; services: string[]; names: Record<string, string>; waiting: number }) {
  const f = props.filter;
  return (
    <section aria-labelledby="kotak-masuk" data-inbox data-waiting={String(props.waiting)}>
      <form method="get" action="/admin/kotak-masuk" class="filters">
        <label for="f-status">Status</label>
        <select id="f-status" name="status">
          <option value="">Semua</option>
          {INBOX_STATUSES.map((s) => (
            <option value={s} selected={f.status === s}>
              {INBOX_STATUS_NAMES[s]}
            </option>
          ))}
        </select>
        <label for="f-service">Layanan</label>
        <select id="f-service" name="service">
          <option value="">Semua</option>
          {props.services.map((s) => (
            <option value={s} selected={f.serviceId === s}>
              {s}
            </option>
          ))}
        </select>
        <label for="f-channel">Kanal</label>
        <select id="f-channel" name="channel">
          <option value="">Semua</option>
          {["web", "telegram", "whatsapp"].map((s) => (
            <option value={s} selected={f.channel === s}>
              {s}
            </option>
          ))}
        </select>
        <button type="submit">Saring</button>
      </form>
      <p id="kotak-masuk" role="status" aria-live="polite">
        <span id="waiting-count">{props.waiting}</span> menunggu petugas. Daftar diperbarui otomatis.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Tiket / percakapan</th>
            <th scope="col">Layanan / pesan terakhir</th>
            <th scope="col">Kanal</th>
            <th scope="col">OPD</th>
            <th scope="col">Status</th>
            <th scope="col">Petugas</th>
            <th scope="col">Diperbarui</th>
          </tr>
        </thead>
        <tbody id="inbox-rows">
          <InboxRows items={props.items} names={props.names} />
        </tbody>
      </table>
    </section>
  );
}

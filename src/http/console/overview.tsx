/** @jsxImportSource hono/jsx */
import type { ChannelStatus } from "../../admin/deps.js";
import type { Job } from "../../admin/jobs.js";
import { qrBlock } from "./qr.js";

export interface OverviewData {
  indexVersion: string | null;
  chunkCount: number;
  documentCount: number;
  channels: ChannelStatus[];
  job: Job | null;
  canReindex: boolean;
}

const LOGIN_NAMES: Record<string, string> = {
  stopped: "berhenti",
  starting: "memulai",
  qr: "menunggu pindai QR",
  authenticated: "terautentikasi",
  ready: "siap",
  disconnected: "terputus",
  auth_failure: "login gagal",
};

const JOB_NAMES: Record<Job["status"], string> = { queued: "menunggu", running: "berjalan", done: "selesai", failed: "gagal" };

/**
 * The overview: index version and size, channel health (WhatsApp login state and QR), last job.
 *
 * @example
 * <Overview indexVersion="v-20261124-…" chunkCount={504} documentCount={21} channels={[]} job={null} canReindex />
 */
export function Overview(d: OverviewData) {
  return (
    <section aria-labelledby="ringkasan-indeks">
      <h2 id="ringkasan-indeks">Indeks</h2>
      <dl>
        <dt>Versi indeks</dt>
        <dd data-testid="index-version">{d.indexVersion ?? "belum ada"}</dd>
        <dt>Jumlah potongan (chunk)</dt>
        <dd>{d.chunkCount}</dd>
        <dt>Jumlah dokumen</dt>
        <dd>{d.documentCount}</dd>
      </dl>
      <h2>Kanal</h2>
      {d.channels.length === 0 ? (
        <p>Hanya kanal web (widget dan API) yang aktif.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Kanal</th>
              <th scope="col">Status</th>
              <th scope="col">Keterangan</th>
              <th scope="col">Login</th>
            </tr>
          </thead>
          <tbody>
            {d.channels.map((ch) => (
              <tr>
                <td>{ch.name}</td>
                <td>{ch.status}</td>
                <td>{ch.detail}</td>
                <td>
                  {ch.login ? (LOGIN_NAMES[ch.login.state] ?? ch.login.state) : "-"}
                  {ch.login?.qr ? (
                    <figure>
                      <pre role="img" aria-label="Kode QR login WhatsApp" style="background:#000;color:#fff;line-height:1;display:inline-block;padding:4px">
                        {qrBlock(ch.login.qr)}
                      </pre>
                      <figcaption>Pindai dengan WhatsApp di ponsel: Perangkat tertaut › Tautkan perangkat.</figcaption>
                    </figure>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Pengindeksan ulang</h2>
      {d.job ? (
        <p data-testid="job-status">
          {`Pekerjaan ${d.job.id}: ${JOB_NAMES[d.job.status]} (${d.job.progress.done}/${d.job.progress.total})`}
          {d.job.error ? ` — ${d.job.error}` : ""}
        </p>
      ) : (
        <p>Belum ada pekerjaan sejak server dinyalakan.</p>
      )}
      {d.canReindex ? (
        <form method="post" action="/admin/indeks-ulang">
          <button type="submit">Indeks ulang sekarang</button>
        </form>
      ) : null}
    </section>
  );
}

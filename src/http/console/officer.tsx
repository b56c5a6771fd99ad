/** @jsxImportSource hono/jsx */
import type { Handoff } from "../../forms/handoffs.js";
import type { Submission } from "../../forms/submissions.js";

/**
 * Submissions and handoffs of the operator's OPD (all OPDs for an admin). Field values are shown
 * masked, as officers see them in the API.
 *
 * @example
 * <OfficerSection submissions={await repo.list({ opd })} handoffs={await handoffs.list({ opd })} />
 */
export function OfficerSection(props: { submissions: Submission[]; handoffs: Handoff[] }) {
  return (
    <>
      <section aria-labelledby="permohonan">
        <h2 id="permohonan">Permohonan</h2>
        {props.submissions.length === 0 ? (
          <p>Belum ada permohonan.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Tiket</th>
                <th scope="col">Layanan</th>
                <th scope="col">OPD</th>
                <th scope="col">Status</th>
                <th scope="col">Data (disamarkan)</th>
                <th scope="col">Diperbarui</th>
              </tr>
            </thead>
            <tbody>
              {props.submissions.map((s) => (
                <tr>
                  <td>{s.ticket}</td>
                  <td>{s.serviceId}</td>
                  <td>{s.opd}</td>
                  <td>{s.status}</td>
                  <td>
                    {s.confidential
                      ? "(rahasia)"
                      : Object.entries(s.masked)
                          .map(([k, v]) => `${k}: ${v}`)
                          .join("; ")}
                  </td>
                  <td>{s.updatedAt.slice(0, 16).replace("T", " ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="handoff">
        <h2 id="handoff">Handoff ke petugas</h2>
        {props.handoffs.length === 0 ? (
          <p>Belum ada handoff.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Id</th>
                <th scope="col">Kanal</th>
                <th scope="col">OPD</th>
                <th scope="col">Status</th>
                <th scope="col">Pesan</th>
                <th scope="col">Diperbarui</th>
              </tr>
            </thead>
            <tbody>
              {props.handoffs.map((h) => (
                <tr>
                  <td>
                    <code>{h.id.slice(0, 8)}</code>
                  </td>
                  <td>{h.channel}</td>
                  <td>{h.opd}</td>
                  <td>{h.status === "open" ? "terbuka" : "ditutup"}</td>
                  <td>{h.messages.length}</td>
                  <td>{h.updatedAt.slice(0, 16).replace("T", " ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

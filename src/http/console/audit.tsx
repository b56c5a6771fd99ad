/** @jsxImportSource hono/jsx */
import type { AuditEntry } from "../../admin/audit.js";

/**
 * The audit log, newest first.
 *
 * @example
 * <AuditSection entries={await audit.list({ limit: 200 })} />
 */
export function AuditSection(props: { entries: AuditEntry[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Waktu</th>
          <th scope="col">Pelaku</th>
          <th scope="col">Tindakan</th>
          <th scope="col">Sasaran</th>
          <th scope="col">Rincian</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((e) => (
          <tr>
            <td>{e.at.slice(0, 19).replace("T", " ")}</td>
            <td>{`${e.actor.name} (${e.actor.role}, ${e.actor.id})`}</td>
            <td>{e.action}</td>
            <td>{e.target}</td>
            <td>
              <code>{JSON.stringify(e.details)}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

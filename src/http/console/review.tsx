/** @jsxImportSource hono/jsx */
import type { ReviewGroup } from "../../admin/review.js";

const REASONS: Record<string, string> = { no_answer: "tidak terjawab", low_evidence: "bukti lemah", negative_feedback: "dinilai buruk" };

/**
 * Groups of similar questions that went unanswered, had weak evidence or were rated down.
 *
 * @example
 * <ReviewSection groups={reviewGroups(db)} />
 */
export function ReviewSection(props: { groups: ReviewGroup[]; limit?: number }) {
  const groups = props.limit ? props.groups.slice(0, props.limit) : props.groups;
  return (
    <section aria-labelledby="tinjauan">
      <h2 id="tinjauan">Pertanyaan untuk ditinjau</h2>
      {groups.length === 0 ? (
        <p>Tidak ada pertanyaan yang perlu ditinjau.</p>
      ) : (
        <table>
          <caption>Dikelompokkan menurut kemiripan; data pribadi sudah disamarkan.</caption>
          <thead>
            <tr><th scope="col">Jumlah</th><th scope="col">Contoh pertanyaan</th><th scope="col">Alasan</th><th scope="col">Terakhir</th></tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr>
                <td>{g.count}</td>
                <td>
                  <ul>{g.examples.map((e) => <li>{e}</li>)}</ul>
                </td>
                <td>{g.reasons.map((r) => REASONS[r] ?? r).join(", ")}</td>
                <td>{g.lastSeen.slice(0, 16).replace("T", " ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p><a href="/admin/tinjauan.csv">Unduh CSV</a></p>
    </section>
  );
}

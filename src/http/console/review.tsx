/** @jsxImportSource hono/jsx */
import type { ReviewGroup } from "../../admin/review.js";

const REASONS: Record<string, string> = { no_answer: "tidak terjawab", low_evidence: "bukti lemah", negative_feedback: "dinilai buruk" };

/**
 * What a curator does with a group: find the passage that answers it (search over the index's
 * labels), link it by document id + Pasal/component, or mark it out of scope.
 *
 * @example
 * <LinkForms question="kalau chatina kena hack siapa yg tanggung jawab?" n={0} />
 */
export function LinkForms(props: { question: string; n: number }) {
  const id = `tt-${props.n}`;
  return (
    <details>
      <summary>Tautkan ke jawaban atau tandai di luar cakupan</summary>
      <form method="get" action="/admin/tinjauan/tautkan">
        <input type="hidden" name="pertanyaan" value={props.question} />
        <label for={`${id}-cari`}>Cari bagian (label, mis. "37 2024 pasal 7" atau "akta kelahiran biaya")</label>
        <input id={`${id}-cari`} name="cari" type="search" required />
        <button type="submit">Cari</button>
      </form>
      <form method="post" action="/admin/tinjauan/tautkan">
        <input type="hidden" name="pertanyaan" value={props.question} />
        <label for={`${id}-dok`}>Id dokumen (mis. kendari-37-2024 atau service:akta-kelahiran)</label>
        <input id={`${id}-dok`} name="dokumen" required />
        <label for={`${id}-bag`}>Pasal atau komponen (mis. Pasal 7, biaya, waktu)</label>
        <input id={`${id}-bag`} name="bagian" required />
        <button type="submit">Tautkan</button>
      </form>
      <form method="post" action="/admin/tinjauan/luar-cakupan">
        <input type="hidden" name="pertanyaan" value={props.question} />
        <button type="submit">Di luar cakupan</button>
      </form>
    </details>
  );
}

/**
 * Groups of similar questions that went unanswered, had weak evidence or were rated down, each
 * with the forms to link it to the passage that answers it or mark it out of scope.
 *
 * @example
 * <ReviewSection groups={await reviewGroups(db)} />
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
            <tr>
              <th scope="col">Jumlah</th>
              <th scope="col">Contoh pertanyaan</th>
              <th scope="col">Alasan</th>
              <th scope="col">Terakhir</th>
              <th scope="col">Tindakan</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g, n) => (
              <tr>
                <td>{g.count}</td>
                <td>
                  <ul>
                    {g.examples.map((e) => (
                      <li>{e}</li>
                    ))}
                  </ul>
                </td>
                <td>{g.reasons.map((r) => REASONS[r] ?? r).join(", ")}</td>
                <td>{g.lastSeen.slice(0, 16).replace("T", " ")}</td>
                <td>
                  <LinkForms question={g.examples[0] ?? ""} n={n} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href="/admin/tinjauan.csv">Unduh CSV</a>
      </p>
    </section>
  );
}

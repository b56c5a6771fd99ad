/** @jsxImportSource hono/jsx */
import type { DocumentRecord } from "../../index/manifest.js";

const STATUS_NAMES: Record<string, string> = { berlaku: "berlaku", dicabut: "dicabut", diubah: "diubah" };

/** A regulation's status form: status plus the revoking regulation. */
function StatusForm({ doc }: { doc: Extract<DocumentRecord, { kind: "regulation" }> }) {
  const id = `st-${doc.docId}`;
  return (
    <form method="post" action="/admin/korpus/status">
      <input type="hidden" name="id" value={doc.docId} />
      <label for={id}>Status</label>
      <select id={id} name="status">
        {["berlaku", "dicabut", "diubah"].map((s) => (
          <option value={s} selected={doc.meta.status === s}>
            {STATUS_NAMES[s]}
          </option>
        ))}
      </select>
      <label for={`${id}-by`}>Dicabut oleh (id peraturan)</label>
      <input id={`${id}-by`} name="dicabut_oleh" value={doc.meta.dicabut_oleh ?? ""} />
      <button type="submit">Simpan</button>
    </form>
  );
}

/**
 * The corpus: documents with their status (and a form to change a regulation's), plus the upload form.
 *
 * @example
 * <CorpusSection documents={index.documents()} />
 */
export function CorpusSection(props: { documents: DocumentRecord[] }) {
  const docs = [...props.documents].sort((a, b) => a.kind.localeCompare(b.kind) || a.docId.localeCompare(b.docId));
  return (
    <>
      <section aria-labelledby="dokumen">
        <h2 id="dokumen">Dokumen</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Jenis</th>
              <th scope="col">Judul</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((d) => (
              <tr>
                <td>
                  <code>{d.docId}</code>
                </td>
                <td>{d.kind === "regulation" ? "Peraturan" : "Standar pelayanan"}</td>
                <td>{d.kind === "regulation" ? d.meta.judul : d.meta.nama}</td>
                <td>{d.kind === "regulation" ? <StatusForm doc={d} /> : "berlaku"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="unggah">
        <h2 id="unggah">Unggah peraturan (PDF atau Markdown)</h2>
        <form method="post" action="/admin/korpus/unggah" enctype="multipart/form-data">
          <label for="file">Berkas</label>
          <input id="file" name="file" type="file" accept=".pdf,.md,application/pdf,text/markdown" required />
          {[
            ["id", "Id (mis. kendari-9-2026)"],
            ["jenis", "Jenis (mis. Peraturan Wali Kota)"],
            ["nomor", "Nomor"],
            ["tahun", "Tahun"],
            ["judul", "Judul"],
            ["daerah", "Daerah (mis. Kota Kendari)"],
            ["ditetapkan", "Ditetapkan (YYYY-MM-DD)"],
            ["mencabut", "Mencabut (id, pisahkan dengan koma)"],
            ["opd", "OPD (pisahkan dengan koma)"],
          ].map(([name, label]) => (
            <>
              <label for={`up-${name}`}>{label}</label>
              <input id={`up-${name}`} name={name} required={["id", "jenis", "nomor", "tahun", "judul", "daerah"].includes(name!)} />
            </>
          ))}
          <p>
            <button type="submit">Unggah dan indeks ulang</button>
          </p>
        </form>
      </section>
    </>
  );
}

/** @jsxImportSource hono/jsx */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AdminDeps } from "../../admin/deps.js";
import { type ChunkOption, searchChunks } from "../../admin/variant-targets.js";
import type { LiveIndex } from "../../index/live-index.js";
import type { AppEnv } from "../app.js";
import { back, callApi } from "./actions.js";
import { CURATORS, guard, html } from "./guard.js";
import { Layout } from "./layout.js";
import { sameOrigin } from "./session.js";

/** "Pasal 7", "pasal 12A" or "7" name a Pasal; anything else names a service component. */
const PASAL = /^(pasal\s+)?\d+[a-z]?$/i;

/**
 * The link picker: the question, the passages matching the search, each with a "Tautkan" button.
 *
 * @example
 * <LinkPicker question="kalau chatina kena hack?" query="37 2024 pasal 7" options={searchChunks(index, "37 2024 pasal 7")} />
 */
export function LinkPicker(props: { question: string; query: string; options: ChunkOption[] }) {
  return (
    <section aria-labelledby="tautkan">
      <h2 id="tautkan">Tautkan pertanyaan ke jawabannya</h2>
      <p>
        Pertanyaan: <q>{props.question}</q>
      </p>
      <form method="get" action="/admin/tinjauan/tautkan">
        <input type="hidden" name="pertanyaan" value={props.question} />
        <label for="cari">Cari bagian</label>
        <input id="cari" name="cari" type="search" value={props.query} required />
        <button type="submit">Cari</button>
      </form>
      {props.options.length === 0 ? (
        <p>Tidak ada bagian yang cocok. Coba kata lain, atau isi id dokumen dan Pasal/komponen di halaman Tinjauan.</p>
      ) : (
        <ul>
          {props.options.map((o) => (
            <li>
              <form method="post" action="/admin/tinjauan/tautkan">
                <input type="hidden" name="pertanyaan" value={props.question} />
                <input type="hidden" name="bagian_id" value={o.id} />
                <strong>{o.label}</strong> <code>{o.id}</code>
                <p>{o.preview}…</p>
                <button type="submit">Tautkan ke bagian ini</button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/admin/tinjauan">Kembali ke Tinjauan</a>
      </p>
    </section>
  );
}

/**
 * The review's actions: the link picker page, and the link and out-of-scope posts (through the
 * admin API with the signed-in key, so validation and the audit row live in one place).
 *
 * @example
 * registerReviewActions(app, admin, deps.index);
 */
export function registerReviewActions(app: OpenAPIHono<AppEnv>, admin: AdminDeps, live: Pick<LiveIndex, "get">): void {
  app.get("/admin/tinjauan/tautkan", async (c) => {
    const key = await guard(c, admin.apiKeys, CURATORS);
    if (key instanceof Response) return key;
    const { pertanyaan = "", cari = "" } = c.req.query();
    const index = live.get();
    const options = index ? searchChunks(index, cari) : [];
    return html(
      c,
      <Layout title="Tautkan" apiKey={key}>
        <LinkPicker question={pertanyaan} query={cari} options={options} />
      </Layout>,
    );
  });

  app.post("/admin/tinjauan/tautkan", async (c) => {
    const key = await guard(c, admin.apiKeys, CURATORS);
    if (key instanceof Response) return key;
    if (!sameOrigin(c)) return c.text("Forbidden", 403);
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === "string" ? (form[name] as string).trim() : "");
    const part = field("bagian");
    const target = field("bagian_id")
      ? { chunkId: field("bagian_id") }
      : PASAL.test(part)
        ? { docId: field("dokumen"), pasal: part }
        : { docId: field("dokumen"), component: part };
    const r = await callApi(app, c, "/api/admin/review/links", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: field("pertanyaan"), ...target }),
    });
    const variant = r.body.variant as { label?: string } | undefined;
    return back(c, "/admin/tinjauan", r, `Pertanyaan ditautkan ke ${variant?.label ?? ""}; pengindeksan ulang dimulai (${String(r.body.jobId)}).`);
  });

  app.post("/admin/tinjauan/luar-cakupan", async (c) => {
    const key = await guard(c, admin.apiKeys, CURATORS);
    if (key instanceof Response) return key;
    if (!sameOrigin(c)) return c.text("Forbidden", 403);
    const form = await c.req.parseBody();
    const question = typeof form.pertanyaan === "string" ? form.pertanyaan : "";
    const r = await callApi(app, c, "/api/admin/review/out-of-scope", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question }),
    });
    return back(c, "/admin/tinjauan", r, "Pertanyaan ditandai di luar cakupan; tidak lagi ditampilkan di Tinjauan.");
  });
}

/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";
import type { ApiKey } from "../../auth/api-keys.js";
import { ROLE_NAMES } from "./session.js";

const CSS = `
body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.5}
header{background:#0b3d61;color:#fff;padding:.75rem 1.5rem;display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap}
header a{color:#fff}header nav{display:flex;gap:1rem;flex-wrap:wrap}
main{padding:1rem 1.5rem;max-width:72rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #8a8a8a;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#eef2f6}label{display:block;margin:.4rem 0 .1rem;font-weight:600}
input,select,button{font:inherit;padding:.3rem .5rem}button{background:#0b3d61;color:#fff;border:0;border-radius:3px;cursor:pointer}
.ok{background:#e6f4ea;border-left:4px solid #1e7b34;padding:.5rem}.err{background:#fdecea;border-left:4px solid #b3261e;padding:.5rem}
code{background:#f2f2f2;padding:0 .2rem}
tr.waiting{background:#fff8e1}.filters{display:flex;gap:.5rem;align-items:end;flex-wrap:wrap}.filters label{margin:0}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.facts dt{font-weight:600}dl.facts dd{margin:0}
textarea{font:inherit;display:block;max-width:100%}.thread{list-style:none;padding:0;max-width:48rem}
.msg{border-radius:6px;padding:.4rem .7rem;margin:.4rem 0}.msg p{margin:.2rem 0}.msg .who{font-size:.85em;color:#444}
.msg.citizen{background:#eef2f6;margin-right:4rem}.msg.operator{background:#e6f4ea;margin-left:4rem}
`;

/**
 * The console page frame: title, navigation for the signed-in role, and the content.
 *
 * @example
 * c.html(<Layout title="Ringkasan" apiKey={key}><p>…</p></Layout>);
 */
export function Layout(props: { title: string; apiKey?: ApiKey | null; children?: Child; count?: number; script?: string }) {
  const k = props.apiKey;
  const curator = k && k.role !== "operator";
  const officer = k && k.role !== "curator";
  return (
    <html lang="id">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.count ? `(${props.count}) ` : ""}${props.title} · Konsol Layanan Tanya`}</title>
        <style>{CSS}</style>
        {props.script ? <script src={props.script} defer /> : null}
      </head>
      <body>
        <header>
          <strong>Konsol Layanan Tanya</strong>
          {k ? (
            <nav aria-label="Menu konsol">
              <a href="/admin">Ringkasan</a>
              {curator ? <a href="/admin/korpus">Korpus</a> : null}
              {curator ? <a href="/admin/tinjauan">Tinjauan</a> : null}
              {curator ? <a href="/admin/statistik">Statistik</a> : null}
              {officer ? <a href="/admin/kotak-masuk">Kotak masuk</a> : null}
              {officer ? <a href="/admin/layanan">Permohonan &amp; handoff</a> : null}
              {curator ? <a href="/admin/audit">Log audit</a> : null}
            </nav>
          ) : null}
          {k ? (
            <form method="post" action="/admin/keluar">
              <span>{`${k.name} (${ROLE_NAMES[k.role]}${k.opd ? `, ${k.opd}` : ""})`} </span>
              <button type="submit">Keluar</button>
            </form>
          ) : null}
        </header>
        <main>
          <h1>{props.title}</h1>
          {props.children}
        </main>
      </body>
    </html>
  );
}

/**
 * A success or error notice from a query string (`?ok=` / `?err=`).
 *
 * @example
 * <Notice ok="Status disimpan." />
 */
export function Notice(props: { ok?: string | undefined; err?: string | undefined }) {
  if (props.err)
    return (
      <p class="err" role="alert">
        {props.err}
      </p>
    );
  if (props.ok)
    return (
      <p class="ok" role="status">
        {props.ok}
      </p>
    );
  return null;
}

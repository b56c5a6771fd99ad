/** Pages that show the widget embedded: a plain sample OPD page, and a hostile-CSS isolation check. */

const tag = (opd: string, lang: "id" | "en") => `<script src="/widget.js" data-opd="${opd}" data-lang="${lang}" async></script>`;

/**
 * A plain, credible sample OPD page with the widget embedded, served at `GET /demo`: what a
 * Disdukcapil website looks like with the one script tag pasted in.
 *
 * @example
 * demoPage({ lang: "en" }) // "<!doctype html>…<script src=\"/widget.js\" data-opd=\"disdukcapil\" data-lang=\"en\" async></script>…"
 */
export function demoPage(options: { opd?: string; lang?: "id" | "en" } = {}): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dinas Kependudukan dan Pencatatan Sipil Kota Kendari</title>
<style>
  body { margin: 0; font: 16px/1.6 Georgia, "Times New Roman", serif; color: #222; background: #f4f1ea; }
  header { background: #7a1f1f; color: #fff; padding: 18px 24px; }
  header h1 { margin: 0; font-size: 22px; }
  header p { margin: 2px 0 0; font-size: 14px; opacity: .9; }
  nav { background: #5c1616; padding: 8px 24px; }
  nav a { color: #fff; margin-right: 18px; font-size: 14px; text-decoration: none; }
  main { max-width: 860px; margin: 24px auto; padding: 0 24px; }
  section { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 16px 20px; margin-bottom: 16px; }
  h2 { font-size: 19px; margin: 0 0 8px; color: #7a1f1f; }
  ul { margin: 0; padding-left: 20px; }
  footer { text-align: center; font-size: 13px; color: #555; padding: 24px; }
</style>
</head>
<body>
<header><h1>Dinas Kependudukan dan Pencatatan Sipil</h1><p>Pemerintah Kota Kendari</p></header>
<nav><a href="#layanan">Layanan</a><a href="#jam">Jam layanan</a><a href="#kontak">Kontak</a></nav>
<main>
  <section id="layanan">
    <h2>Layanan kami</h2>
    <ul>
      <li>Penerbitan KTP-el baru, penggantian KTP-el hilang atau rusak</li>
      <li>Kartu Keluarga (KK) dan Kartu Identitas Anak (KIA)</li>
      <li>Akta kelahiran dan akta kematian</li>
      <li>Surat keterangan pindah dan datang</li>
    </ul>
  </section>
  <section id="jam">
    <h2>Jam layanan</h2>
    <p>(Contoh) Jam buka kantor diumumkan di papan pengumuman kantor. Loket Dukcapil juga tersedia di Mal Pelayanan Publik Balai Kota.</p>
  </section>
  <section id="kontak">
    <h2>Kontak</h2>
    <p>Jl. Balai Kota III No. 52B, Pondambea, Kadia, Kota Kendari. Punya pertanyaan? Klik <strong>Tanya layanan</strong> di pojok kanan bawah.</p>
  </section>
</main>
<footer>© Pemerintah Kota Kendari · halaman contoh untuk widget Layanan Tanya</footer>
${tag(options.opd ?? "disdukcapil", options.lang ?? "id")}
</body>
</html>`;
}

/**
 * A deliberately hostile page (`* { font-size: 40px !important; color: red }`), served at
 * `GET /demo/isolation`: the widget must look right anyway (its shadow root keeps the page's CSS out).
 *
 * @example
 * isolationPage() // "<!doctype html>…font-size: 40px !important…"
 */
export function isolationPage(options: { opd?: string; lang?: "id" | "en" } = {}): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CSS isolation check · Layanan Tanya</title>
<style>
  * { font-size: 40px !important; color: red; font-family: "Comic Sans MS", cursive; }
  button, div, input, details, summary { background: yellow !important; border: 5px dashed lime !important; }
  body { margin: 0; padding: 16px; background: #fff8e1; }
  header { padding: 8px 0; }
</style>
</head>
<body>
<header><h1>Hostile CSS</h1></header>
<main><p>This page's styles try to restyle everything; the widget in the corner must be unaffected.</p></main>
${tag(options.opd ?? "disdukcapil", options.lang ?? "id")}
</body>
</html>`;
}

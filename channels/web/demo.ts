/**
 * A sample OPD page with the widget embedded, served at `GET /demo`. Its CSS is deliberately
 * hostile (`* { font-size: 40px !important; color: red }`): the widget must look right anyway.
 */
export function demoPage(options: { opd?: string; lang?: "id" | "en" } = {}): string {
  const opd = options.opd ?? "disdukcapil";
  const lang = options.lang ?? "id";
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dinas Kependudukan dan Pencatatan Sipil Kota Kendari</title>
<style>
  * { font-size: 40px !important; color: red; font-family: "Comic Sans MS", cursive; }
  button, div, input, details, summary { background: yellow !important; border: 5px dashed lime !important; }
  body { margin: 0; padding: 16px; background: #fff8e1; }
  header { padding: 8px 0; }
</style>
</head>
<body>
<header><h1>Disdukcapil Kota Kendari</h1></header>
<main>
  <p>Dinas Kependudukan dan Pencatatan Sipil Kota Kendari melayani penerbitan KTP-el, Kartu Keluarga, akta kelahiran, akta kematian, dan surat pindah.</p>
  <p>Jam layanan: Senin–Jumat, 08.00–15.00 WITA. Jl. Balai Kota III No. 52B, Pondambea, Kadia.</p>
  <p>Punya pertanyaan? Klik tombol <strong>Tanya layanan</strong> di pojok kanan bawah.</p>
</main>
<script src="/widget.js" data-opd="${opd}" data-lang="${lang}" async></script>
</body>
</html>`;
}

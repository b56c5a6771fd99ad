/**
 * Public services and facts that city service standards and regulations like ours do not cover,
 * from general knowledge of Indonesian public administration: national agencies (land, tax,
 * immigration, police traffic, social security), utilities, schooling, religious affairs,
 * statistics. Written as normalised phrases (see `normalizeText`). A question about one of these,
 * naming none of the corpus's own services, is another agency's business.
 */
export const OUTSIDE_SERVICES: readonly string[] = [
  // land and taxes
  "bpn", "badan pertanahan", "sertifikat tanah", "sertipikat tanah", "balik nama tanah", "pbb", "pajak bumi", "pajak kendaraan", "pajak motor",
  "pajak mobil", "samsat", "stnk", "bpkb", "npwp", "pajak penghasilan", "spt tahunan",
  // immigration and traffic police
  "imigrasi", "paspor", "passport", "kitas", "kitap", "visa", "surat izin mengemudi", "sim a", "sim b", "sim c", "perpanjang sim", "bikin sim",
  "driving licence", "driving license", "tilang",
  // social security and aid
  "bpjs ketenagakerjaan", "kantor bpjs", "jht", "jaminan hari tua", "bansos", "pkh", "blt", "kartu prakerja", "prakerja",
  // utilities
  "pdam", "tagihan air", "pln", "token listrik", "tagihan listrik", "sampah", "retribusi sampah",
  // schooling and religious affairs
  "ppdb", "penerimaan peserta didik", "kua", "buku nikah", "nikah di kua", "sertifikasi halal", "haji", "umrah",
  // civil-service jobs, pay and budgets
  "cpns", "pppk", "civil servant", "tambahan penghasilan", "gaji pegawai", "pagu anggaran",
  // statistics and news
  "jumlah penduduk", "population", "cuaca", "weather", "berita terbaru", "harga tiket", "jadwal kapal", "jadwal pesawat",
];

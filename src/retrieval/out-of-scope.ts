/**
 * Signs that a question is about something the corpus cannot answer, however well its words
 * match: the regulations and service standards name no office holder, cover only their own
 * cities, and hold only their own legal texts. Each sign is a general class of question, not a
 * list of past questions.
 */
import type { CorpusIndex } from "../index/corpus-index.js";
import { normalizeText, SENTENCE_END } from "../text/normalize.js";
import { alreadyHas, componentIntents, LOST_WORDS, mentionedServices, serviceMentions } from "./intent.js";
import { namedBesideAnotherErrand, OUTSIDE_SERVICES } from "./outside-services.js";
import { asksOtherLawsContent, MAYORS_REGULATION_NAMED, quotesOtherLawsPasal, unknownLawAsked, unknownLawKind } from "./unknown-laws.js";
import { hasServiceStandards, knownPlace, OFFICE, OTHER_PLACES, pointsToOtherPlace } from "./places.js";
import { OFFICIAL_CHANNEL_ASKED, type QueryScope } from "./query-analysis.js";
import { CHECKS_TRUTH } from "./question-focus.js";

export type OutOfScopeReason = "person" | "other_place" | "other_law" | "other_service" | "live_status" | "opinion" | "practice";

/**
 * The bot's own opinion or a prediction ("menurut kamu, bakal dihapus?", "what do you think … will"):
 * the sources hold neither. A fact asked politely ("menurut anda syarat KTP apa?") is not one.
 */
const JUDGEMENT =
  /\b(bakal|dihapus|diganti|dibubarkan|setuju|efektif|berhasil|gagal|bagus|buruk|agree|effective|successful|abolish\w*|scrap\w*|good idea|bad idea|nicest|safest|will be|akan|next year|tahun depan|waived|digratiskan|dihapuskan)\b/;
const OPINION =
  /\b(menurut (kamu|km|anda|mu|lo|lu|elo|pendapatmu)|pendapat (kamu|anda|mu|jujur|pribadi)|what do you think|in your (opinion|view)|do you think|your (personal |honest )?opinion|(honest|personal) opinion|prediksi\w*|ramal\w*|predict\w*)\b/;

/**
 * How far the rules have been carried out: whether a system "sudah terintegrasi", an architecture "sudah
 * ditetapkan", an audit done ("has … implemented"). The regulations say what must be done, not what has
 * been; a regulation's own legal status ("Perwali 37 sudah berlaku?") is a document fact, not this.
 */
const DONE = String.raw`(terintegrasi|diintegrasikan|diterapkan|diimplementasikan|dilaksanakan|berjalan|dibangun|dibentuk|ditetapkan|diaudit|diluncurkan|diresmikan|direalisasikan|tercapai|terlaksana|integrated|implemented|launched|established|set up|audited|rolled out|in place|up and running)`;
/**
 * What came of the rules in a given year ("hasil audit tahun 2024", "indeks SPBE 2023"), or a figure of a
 * year ("tahun 2024 menerima berapa keping blangko?"): not the law. A year after "nomor N tahun" is a citation.
 */
const RESULTS_OF_YEAR =
  /(?<!(nomor|no)? ?\d+ )\b(tahun|in|during|pada)( the)? 20\d\d\b.{0,80}\b(berapa|brp|how many|how much)\b|\b(berapa|brp|how many|how much)\b.{0,80}(?<!(nomor|no)? ?\d+ )\b(tahun|in|during|pada) 20\d\d\b|\b(hasil|temuan|realisasi|capaian|nilai|skor|indeks|peringkat|ranking|score|results?|findings?|outcomes?)\b(?:(?! nomor \d+ tahun).){0,60}?\b(?<!(nomor|no)? ?\d+ )(tahun |th |in )?20\d\d\b|\b(nilai|skor|indeks|peringkat|ranking|score|index|rating)\b.{0,60}\b(terbaru|terakhir|latest|most recent|last year|tahun lalu|tahun ini|this year|evaluasi nasional|national evaluation)\b/;
const PRACTICE = new RegExp(
  String.raw`(?<!\b(yang|yg|which|that) )\b(sudah|sdh|udah|udh|telah|belum|already|yet)\b( \w+){0,2} (benar benar |betul betul |resmi |really |actually )?${DONE}\b|\b(has|have) (?!to\b)(\w+ ){1,3}(already )?${DONE}\b`,
);
/** Being in force, revoked or enacted is the regulation's own status (answered from the index). */
const LEGAL_STATUS = /\b(berlaku|dicabut|diundangkan|in force|revoked|repealed|enacted)\b/;
/** What the rules oblige ("wajib", "menurut aturan"): naming the regulation alone ("yang diamanatkan Perwali 1/2022") does not make a practice question a rule question. */
const OBLIGATION = /\b(menurut|wajib|harus|kewajiban|diatur|according to|must|required)\b/;
/** A question about what the rules say ("menurut Perwali", "dasarnya pasal berapa", "under the regulation"), not about practice. */
const ASKS_RULE = /\b(menurut|dasar\w*|pasal|ayat|aturan\w*|peraturan|perwali|wajib|harus|kewajiban|diatur|according to|under the|regulation|must|required)\b/;
/** News about the city's systems: an incident, a breach, a hack ("kebocoran data bulan lalu"). */
const INCIDENT =
  /\b(kebocoran data|data (warga |penduduk )?(yang )?bocor|bocor\w*|diretas|peretasan|dibobol|hack\w*|data breach|breach|leaked|serangan siber|cyber ?attack|ransomware)\b.{0,80}\b(bulan lalu|minggu lalu|tahun lalu|kemarin|kemaren|baru baru ini|barusan|last (week|month|year)|recently|yesterday)\b|\b(apa benar ada|benarkah ada|is it true that there was)\b.{0,60}\b(kebocoran|bocor|diretas|peretasan|hack\w*|breach|leak\w*)\b|\b(pernah|ever|has it been|have there been|was it)\b( \w+){0,3} (diretas|dibobol|bocor|kebobolan|mengalami kebocoran|hacked|breached|leaked)\b|\b(diretas|kebocoran data|peretasan|hacked|data breach)\b.{0,60}\b(tahun ini|bulan ini|this year|this month|ada beritanya|beritanya|in the news|news)\b/;

/** When and by whom an office or building was inaugurated: news, not the rules ("MPP diresmikan kapan dan oleh siapa?"). */
const INAUGURATED =
  /\b(diresmikan|peresmian|meresmikan|inaugurated|inauguration)\b.{0,30}\b(kapan|kapankah|tanggal berapa|oleh siapa|siapa|when|by whom|who)\b|\b(kapan|when( was| were)?|siapa yang)\b.{0,60}\b(diresmikan|meresmikan|peresmian|inaugurated)\b/;

/**
 * Counts of people or cases over a period or at present ("berapa jumlah aduan sepanjang 2024", "how many foreigners
 * are registered in Kendari right now"): statistics, which the rules and standards do not hold.
 */
const COUNTS =
  /\b(berapa (jumlah|banyak|total)|berapa(?= (opd|perangkat daerah|instansi|orang|warga|pemohon|aduan|laporan)\b)|jumlah|how many|what (share|percentage|proportion|number) of|berapa persen)\b.{0,50}\b(aduan|pengaduan|laporan|keluhan|warga|penduduk|orang asing|wna|foreigners|people|residents|complaints|reports|applications|applicants|pemohon|penerima|recipients|users|pengguna|opd|perangkat daerah|instansi|agencies|departments)\b|\b(dipakai|dipake|digunakan|diunduh|didownload|used|downloaded)\b.{0,20}\bberapa orang\b|\bberapa orang\b.{0,20}\b(pakai|memakai|menggunakan|mengunduh|download|pengguna)\b/;
/** What makes a count a statistic: cases received or registered, or a period ("sepanjang 2024", "tahun ini", "since launch"). */
const COUNTED =
  /\b(masuk|diterima|terdaftar|tercatat|registered|received|living|filed|submitted|used|have used|menggunakan|memakai|dipakai|dipake|digunakan|sejak|since|sepanjang|selama|per (tahun|bulan)|tahun ini|bulan ini|this (year|month)|right now|saat ini|sekarang|20\d\d)\b/;
/** A rating of satisfaction: a survey's result. */
const SATISFACTION = /\b(tingkat|indeks|nilai|skor|rating) kepuasan\b|\bsatisfaction (rating|score|index|level|survey)\b/;
/** Asking what a figure came to, not how to give one ("berapa nilai kepuasannya", not "cara memberi nilai kepuasan"). */
const ASKS_FIGURE = /\b(berapa|brp|what('?s| is| was| were)|how (high|good|well)|naik|turun|hasil\w*|results?|score[sd]?|skor\w*)\b/;

/**
 * How things stand right now (stock, crowds, outages): "blangko lagi kosong minggu ini?", "is there a
 * shortage at the moment?". Regulations and standards say how a service works, not its state today.
 * Not a problem the asker wants to report ("aplikasi lagi error, lapor kemana?").
 */
const NOW = String.raw`(lagi|sedang|masih|saat ini|sekarang|skrg|hari ini|ini hari|pagi ini|siang ini|sore ini|minggu ini|bulan ini|today|this morning|right now|currently|this week|at the moment)`;
const STATE = String.raw`(ada stok|stok\w*|stock|kekurangan|langka|ramai|rame|penuh|sepi|gangguan|error|down|offline|out of stock|shortage|crowded|busy|(udah|udh|sudah|sdh) (sampai )?(nomor|no) (berapa|brp))`;
/** Whether a queue is long is always a question about now ("antrean di loket hari ini panjang nggak?"). */
const QUEUE_LONG = /\b(antrean|antrian|antre|antri|queue)\w*( \w+){0,7} (masih )?(se|seberapa |berapa )?(panjang|long)\b/;
/** "Empty" and "run out" only of a supply ("blangko … kosong"); "habis lahiran" means "just after giving birth". */
const SUPPLY_OUT = String.raw`(blangko|stok|stock|kuota|formulir)\w*\b.{0,60}\b(kosong|habis)`;
/** When a supply runs again ("kapan blangko KTP-el datang lagi?", "when will the blanks be back in stock?"): news, not the rules. */
const SUPPLY_BACK =
  /\b(blangko|stok|stock|kuota|blanks?)\w*\b( \S+){0,6} (datang|masuk|tersedia|ada|dikirim|tiba|back|arrive|available|in stock)( \S+){0,2} (lagi|lg|kembali|again|bulan ini|minggu ini|tanggal|this (month|week))\b/;
/** Whether a supply has run out, asked in any tense ("Blangko KTP-el skrg lagi kosong ka?"): only the office knows today's stock. */
const SUPPLY_ASKED =
  /^(?!.*\b(kalau|kalo|klo|jika|bila|apabila|if|seandainya|misalnya)\b).*(\b(blangko|stok|stock|blanks?)\w*\b.{0,60}\b(kosong|habis|out of stock|ran out|run out|running out)\b|\bblangko(?! formulir)\w*\b.{0,80}\b(ada stok\w*|stok\w* (ada|tersedia|masih)|(masih )?(ada|tersedia)( ji| gk| ga| gak| nggak| tidak| kah| ya| min| atau| ato| tdk)*\s*\?)|\b(any|have) (\S+ )?blanks?\b.{0,30}\b(in stock|left|available)\b|\bblanks?\b.{0,30}\b(available|in stock|left)\b.{0,30}\b(today|now|this (morning|week))\b)/;
/** A change to come ("thn depan biaya SKCK bakal digratiskan ga?", "will the fee go up next year?"): news, not the rules. */
const FUTURE_CHANGE =
  /\b(tahun depan|thn depan|th depan|bulan depan|next (year|month)|ke depan(nya)?|in the future)\b.{0,60}\b(biaya|tarif|harga|retribusi|fee|fees|cost|price|rate)\w*( \w+){0,4} (bakal|akan|will|going to)( \w+){0,3} (naik|turun|digratiskan|gratis|dihapus|dihapuskan|berubah|diubah|dinaikkan|diturunkan|go up|rise|increase|drop|become free|be free|change|be abolished)\b|\b(bocoran|leak(ed)?)\b.{0,30}\b(dari )?(pemerintah|pemkot|dinas|government|city)\b/;
/** Our complaint channel, named in any words ("file a complaint through LAPOR", "aduan lewat SP4N"). */
const COMPLAINT_CHANNEL = /\b(lapor(?! (ke |kepada )?(polisi|polsek|polres\w*|kepolisian))|sp4n|pengaduan|complaint)\b/;
/**
 * Whether a body or system the rules provide for has been set up yet ("Tim Koordinasi sudah dibentuk belum, siapa
 * ketuanya?", "has the data centre been built yet?"): news of their implementation, not the rules.
 */
const IMPLEMENTED =
  /\b(sudah|udah|udh|sdh|telah)\s+(dibentuk|terbentuk|dibangun|diterapkan|dilaksanakan|diluncurkan|dijalankan|direalisasikan|terealisasi|beroperasi)\s*(belum|blm|atau belum|apa belum)\b|\b(has|have)\b( \S+){1,4} (been |already been )?(set up|formed|established|built|implemented|launched|rolled out) yet\b/;
/** A schedule for a date to come ("jadwal jemput bola bulan ini", "job fair this month"): not in the standards. */
const DATED_SCHEDULE =
  /\b(jadwal\w*|schedule\w*|job fair|bursa kerja)\b[^.?!]{0,100}\b(bulan ini|minggu ini|pekan ini|besok|lusa|this (week|month)|next (week|month)|tomorrow)\b/;
/**
 * Where the asker's own application stands ("KTP saya sudah dicetak atau belum?", "sdh jadi blm?"), and news
 * of an opening ("katanya wali kota resmikan MPP cabang minggu kemarin"): an officer or the news knows, not the standards.
 */
const OWN_STATUS =
  /\b(my|our|her|his)\b.{0,40}\b(has|have|is|are)( \S+){0,3} (been )?(printed|issued|processed|approved|signed|finished|ready|forwarded)( \S+)? yet\b|\b(dicek|cek|cekkan|periksa)\w* (sudah|sdh|udah|udh) (diteruskan|diproses|ditindaklanjuti|sampai)\b|\b(mohon|tolong|tlg|bisa|please)( \S+)? (dicek|cek|dicekkan|diperiksa|periksa|check)\w*( \S+)? (apakah|apa|whether|if)\b.{0,80}\b(sudah|sdh|udah|udh|telah|already|been)( \S+)? (ditandatangani|diteken|terbit|diterbitkan|keluar|diproses|disetujui|selesai|diteruskan|signed|issued|approved|processed)\b|\b(cek|mengecek|dicek|check|periksa|memeriksa)\w*( \S+){0,2} (sudah |sdh |udah )?(sampai )?(tahap|sejauh) (mana|apa)\b(?! (selanjutnya|berikutnya|lagi|next))|\b(tanya|cek|check|lihat|know) (status|progres|perkembangan) (usulan|laporan|aduan|pengaduan|permohonan|pengajuan|berkas|pendaftaran)\w*( \S+)? (sa|saya|sy|aku|kami|gue|gw)\b|\b(sudah|sdh|udah|udh) masuk (dtsen|dtks|data|sistem|database|daftar)( \S+)? (kah |apa |atau |ato )?(belum|blm|blom)\b|\b(can|could|would) you (please )?(check|look up|find out|track|see)\b.{0,60}\b(already|yet) (been )?(forwarded|processed|approved|handled|responded|signed|issued|received|sent)\b|\b(tolong|tlg|mohon|bisa|bs|please|can you)( \S+)? (dicek|cek|cekin|cekkan|diperiksa|periksa|check|track|lacak|dilacak)\w*( \S+){0,3} (status|progres|progress|perkembangan)\w*\b|\b(sudah|sdh|udah|udh) (diteruskan|diterusin|ditindaklanjuti|dibalas|ditanggapi|direspon|direspons|diverifikasi)\b( \S+){0,5} (belum|blm|blom)\b|\b(sudah|sdh|udah|udh) (jadi|dicetak|tercetak|terbit|selesai|keluar|diproses|diambil)( atau| apa| ato)? (belum|blm|blom)\b|\b(sudah|sdh|udah|udh) (diproses|ditangani|ditindaklanjuti|sampai) (sampai |sejauh )?mana\b/;
const HOW_TO_CHECK = /\b(cara\w*|di ?mana|dmn|lewat|gimana|bagaimana|how|where|online|aplikasi|website|web|di (oss|sistem))\b/;
/** Asked of the whole message: how, online, where to go, or a rule's time limit ("… caranya gimana?", "batas waktunya berapa hari?"). */
const ASKS_HOW_OR_RULE =
  /\b(cara\w*|how|ke ?mana|(harus|hrs|perlu) ke|(cek|dicek|check)\w*( \S+){0,4} (online|aplikasi|website)|(online|aplikasi|website)( \S+){0,3} (cek|dicek|check)\w*|batas waktu\w*|berapa (lama|hari)|brp (lama|hari)|paling lambat)\b/;
const OPENING_NEWS =
  /\b(katanya|kabarnya|dengar|denger|infonya|is it true|i heard)\b(?=.{0,140}\b(resmikan|meresmikan|diresmikan|launched|opened|dibuka|tutup|ditutup|closed|libur|shut)\b)(?=.{0,140}\b(kemarin|kemaren|minggu lalu|bulan lalu|last (week|month)|recently)\b)/;
const LIVE_STATUS = new RegExp(String.raw`\b${NOW}\b.{0,40}\b(${STATE}\b|${SUPPLY_OUT}\b)|\b(${STATE}|${SUPPLY_OUT})\b.{0,20}\b${NOW}\b`);
const REPORTS = /\b(lapor\w*|melapor\w*|adu\w*|mengadu|komplain|keluhan|report\w*|complain\w*)\b/;
/** Another way to be served while things stand so ("lagi error, bisa datang langsung?"): the standards answer that. */
const ALTERNATIVE =
  /\b(bisa|bs|boleh|dapat|tetap|lewat|langsung|selain|alternatif\w*|online|daring|nomor antrean|nomor antrian|can|could|still|instead|queue number)\b/;

/** Asks who holds an office now, or a person's name: no regulation or standard names people. */
const PERSON =
  /\b(siapa|who)\b.{0,60}\b(nama(nya)?|name|sekarang|saat ini|menjabat|current(ly)?|now|incumbent)\b|(?<!\b(ke|kepada|oleh|dari|to|by) )\b(siapa|who is|who's)( the)? (kepala (dinas|kantor|badan|bagian|bidang)|kadis|head of (the )?\w+)\b(?!.{0,80}\b(yang (ditunjuk|berwenang|bertanggung jawab|menetapkan|menerima)|menurut|sebagai|according to|responsible|in charge of|receives?)\b)|\b(nama|name of)\b(?:(?!tanda tangan|ttd|stempel|cap\b).){0,40}\b(wali ?kota|wakil wali ?kota|kepala (dinas|badan|bagian|kantor|bidang|seksi|sub ?bagian|upt\w*)|kabid|kadis|lurah|camat|sekda|gubernur|bupati|mayor|head of|governor)\b|\b(siapa|who|which)( is| was)?( the)?( \w+)? (mayor|wali ?kota|walikota|gubernur|governor)\b( \w+)? (that|who|yang|yg) (signed|menandatangani|meneken|neken|teken|tanda ?tangan\w*|mengesahkan|enacted)\b( \S+){0,3} (perwali|perwal|peraturan|regulation|perda|it)\b|\b(ditandatangani|diteken|signed)( oleh| by)?( the)? (wali ?kota|walikota|mayor) (siapa|who|whom)\b|\bwho signed (perwali|the regulation|it)\b|\b(current|incumbent)\b.{0,20}\b(mayor|head|governor|director|minister)\b|\b(siapa|who|which)( is| are| was)?( the)? (vendor|kontraktor|rekanan|perusahaan|contractor|company|firm)\w* (yang |yg |that |who )?(membangun|mengembangkan|membuat|bikin|ngembangin|built|developed|made|created)\b/;

/** Who or what is behind an app ("what AI model or vendor is behind Chatina", "pakai ChatGPT?"): not in the rules. */
const TECHNOLOGY_BEHIND =
  /\b(vendor|developer|company|model|ai|engine|platform|teknologi|perusahaan|pengembang)\b.{0,40}\b(behind|di balik|dibalik)\b|\b(built on|based on|powered by|runs on|pakai|memakai|menggunakan|berbasis|dibangun (dengan|pakai|di atas))\s+(chatgpt|openai|gpt[- ]?\d*|gemini|llama|claude|copilot)\b|\b(what|which|apa)( ai| llm)? (model|engine|platform|technology|teknologi)\b.{0,30}\b(run|runs|use|uses|pakai|memakai|menggunakan|berbasis)\b|\b(company|vendor|perusahaan|pengembang|developer)\b.{0,20}\b(developed|built|made|membuat|mengembangkan|membangun)\b|\b(aplikasi|app|chatina|chatbot|bot|ai)\b.{0,40}\b(dibuat|dibikin|dibangun|dikembangkan|built|made|developed) (sama|oleh|by|dari) (vendor|perusahaan|company|developer)\b|\bbuatan (vendor|perusahaan|company) (apa|mana)\b/;

/** A private provider recommended ("can you recommend a sworn translator", "rekomendasi biro jasa"): not the city's to name. */
const RECOMMEND_PROVIDER =
  /\b(recommend|rekomendasi\w*|sarankan|saranin|suggest)\b.{0,30}\b(translator|penerjemah|notaris|notary|lawyer|pengacara|advokat|biro jasa|agent|agen|consultant|konsultan|fotografer|photographer|studio foto|photo studio|tukang|contractor|kontraktor)\b/;

/** Words of a comparison of speed or cost ("lebih cepat", "faster", "cheaper"). */
const COMPARED = /\b(lebih (cepat|lama|murah|mahal|mudah|gampang|ribet|lambat)|faster|slower|quicker|cheaper|more expensive|easier)\b/;
/** A service or an errand right before "di <place>" ("sktm di kota baubau"), not a stay there ("liburan di Bali"). */
const ERRAND_OR_SERVICE = String.raw`(sktm|skck|ktp|el|kk|kia|akta|akte|kelahiran|kematian|nib|pbg|kuning|ak1|keramaian|skpwni|pindah|urus\w*|bikin|buat|syarat\w*|biaya\w*|bayar|daftar|jadi\w*|lama\w*|proses\w*)`;
/** Renting a city building, room or server ("sewa aula Balai Kota", "rent server space at the data center"): not a service standard. */
const RENT = String.raw`(sewa\w*|menyewa|disewa\w*|rent(al|ing)?|lease)`;
const PLACE_TO_RENT = String.raw`(aula|gedung|ruang\w*|balai|lapangan|server|hosting|pusat data|data cent(er|re)|venue|hall|room|space)`;
const RENTS = new RegExp(String.raw`\b${RENT}\b.{0,50}\b${PLACE_TO_RENT}\b|\b${PLACE_TO_RENT}\b.{0,50}\b${RENT}\b`);
/**
 * Services next to ours that name one of our documents but are not in the standards (legalising a
 * copy of a certificate is not issuing it), and self-paid BPJS contributions.
 */
const OTHER_ACT =
  /\b(legalisasi\w*|legalisir\w*|dilegalisir|dilegalisasi|melegalisasi|legali[sz]e[sd]?|legali[sz]ation|certified cop(y|ies))\b|\b(iuran|premi|daftar|mendaftar)\b( \w+){0,3} mandiri\b|\bmandiri kelas \d\b|\bself[- ]paid\b/;
/** A premium class ("premium for class 1"): BPJS's tariff, unless a service of ours (PBI-JK) is named. */
const PREMIUM_CLASS = /\b(iuran|premi|premium)\b( \w+){0,3} (kelas|class) (\d|i{1,3})\b/;
/** Whether a copy must be legalised for one of our services ("fotokopi ijazah harus dilegalisir?") is a requirement question. */
const LEGALISE_REQUIRED =
  /\b(perlu|harus|wajib|butuh|need\w*|must|required?)\b( \w+){0,5} (legalisasi\w*|legalisir\w*|dilegalisir|dilegalisasi|legali[sz]\w*)|\b(legalisasi\w*|legalisir\w*|dilegalisir|dilegalisasi|legali[sz]\w*)( \w+){0,3} (perlu|harus|wajib|butuh|syarat\w*|required?|dulu|terlebih dahulu)\b/;
/** Applying to, or at, another agency (normalised words). */
const AT_OTHER_AGENCY =
  /\b(daftar|mendaftar|pendaftaran|pengajuan|mengajukan|ajukan|permohonan|memohon|apply\w*|register\w*|submit\w*)\b( (?!soalnya|karena|krn|bilang|kata|katanya|atau|ato)\S+){0,12} (ke|kepada|di|to|with|at)( the)? (bsre|bssn|balai sertifikasi elektronik|kemnaker|kemenkumham|kua|kantor urusan agama|bpn|kantor pertanahan|kantor imigrasi|imigrasi|kpp|kantor pajak(?! daerah)|samsat|kantor bpjs|bpjs office|immigration( office)?|land office|tax office)\b/;
/** Its procedure, papers or time asked. */
const PROCEDURE_ASKED =
  /\b(prosedur\w*|cara\w*|syarat\w*|persyaratan|dokumen|berkas|berapa (lama|hari)|lamanya|hari kerja|how (do|can|long)|procedure|requirements?|documents?)\b/;
/** A fee, a time or a date asked ("biaya perkaranya brp", "how long", "kapan sidangnya"). */
const FIGURE_ASKED = /\b(biaya\w*|tarif\w*|bayar\w*|berapa|lama|kapan|jadwal\w*|how much|how long|when|fee|fees|cost)\b/;
/** An outside-list phrase that names a person's role ("ketua rt"), not an office or an errand. */
const PERSON_ROLE = /^(ketua|kepala|petugas|penerjemah|notaris|pengacara|bidan|dokter)\b/;
/** A requirement asked ("perlu", "wajib", "need"): a document named with one is asked of as a requirement, not as an errand. */
const REQUIREMENT_WORDS = /\b(perlu|harus|wajib|butuh|syarat\w*|need\w*|must|required?)\b/;
/**
 * The asker is a foreigner ("saya WNA", "I'm a foreigner", "with a KITAP"): the standards here
 * are for Indonesian residents; foreigners' civil registration has its own rules.
 */
const FOREIGN_ASKER =
  /\b(saya|sy|aku|i am|i'm|im|as an?|sebagai)\s+(seorang\s+|a\s+)?(wna|warga negara asing|warga asing|orang asing|foreigner|expat\w*|foreign (national|citizen|resident)|non-indonesian)\b|\b(with|have|holding|punya|pemegang|pakai)\s+(an?\s+)?(kitas|kitap)\b/;
/** Where someone works ("pegawai dinkes konawe", "staf dishub kolaka"): not the office asked about. */
const WORKS_AT = String.raw`(pegawai|staf|staff|kerja|bekerja|guru|honorer|pns|asn|karyawan)`;
/** Services that register a family's life events, whoever the asker is. */
const FAMILY_EVENTS = new Set(["akta-kelahiran", "akta-kematian", "kia"]);
/** The same documents with the errand after them ("akta cerainya diurus di mana"). */
const OTHER_DOCUMENT_ERRAND =
  /\b(akta (perceraian|cerai)|npwp|spt tahunan)(nya)? (\w+ )?(diurus|dibuat|didapat\w*|diterbitkan|keluar\w*|terbit\w*|dimana|di mana|cara (bikin|buat|membuat|urus|mengurus|daftar|dapat)\w*)\b/;
/**
 * Getting a document or a membership that other offices issue, or that is a different act from
 * ours although it shares a word with it: a divorce or marriage certificate, a tax number or
 * return, a self-paid BPJS membership, a foreigner's identity card, a driving licence. Only with a
 * verb of getting, applying or paying in front ("cara bikin NPWP", "get a KTP-el for foreigners"),
 * so a document listed as a requirement ("KK baru setelah cerai perlu akta perceraian?", "daftar NIB butuh NPWP?") is not one.
 */
const OBTAINS_OTHER_DOCUMENT = new RegExp(
  // Not one the asker never made ("soalnya sy blm pernah bikin NPWP"): their situation, asked of one of ours.
  String.raw`(?<!\b(?:belum|blm|tidak|tdk|gak|gk|ga|nggak|never|not)(?: pernah| ever)?\s)\b(cara|bikin|buat|membuat|urus|mengurus|ngurus|daftar|mendaftar|dapat|dapatkan|mendapatkan|memperoleh|terbitkan|menerbitkan|cetak|perpanjang|bayar|membayar|berapa|brp|how (do|can|to)|get|obtain|apply( for)?|register( for)?|renew|convert|pay)\b(\s+(?!butuh|perlu|pakai|pake|memakai|menggunakan|dengan|atau|dan|serta|wajib|harus|syarat\w*|need\w*|require\w*|with|using|or|and)\S+){0,2}?\s+` +
    String.raw`(akta (perceraian|cerai|perkawinan|pernikahan|pengakuan anak|pengesahan anak|pengangkatan anak)|npwp|spt( tahunan)?|(iuran )?bpjs( \w+)? mandiri|iuran( \w+)? mandiri|sim( \w+)? internasional|international driving (permit|licen[cs]e)|ktp( el)?( \w+){0,2} (wna|orang asing|warga negara asing|foreigners?))\b`,
);

/** A regional regulation by its kind ("perwali", "peraturan daerah", "city regulation"). */
const LOCAL_LAW = String.raw`(perwali|perwal|perwako|perbup|perda|pergub|peraturan (wali ?kota|walikota|bupati|daerah|gubernur)|(mayor'?s|mayoral|city|regency|regional) regulations?)`;

/** A law cited by kind and number or name that the corpus does not hold, asked about by its content. */
const LAW =
  /\b(uu|undang|undang[- ]undang|pp|peraturan pemerintah|perpres|peraturan presiden|permen\w*|peraturan menteri|perda|peraturan daerah|pergub|perbup|law|act)\b/;
const ASKS_CONTENT = /\b(pasal|ayat|isi(nya)?|bunyi(nya)?|article|says?|contents?)\b/;

/** A crime suffered, and a report of it to the police: the police's own procedure. */
const CRIME =
  /\b(broke into|break[- ]in|burglar\w*|burgled|robbed|robbery|theft|stolen|stole|mugged|assaulted|scammed|defrauded|dirampok|perampokan|dibegal|begal|dijambret|jambret|dibobol|kebobolan|kemalingan|pencurian|dicuri|kecurian|maling|penipuan|ditipu|dianiaya|penganiayaan|dipukul)\b/;
const POLICE_REPORT =
  /\b(police report|report (it |this |the \w+ )?to the police|(file|make) a (police )?report|report at the police|lapor(an)? (ke )?polisi|laporan polisi|lapor (ke )?(polsek|polres\w*|kepolisian)|melapor (ke )?(polisi|polsek|polres\w*))\b/;

/** The sentences of a message that ask with "?", normalised. */
function askingSentences(message: string): string {
  return normalizeText(
    message
      .split(SENTENCE_END)
      .filter((x) => x.trim().endsWith("?"))
      .join(" "),
  );
}

/**
 * Why a question is outside what the sources can answer, or null.
 *
 * @example
 * outOfScope("siapa walikota kendari skrg?", scope, index) // "person"
 * outOfScope("cara bikin akta lahir di kota baubau", scope, index) // "other_place"
 *
 * `focus` is the message's question clause (see `questionFocus`); some signs are read on it alone.
 */
export function outOfScope(question: string, scope: QueryScope, index: CorpusIndex, focus: string = question): OutOfScopeReason | null {
  const text = normalizeText(question);
  const raw = question.toLowerCase();
  const focusText = normalizeText(focus);
  const focusRaw = focus.toLowerCase();
  if (PERSON.test(text) || PERSON.test(raw) || (TECHNOLOGY_BEHIND.test(raw) && !ASKS_RULE.test(text))) return "person";
  // Another way to be served is read in the sentences that ask, when there are such: "tidak dapat masuk" in the story is no alternative asked.
  const asks = askingSentences(question) || text;
  if ((LIVE_STATUS.test(text) || LIVE_STATUS.test(raw) || QUEUE_LONG.test(text) || QUEUE_LONG.test(raw)) && !REPORTS.test(text) && !ALTERNATIVE.test(asks))
    return "live_status";
  if (DATED_SCHEDULE.test(focusText) || DATED_SCHEDULE.test(focusRaw)) return "live_status";
  // Asking how to check ("kalau mau tahu sudah jadi atau belum, cek di mana?") is a question about the service.
  // Read by sentence: the channel the story went through ("lapor lewat lapor.go.id …. tlg dicek statusnya") is not how to check.
  if ((raw.split(SENTENCE_END).some((x) => OWN_STATUS.test(x) && !HOW_TO_CHECK.test(x)) && !ASKS_HOW_OR_RULE.test(raw)) || OPENING_NEWS.test(raw))
    return "live_status";
  if ((OPINION.test(text) || OPINION.test(raw)) && (JUDGEMENT.test(text) || JUDGEMENT.test(raw))) return "opinion";
  const mentions = serviceMentions(question, index);
  const named = mentions.map((m) => m.serviceId);
  if (
    (PRACTICE.test(focusText) || PRACTICE.test(focusRaw)) &&
    !LEGAL_STATUS.test(text) &&
    !REPORTS.test(text) &&
    // Not of a service the question names (its standard says how it works), nor a question about what the rules oblige.
    !OBLIGATION.test(text) &&
    named.length === 0
  )
    return "practice";
  // A year's figures or results are not in the rules, whatever service they are about ("Tahun 2024 menerima berapa keping blangko KTP-el?").
  // A service's own fee or time asked with this year ("Tahun 2025 ini biaya bikin KTP berapa?") is still the standard's.
  const asksComponentOfNamed = named.length > 0 && componentIntents(text).length > 0;
  // The rule named only in the story ("Perwali Chatina kan mewajibkan evaluasi. Hasil evaluasi 2025 seperti apa?") does not make
  // the figures asked a question about the rule: it is read on the question clause.
  if (RESULTS_OF_YEAR.test(text) && !LEGAL_STATUS.test(text) && !ASKS_RULE.test(focusText) && !asksComponentOfNamed) return "practice";
  if ((INCIDENT.test(focusText) || INCIDENT.test(focusRaw)) && !ASKS_RULE.test(text)) return "live_status";
  if (INAUGURATED.test(text) || INAUGURATED.test(raw) || SUPPLY_BACK.test(text) || SUPPLY_BACK.test(raw)) return "live_status";
  // A change said to come and asked whether true ("katanya tahun depan retribusi PBG dihapus, betul?") is a claim to check.
  if (
    (SUPPLY_ASKED.test(text) || SUPPLY_ASKED.test(raw) || (FUTURE_CHANGE.test(text) && !CHECKS_TRUTH.test(text) && scope.regulations.length === 0)) &&
    !REPORTS.test(text)
  )
    return "live_status";
  if (IMPLEMENTED.test(text) || IMPLEMENTED.test(raw)) return "live_status";
  if (
    (((COUNTS.test(text) || COUNTS.test(raw)) && COUNTED.test(text)) ||
      (SATISFACTION.test(text) && ASKS_FIGURE.test(text) && !/\b(cara|bagaimana|gimana|how (do|can|to))\b/.test(text))) &&
    !ASKS_RULE.test(focusText)
  )
    return "practice";
  if (scope.cities.length === 0 && scope.regulations.length === 0) {
    // Another place in the question clause; in the story only ("lg dinas luar ke Kolaka"), it is where the asker is, not what they ask about.
    const words = ` ${focusText} `;
    // Not where a document was lost ("lost my e-KTP somewhere between Jeddah and Makassar … what do I need?"): its replacement is ours.
    const lostThere = new RegExp(String.raw`\b${LOST_WORDS}\b`).test(words);
    for (const place of OTHER_PLACES) if (words.includes(` ${place} `) && !knownPlace(place, index) && !lostThere) return "other_place";
  }
  // Another place's office or service, even when the message also names Kendari ("dukcapil kota makassar … sy kerja di
  // kendari", "sktm di kota baubau brp lama? sama kayak di kendari?"). Not a move, a lost document or a life event
  // between the two ("SKPWNI dari Dukcapil Makassar", "surat kehilangan dari polres Kolaka", "lahir di baubau").
  const LAW_WORD = new RegExp(`\\b${LOCAL_LAW}\\b`);
  const between = /\b(pindah\w*|dari|asal|kehilangan|hilang)\b/.test(text);
  const lifeThere = /\b(lahir|tinggal|domisili|meninggal|menikah|nikah|kerja|bekerja|kuliah|sekolah)\b/.test(text);
  for (const place of OTHER_PLACES) {
    if (knownPlace(place, index)) continue;
    // Its service compared with ours ("Is getting an e-KTP faster in Kendari or in Makassar?"): we hold only our own standard.
    if (
      !between &&
      new RegExp(`\\b(atau|ato|or|vs|versus|dibanding\\w*|compared (to|with)|than)( (di|in))? (kota |kabupaten |kab )?${place}\\b`).test(text) &&
      COMPARED.test(text)
    )
      return "other_place";
    // Asked of that place's office ("syaratnya di Dukcapil Baubau sama nggak dengan di Kendari?") though the document was lost
    // there or the asker moved there; the move itself still starts at the old place's office ("urus SKPWNI dulu di Dukcapil Makassar?").
    if (!named.includes("pindah-datang") && new RegExp(`\\b(di|at|in) ${OFFICE} (kota |kabupaten |kab |provinsi )?${place}\\b`).test(focusText))
      return "other_place";
    // That office's own address, number or opening days asked ("what's the address of Disdukcapil Baubau", "dukcapil makassar
    // itu buka hari sabtu gk?"), though something was lost or the asker moves there.
    if (
      new RegExp(
        `\\b(alamat|address|nomor (telepon|telp|hp|wa)|phone number|jam (buka|layanan|operasional)|opening hours)\\b.{0,40}\\b${OFFICE} (kota |kabupaten |kab |provinsi )?${place}\\b|\\b${OFFICE} (kota |kabupaten |kab |provinsi )?${place}\\b( \\S+){0,2} (buka|open|tutup|closed|alamat\\w*|address)\\b`,
      ).test(text)
    )
      return "other_place";
    if (between) continue;
    if (new RegExp(`(?<!\\b${WORKS_AT} )\\b${OFFICE} (kota |kabupaten |kab |provinsi )?${place}\\b`).test(text)) return "other_place";
    if (!lifeThere && new RegExp(`\\b${ERRAND_OR_SERVICE} (di|in) (kota |kabupaten |kab |provinsi )?${place}\\b`).test(text)) return "other_place";
    // That place's own regulation ("Apakah Kota Baubau juga punya Perwali tentang SPBE seperti Kendari?").
    if (!lifeThere && LAW_WORD.test(text) && new RegExp(`\\b(kota|kabupaten|kab|pemkot|pemkab|provinsi|city of|regency of) ${place}\\b`).test(text))
      return "other_place";
    // Asked whether there is one there ("apa di Baubau jg ada aplikasi kayak Chatina?"), whoever lives there.
    if (
      new RegExp(
        `\\b(di|in) (kota |kabupaten |kab )?${place} (juga |jg |also )?(ada|punya|has|have)( \\S+){0,3} (aplikasi|app|chatbot|perwali|peraturan|regulation|portal)\\b`,
      ).test(text)
    )
      return "other_place";
    // Asked whether it has one ("Does Makassar have a Perwali like Kendari's?", "makassar jg punya perwali spbe?").
    if (!lifeThere && new RegExp(`\\b${place} (juga |jg |also )?(have|has|punya|memiliki|mempunyai) (a |an |its own |their own )?${LOCAL_LAW}\\b`).test(text))
      return "other_place";
  }
  // A service asked of another place named before and pointed to ("sy tinggal di baubau. disana ada antrian online?").
  if (
    /\b(di ?sana|disana|sana|over there|(office|counter|branch|dukcapil|kantor) there)\b/.test(`${focusText} ${raw}`) &&
    !between &&
    pointsToOtherPlace(`${text} ${raw}`, index)
  )
    return "other_place";
  // A service asked of a city whose regulations we hold but whose service standards we do not ("syarat KTP-el di
  // Kota Probolinggo"): that city's own standard answers it, not Kendari's. Complaints are not such a service: a
  // city's own regulation may govern them ("pengaduan masyarakat lewat Portal Emas Probolinggo").
  const namedInFocus = focus === question ? named : mentionedServices(focus, index);
  // A document the asker already has ("akta kematiannya sudah jadi") is not the errand asked about.
  const had = mentions.filter((m) => alreadyHas(text, m.words)).map((m) => m.serviceId);
  // One of ours named only to compare ("perpanjang SIM bisa di MPP jg kah kayak skck?") is not the errand asked about either.
  // Nor one of ours named as what another errand prepares for ("bikin sertifikat di BPN … buat persiapan urus PBG").
  // Read on the message as sent: `question` may hold its rewriting after a newline, which names every service twice.
  const sent = normalizeText(question.split("\n")[0]!);
  const compared = mentions.filter((m) => namedBesideAnotherErrand(sent, m.words)).map((m) => m.serviceId);
  // Nor one the asker says they are not in ("sy pekerja lepas, bukan PBI").
  const denied = mentions.filter((m) => new RegExp(`\\b(bukan|non|not an?|not)( peserta| penerima)? ${m.words}\\b`).test(text)).map((m) => m.serviceId);
  const documentServices = named.filter((id) => id !== "pengaduan" && !had.includes(id) && !compared.includes(id) && !denied.includes(id));
  if (!between && scope.cities.length > 0 && scope.cities.every((c) => !hasServiceStandards(c, index)) && documentServices.length > 0) return "other_place";
  // Another agency's service, asked in a message that names none of ours, or in a question clause that
  // names none of ours ("sy baru pindah ke Kendari. Gimana cara urus surat izin praktik?").
  // Not as the purpose of one of ours ("SKTM untuk pendaftaran sekolah") or a requirement asked of the question clause.
  // A phrase with "-nya" on its last word counts too ("izin praktiknya").
  // The asker's own role ("sy ketua RT, ada warga meninggal") is not the topic either.
  // Another office only as where to go for one of ours ("iuran dibayar pemerintah … daftarnya langsung ke kantor BPJS?").
  const asked = askingSentences(focus);
  const asPlace = (t: string) => (documentServices.length > 0 ? t.replace(/\b(ke|di|at|to)( the)? (kantor|office) \S+( \S+)?/g, " ") : t);
  const outside = (t: string) =>
    OUTSIDE_SERVICES.some(
      (p) =>
        (` ${t} `.includes(` ${p} `) || ` ${t} `.includes(` ${p}nya `)) &&
        // "SKCK … for a visa": one of ours asked for another's errand; "requirements for a KITAS" asks the errand itself.
        !new RegExp(`\\b(untuk|utk|buat|for|keperluan)${named.length > 0 ? "( (a|an|the|my|her|his|our|their))?" : ""} ${p}\\b`).test(t) &&
        !new RegExp(`\\b(saya|sy|aku|aq|gue|gw|kami|sebagai|selaku|i am|i'm|as an?) ${p}\\b`).test(t) &&
        // Nor the people a message is addressed to or done by ("imbauan kepada para ketua RT", "dilaporkan oleh ketua RT").
        !(PERSON_ROLE.test(p) && new RegExp(`\\b(kepada|para|oleh)( para| semua| seluruh)? ${p}\\b`).test(t)) &&
        // A document the asker lacks ("buku nikahnya jg belum ada", "tanpa buku nikah") is their situation, not their errand.
        !new RegExp(
          `\\b(tidak|tak|ga|gak|gk|nggak|belum|tanpa|no|without)( (ada|punya|memiliki|have|a))? ${p}\\b|\\b${p}(nya)?( \\w+)? (juga |jg )?(belum|tidak|tak|ga|gak|gk|nggak) (ada|punya)\\b`,
        ).test(t),
    );
  if (
    scope.regulations.length === 0 &&
    // "Lapor" names the complaints service, but "lapor SPT tahunan" is still the tax office's errand.
    // Read as written too: normalising reads "SPT" as the chat abbreviation for "seperti".
    // A complaint through our channel about another agency's service ("garbage not collected … filed on LAPOR, how long
    // until they respond?") asks about the complaint, unless its question clause asks for that other service.
    (((outside(text) || outside(raw.replace(/[^\p{L}\p{N}]+/gu, " ").trim())) &&
      documentServices.length === 0 &&
      // The city's official site or app asked, another agency's errand only in the story ("link bansos … nama domain resmi pemkot apa?").
      !(OFFICIAL_CHANNEL_ASKED.test(focusText) && !outside(focusText)) &&
      !((named.includes("pengaduan") || COMPLAINT_CHANNEL.test(raw)) && !outside(focusText) && !outside(focusRaw))) ||
      (outside(asPlace(focusText)) && namedInFocus.filter((id) => id !== "pengaduan").length === 0 && !REQUIREMENT_WORDS.test(focusText)) ||
      // The same of the sentences that ask with "?", when the focus also holds the story they point back to ("mau bikin akte
      // …, kata org hrs isbat nikah dulu. itu biaya perkaranya brp?").
      (asked !== focusText &&
        FIGURE_ASKED.test(asked) &&
        outside(asked) &&
        mentionedServices(asked, index).filter((id) => id !== "pengaduan").length === 0 &&
        !REQUIREMENT_WORDS.test(asked)))
  )
    return "other_service";
  // Legalising as a requirement of one of ours ("fotokopi ijazah harus dilegalisir?"), not "legalisir … bisa di MPP atau harus ke Dukcapil?".
  const legalisingForOurs = LEGALISE_REQUIRED.test(text) && named.length > 0;
  if (
    scope.regulations.length === 0 &&
    ((OTHER_ACT.test(text) && !legalisingForOurs) ||
      (PREMIUM_CLASS.test(raw) && named.length === 0) ||
      OBTAINS_OTHER_DOCUMENT.test(text) ||
      OBTAINS_OTHER_DOCUMENT.test(raw) ||
      OTHER_DOCUMENT_ERRAND.test(text))
  )
    return "other_service";
  // A foreigner's own papers are immigration's; their child's birth or a death in the family is registered here all the same.
  const familyEvent = named.some((id) => FAMILY_EVENTS.has(id));
  if (scope.regulations.length === 0 && (FOREIGN_ASKER.test(text) || FOREIGN_ASKER.test(raw)) && !familyEvent) return "other_service";
  // A crime reported to the police, no document of ours lost with it ("someone broke into my café … how do I file a police report?").
  if (documentServices.length === 0 && CRIME.test(raw) && POLICE_REPORT.test(raw)) return "other_service";
  if (RECOMMEND_PROVIDER.test(raw)) return "other_service";
  // Renting, not for one of our services ("gedung yang disewa … izin keramaian") or by an office ("OPD menyewa server").
  const rentsForOurs = namedInFocus.length > 0 || /\b(opd|perangkat daerah|dinas|instansi|agency|department)\b/.test(text);
  if (scope.regulations.length === 0 && (RENTS.test(text) || RENTS.test(raw)) && !rentsForOurs) return "other_service";
  if (scope.regulations.length === 0 && LAW.test(text) && ASKS_CONTENT.test(text) && !/\b(perwali|peraturan wali ?kota|wali ?kota)\b/.test(text))
    return "other_law";
  if (scope.regulations.length === 0 && unknownLawAsked(text, index)) return "other_law";
  // A kind of regulation we never hold, asked in a sentence that names none of ours ("Apakah Pemprov sudah memiliki Pergub
  // tentang SPBE? … apakah Perwali 41/2021 wajib menyesuaikan?").
  if (question.split(SENTENCE_END).some((x) => x.trim().endsWith("?") && !MAYORS_REGULATION_NAMED.test(x) && unknownLawKind(normalizeText(x), index)))
    return "other_law";
  if (quotesOtherLawsPasal(text) || asksOtherLawsContent(text)) return "other_law";
  // An application made at another agency, its procedure, papers or time asked in a question clause that names none of ours,
  // though a regulation of ours requires it ("prosedur mendaftar sertifikat elektronik ke BSrE? … Perwali 41/2021 mewajibkan");
  // not one of ours that goes through that agency ("daftar KIS gratis, apa harus ke kantor BPJS dulu?").
  // The agency may be named in an earlier question sentence than the clause read as the question ("Bagaimana tata cara
  // pengajuan sertifikat elektronik ke BSrE? Dokumen apa saja … dan berapa lama?").
  if (named.length === 0 || namedInFocus.length === 0) {
    for (const t of named.length === 0 ? [focusText, askingSentences(question)] : [focusText])
      if (AT_OTHER_AGENCY.test(t) && PROCEDURE_ASKED.test(t) && mentionedServices(t, index).length === 0) return "other_service";
  }
  return null;
}

/**
 * The question inside a long message. Citizens often tell a story first ("anak sy baru lahir bulan
 * lalu, suami kerja di luar daerah ...") and ask in one clause; the narrative's words should not
 * decide what is retrieved nor dilute the evidence measure.
 */

import { tokenize } from "../text/normalize.js";

/** Words that mark a clause as a question, in Indonesian (also informal) and English. */
const MARKER =
  /(\?|\b((?<!-)apa(?! ?pun\b|-apa\b)|apakah|apaan|bagaimana|gimana|gmn|gmna|bgmn|berapa|brp|kapan|kpn|dimana|di mana|dmn|kemana|ke mana|siapa|mengapa|kenapa|knp|bisakah|bolehkah|boleh|bisa|bs|harus|hrs|wajib|perlu|adakah|tolong(?!\s*[,!])|mohon|minta (info|tolong(?!\s*[,!])|penjelasan|bantuan|dijelaskan|informasi)|how|what|when|where|who|whom|which|why|can|could|is|are|does|do|should|must|may|please)\b|^(\S+\s+)?(sebutkan|jelaskan|tunjukkan|tampilkan|berikan|kirimkan|carikan|infokan|kasih (tau|tahu)|kasi tau)\b)/i;

/**
 * An English sentence asks with a question mark, by opening with a question word or an auxiliary
 * ("Can she …", "Please tell me …"), or by saying so ("I'm wondering whether …"); its "is", "can" or
 * "needs" inside a statement ("she needs an NIB first") are the story's.
 */
const ENGLISH_MARKER =
  /\?|^((so|and|also|but|then|ok|okay|hi|hello|sorry|btw|oh|well|now|plus|one more thing|quick question)[,:]?\s+)?(what|how|when|where|who|whom|which|why|whether|is|are|am|does|do|did|can|could|should|must|may|will|would|shall|has|have|please|tell me|any idea)\b|\b(wonder(ing)?|want to know|like to know|need to know|let me know|tell me|not sure (if|whether|how|what|who|when|where|which|why))\b/i;

/**
 * A question that points back to what the previous sentence named: an English pronoun closing it
 * ("Which unit develops it?"), "about that" in either language, a told plan or case named with "tersebut" ("Apakah rencana
 * tersebut dibenarkan …?", "Is this plan allowed?"), or an Indonesian "itu"/"tersebut" closing
 * a question that names little itself ("Yang dimaksud dengan itu apa?"; in "biaya skck itu?" it is a determiner).
 */
const POINTS_BACK =
  /\b(dengan|dgn|tentang|soal) (itu|tersebut|hal itu)\b|\b(rencana|kegiatan|tindakan|kebijakan|praktik|praktek|langkah|keputusan|usulan|permintaan|kondisi|situasi|kasus|kejadian|insiden|peristiwa|perbuatan)( \w+)? (tersebut|tsb)\b|\b(this|that|such an?) (plan|practice|arrangement|situation|case|move|setup)\b|\b(allow|permit|cover|mean|require)s? (that|this|it)\b|^((apakah|apa|jadi|terus|trus|lalu|so|and|but) )?(hal ini|hal itu|hal tersebut|cara ini|cara itu|is (this|that)|does (this|that)|would (this|that)|can (this|that)|are (these|those))\b/i;
/** A question that only asks whether it is allowed ("Boleh ndak menurut aturan pemkot?"): what "it" is, the sentence before says. */
const ASKS_PERMISSION_ONLY =
  /^((apakah|apa|trus|terus|jadi|lalu|tapi) )?(boleh|diperbolehkan|dibolehkan|diizinkan|dibenarkan)(?! (saya |sy )?(tanya|nanya|bertanya|minta|numpang))( (ndak|nggak|gak|gk|ga|tidak|enggak|ngga|ngak))?\b/i;
const PRONOUN_CLOSING = /\b(it|that|this|them|they)\s*\?*\s*$/i;
const DETERMINER_OR_ANAPHOR = /\b(itu|tersebut|hal ini)\b\s*(apa\s*)?(ya\s*)?\?*\s*$/i;

/**
 * A question with more own words than these names its topic itself: its closing "itu" is a determiner,
 * its closing "it" points inside the sentence ("who is supposed to report the death … report it?").
 */
const ANAPHORIC_MAX_TERMS = 2;
const PRONOUN_MAX_TERMS = 4;

/** A modal inside a purpose or reason clause ("biar bs ikut pameran", "supaya bisa daftar") belongs to the story. */
const PURPOSE_MODAL =
  /\b(biar|supaya|agar|untuk|utk|sehingga|jadi|jd|karena|krn|soalnya|so that|so|because) (\S+ )?(bisa|bs|boleh|harus|hrs|wajib|perlu|can|could|must|need to|have to)\b/gi;

/**
 * A question asked without its mark: a "-kah" particle, alternatives, a closing "gak", or a modal opening it ("wajib ke polisi
 * dl kah ato langsung aja bisa", "wajib NPWP, sy blm punya").
 */
const ASKS_UNMARKED =
  /^\s*((trus|terus|trs|lalu|dan|jadi|jd|kalau|kalo|klo|tapi|tp) )?(wajib|harus|hrs|perlu|boleh|bisa|bs|musti|mesti)\b|\b(?!(me)?nikah\b|langkah\b)\w*kah\b|\b(atau|ato|or)\b|\b(gak|ga|gk|nggak|ngga|tidak|tdk|enggak|engga|nda|ndak|ya|yah)\s*[.!]*\s*$/i;
/** A request made without a question mark ("tolong jelaskan …", "mohon info syaratnya", "please tell me …"). */
const REQUEST =
  /\b(tolong(?!\s*[,!])|mohon|minta (info|tolong|penjelasan|bantuan|dijelaskan|informasi)|please|tell me|let me know|sebutkan|jelaskan|tunjukkan|tampilkan|berikan|kirimkan|carikan|infokan|kasih (tau|tahu)|kasi tau)\b/i;
/** Whether what was told is true ("betul gak?", "is that right?"). */
export const CHECKS_TRUTH = /\b(benar|bener|betul|bnr|btl|true|right|correct)\b/i;
/** A question word proper (not a modal): such a sentence asks whatever else it says. */
const QUESTION_WORD =
  /\b(apa(?! ?pun\b)|apakah|apaan|bagaimana|gimana|gmn|gmna|bgmn|berapa|brp|kapan|kpn|dimana|di mana|dmn|kemana|ke mana|siapa|mengapa|kenapa|knp|bisakah|bolehkah|adakah|what|how|when|where|who|which|why)\b/i;

/**
 * A clause giving a fear or a reason, to the sentence's end: after a comma, or after the particle that closes a question
 * ("biayanya brp ya soalnya uang lg tipis", "bisa diwakilkan gak sih krn sy kerja").
 */
const TRAILING_REASON =
  /(,\s*|(?<=\b(ya|yah|sih|dong|deh|nih|kak|min|gak|gk|ga|nggak|tidak))\s+)(takut|khawatir|soalnya|soale|karena|krn|karna|sebab|biar|supaya|agar|because|since|as i'?m|i'?m (afraid|worried))\b[^?]*$/i;

/** Sentences that open by giving the reason for asking. */
const REASON = /^(soalnya|karena|krn|karna|sebab|soale|pasalnya|biar|supaya|agar|because|since|as|so that)\b/i;

/** Messages shorter than this (in words) are their own focus (10, chosen on the tune split: 14 kept "… apa aja sih? lg ngerjain tugas nih" whole). */
const SHORT_WORDS = 10;

/** Splits a message into sentences (and over-long sentences at commas). */
export function sentences(message: string): string[] {
  const parts = message
    .split(/(?<=[.?!])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.flatMap((p) => (p.split(/\s+/).length > 28 ? p.split(/[,;]\s+/) : [p])).filter((s) => /\p{L}/u.test(s));
}

/**
 * The part of a message that asks: its question sentences, or the last sentence when none is marked.
 * A short message is returned whole.
 *
 * @example
 * questionFocus("Sy baru lahiran bulan lalu di RS. Suami kerja di luar daerah. Syarat akta lahir apa aja ya?")
 * // "Syarat akta lahir apa aja ya?"
 */
export function questionFocus(message: string, lang: "id" | "en" = "id", namesService?: (sentence: string) => boolean): string {
  const words = message.trim().split(/\s+/).length;
  if (words < SHORT_WORDS) return message;
  const all = sentences(message);
  if (all.length < 2) return message;
  // A reason given for asking ("Soalnya lusa saya harus urus pinjaman.") is context, not a question.
  const marker = lang === "en" ? ENGLISH_MARKER : MARKER;
  const marked = all.filter((s) => marker.test(s.replace(PURPOSE_MODAL, " ")) && !(REASON.test(s) && !/\?\s*$/.test(s)));
  // Beside a sentence that asks with "?", one marked only by a modal tells the story: what someone said ("katanya kalau
  // mau titip di toko harus ada NIB."), the asker's situation ("tdk bisa lama2 tinggalkan lapak"). Only when the question
  // names its service itself (otherwise the story often names the topic: "katanya akun root harus diserahkan ke Kominfo.
  // Penyerahannya gmn?"), not when it asks whether what was said is true ("mana yg benar?"), and not a request ("tolong
  // jelaskan …") or a question without its mark ("wajib NPWP kah").
  const asks = (s: string) => s.includes("?");
  const selfContained = marked.some((s) => asks(s) && namesService?.(s));
  const truthAsked = marked.some((s) => asks(s) && CHECKS_TRUTH.test(s));
  const story = (s: string) => selfContained && !truthAsked && !asks(s) && !QUESTION_WORD.test(s) && !REQUEST.test(s) && !ASKS_UNMARKED.test(s);
  const asking = marked.some(asks) ? marked.filter((s) => !story(s)) : marked;
  const focus = asking.length > 0 ? asking : [all.at(-1)!];
  // A question that points back ("Yang dimaksud dengan itu apa?", "Does the regulation allow that?") asks
  // about the sentence before it, which joins the focus.
  // A referent that is a service ("... get an NIB first. What do I need to prepare for it?") is carried by the
  // service's name (see `retrieve`), not by its story sentence.
  const pointsBack = (s: string) =>
    POINTS_BACK.test(s) ||
    // "Boleh ndak menurut aturan?" asks of the sentence before; "Boleh ndak dia pakai alamat saya untuk NIB?" names its own topic.
    (ASKS_PERMISSION_ONLY.test(s) && !namesService?.(s)) ||
    (PRONOUN_CLOSING.test(s) && tokenize(s).length <= PRONOUN_MAX_TERMS) ||
    (DETERMINER_OR_ANAPHOR.test(s) && tokenize(s).length <= ANAPHORIC_MAX_TERMS);
  const withReferents = all.filter(
    (s, i) => focus.includes(s) || (i + 1 < all.length && focus.includes(all[i + 1]!) && pointsBack(all[i + 1]!) && !namesService?.(s)),
  );
  // A fear or reason after a comma ("…berapa lama, takut kena denda krn nenek …") is the story's too.
  return withReferents.map((s) => (focus.includes(s) ? s.replace(TRAILING_REASON, "").trim() || s : s)).join(" ");
}

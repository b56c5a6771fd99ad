/**
 * A revocation claimed between two regulations the index holds but does not record ("Perwali 37/2024 udh nyabut Perwali
 * 1/2022"): answered when asked, refused as a premise when given as a reason. Read before the other document facts.
 */

import type { CorpusIndex } from "../index/corpus-index.js";
import type { DocumentFacts } from "./document-facts.js";
import { GIVEN_WORDS } from "./premise.js";
import { regulationName as name } from "./regulation-target.js";
import { canned, type Lang } from "./statuses.js";

/** One regulation said to revoke or replace another, by number and year ("perwali 37 2024 sudah nyabut perwali 1 2022"). */
const REVOKES_OTHER =
  /\b(\d{1,4}) (?:tahun |thn |of )?(\d{4})\b(?:(?! (?:perwali|peraturan|regulation)\b).){0,40}?\b(?:mencabut|nyabut|menyabut|mencabutnya|revoked?|repealed?|replaced?|menggantikan|gantikan|dicabut|diganti|digantikan)\b( (?:by|oleh|dengan)\b)?.{0,40}?\b(\d{1,4}) (?:tahun |thn |of )?(\d{4})\b/;
/** Whether it does, asked rather than claimed ("apakah perwali 37/2024 mencabut perwali 1/2022?"). */
const ASKS_WHETHER = /\b(apakah|apa|benarkah|whether|does|did|has|is it true|atau (tidak|bukan|belum)|or not|gk|ga|gak|nggak|kah|sih)\b/;

/**
 * A revocation the index does not record, between two regulations it holds: asked, the answer says so; taken as given
 * ("Karena Perwali 37/2024 udh nyabut Perwali 1/2022, berarti …"), the premise is refused with the same words.
 */
export function revocationClaimed(text: string, question: string, index: CorpusIndex, lang: Lang): DocumentFacts | null {
  const m = REVOKES_OTHER.exec(text);
  if (!m) return null;
  const find = (nomor: string, tahun: string) =>
    index.documents().find((d) => d.kind === "regulation" && d.meta.nomor === nomor && String(d.meta.tahun) === tahun);
  // Told in the passive ("51/2019 was replaced by 41/2021", "sudah dicabut dengan …, benar?"), the claim is read below, where
  // the regulation said to be revoked is the one the question is about.
  if (m[3] !== undefined) return null;
  const by = find(m[1]!, m[2]!);
  const old = find(m[4]!, m[5]!);
  if (by?.kind !== "regulation" || old?.kind !== "regulation" || by.meta.mencabut.includes(old.docId)) return null;
  const en = lang === "en";
  const actual = old.meta.dicabut_oleh ? index.document(old.meta.dicabut_oleh) : undefined;
  const status =
    actual?.kind === "regulation"
      ? canned("revoked_note", lang, { name: name(old.meta), by: name(actual.meta) })
      : en
        ? `${name(old.meta)} is in force in my sources.`
        : `${name(old.meta)} masih berlaku menurut sumber saya.`;
  const fact = en
    ? `According to my sources, ${name(by.meta)} does not revoke ${name(old.meta)}.`
    : `Menurut sumber saya, ${name(by.meta)} tidak mencabut ${name(old.meta)}.`;
  // Given as a reason ("Karena Perwali 37/2024 udh nyabut …, berarti …?") it is a premise, whatever else is asked.
  const given = new RegExp(String.raw`\b${GIVEN_WORDS}\b`).test(text.slice(Math.max(0, m.index - 40), m.index));
  const asked = !given && (ASKS_WHETHER.test(text.slice(Math.max(0, m.index - 40))) || question.includes("?"));
  const answer = `${fact} ${status}`;
  // The two regulations' openings are what is cited: neither names the revocation.
  const used = [by.docId, old.docId].flatMap((id) => [...index.chunks()].find((c) => c.docId === id && c.meta.unit === "pembukaan") ?? []);
  return asked ? { status: "answered", answer, used } : { status: "refused", answer: `${canned("unconfirmed_claim", lang)}\n\n${answer}`, used };
}

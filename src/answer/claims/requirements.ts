/**
 * Requirements a user claims, checked against requirement lists: one the sources say is not needed
 * ("harus pakai pengantar RT toh?" against "… tidak diperlukan"), and one the user says is gone
 * ("sudah tidak perlu surat kehilangan") that a list still holds, for the case the claim is about.
 */
import { tokenize } from "../../text/normalize.js";

/** "harus pakai surat pengantar RT toh?": a claimed requirement, and a passage's statement that something is not one. */
const REQUIRES = /\b(harus|hrs|wajib|perlu|mesti|musti|diharuskan|diwajibkan|butuh|must|need(s|ed)?|required?)\b/i;
const NOT_REQUIRED = /\b(tidak|tak|bukan) (lagi )?(diperlukan|perlu|wajib|dipersyaratkan|diharuskan|dibutuhkan|harus)\b|\bnot (required|needed|necessary)\b/i;
/** "sudah tidak perlu surat kehilangan dari polisi", "no longer needs a police report": a requirement the user says is gone. */
const DROPPED = String.raw`\b(tidak|tdk|gak|ga|gk|nggak|enggak|tak|no longer|don'?t|doesn'?t|not)\s+(lagi\s+|usah\s+)?(?:perlu|butuh|wajib|harus|need\w*|require\w*)\s+(?:pakai\s+|pake\s+|bawa\s+|a\s+|an\s+|the\s+)?([^.,;?!]{3,60})`;
/** "Perpres X sudah menghapus syarat surat kehilangan", "abolished the requirement for …": read as "tidak perlu …". */
const ABOLISHED =
  /\b(?:sudah |telah |udah |udh )?(?:menghapus|menghapuskan|dihapus\w*|meniadakan|ditiadakan|removed|abolished|scrapped|dropped)\s+(?:the\s+)?(?:syarat|persyaratan|requirement\s+(?:for|of))\s+/gi;
/** The claim with an abolished requirement read as one that is not needed. */
export function readAbolished(claims: string): string {
  return claims.replace(ABOLISHED, " tidak perlu ");
}
const DROPPED_REQUIREMENT = new RegExp(DROPPED, "i");
const DROPPED_REQUIREMENT_G = new RegExp(DROPPED, "gi");
/** Words a requirement claim and a passage's statement may share without being about the same thing. */
const REQUIREMENT_FILLER = new Set(
  "surat dan atau yang yg itu ini dulu toh kan ya sama dari untuk buat pakai pake minta bawa membawa harus hrs wajib perlu tidak lagi sejak anda saya sy kata pak bu the a of to".split(
    " ",
  ),
);
/**
 * Whether a requirement line applies to the case claimed: a line for one case ("Jika KTP-el hilang, …",
 * "Untuk anak usia 5 sampai 17 tahun, …", "Bagi badan usaha …") applies only when the claim names
 * that case's words; a line with an exemption ("tidak berlaku bagi …") is not a plain requirement.
 */
function caseApplies(line: string, claim: Set<string>): boolean {
  if (/\btidak berlaku\b|\bkecuali\b/i.test(line)) return false;
  const condition = /^(jika|apabila|bila|untuk|bagi|khusus|di|dari|pada|saat|ketika)\b([^,:;]*)/i.exec(line);
  if (!condition) return true;
  const words = tokenize(condition[2]!).filter((t) => !REQUIREMENT_FILLER.has(t) && t !== "elektronik" && !/^\d+$/.test(t));
  return words.length > 0 && words.every((t) => claim.has(t));
}

/** The words of a requirement that tell it apart ("pengantar", "rt", "rw", "kelurahan"). */
function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 2 && !REQUIREMENT_FILLER.has(w)),
  );
}

/** The passage that answers a requirement claim, and its one sentence that does. */
export interface RequirementFinding {
  judge: number;
  statement: string;
}

/**
 * A requirement the claim asserts ("harus pakai surat pengantar RT toh?") that a passage says is
 * not needed; not when the claim itself says it is not needed.
 *
 * @example
 * deniedRequirement("akta harus pakai pengantar RT toh?", ["…\nSurat pengantar RT/RW maupun kelurahan tidak diperlukan."])
 * // { judge: 0, statement: "Surat pengantar RT/RW maupun kelurahan tidak diperlukan." }
 */
export function deniedRequirement(claims: string, passages: string[]): RequirementFinding | null {
  if (!REQUIRES.test(claims.replace(DROPPED_REQUIREMENT_G, " ")) || DROPPED_REQUIREMENT.test(claims)) return null;
  const claimed = contentWords(claims);
  const denies = (x: string) => NOT_REQUIRED.test(x) && [...contentWords(x)].filter((w) => claimed.has(w)).length >= 2;
  for (const [i, p] of passages.entries()) {
    const statement = p
      .split(/\n|(?<=[.;])\s+(?=[A-Z])/)
      .map((x) => x.replace(/^\s*(\d+\.|-)\s*/, "").trim())
      .find(denies);
    if (statement) return { judge: i, statement };
  }
  return null;
}

/**
 * A requirement the claim says is gone ("sudah tidak perlu surat kehilangan dari polisi") that a
 * requirement list of the service the claim is about still holds, for the case claimed.
 *
 * @example
 * listedRequirement("KTP hilang tidak perlu surat kehilangan lagi kan?", ["KTP-el Hilang — Persyaratan:\n- Jika KTP-el hilang, siapkan surat keterangan kehilangan dari kepolisian."])
 * // { judge: 0, statement: "Jika KTP-el hilang, siapkan surat keterangan kehilangan dari kepolisian." }
 */
export function listedRequirement(claims: string, passages: string[]): RequirementFinding | null {
  const dropped = DROPPED_REQUIREMENT.exec(claims);
  if (!dropped) return null;
  // "surat kehilangan dari polisi utk KTP hilang": the requirement, then the case it is claimed for.
  const requirement = dropped[3]!.split(/\b(?:untuk|utk|buat|bagi|for|kalau|klo|saat|ketika)\b/i)[0]!;
  const object = new Set(tokenize(requirement).filter((t) => !REQUIREMENT_FILLER.has(t)));
  const names = (x: string) => tokenize(x).filter((t) => object.has(t)).length >= Math.min(2, object.size);
  // A passage that also says it is not needed agrees with the claim.
  if (passages.some((p) => p.split("\n").some((x) => NOT_REQUIRED.test(x) && names(x)))) return null;
  // Of the lists that still hold it, the one whose heading names what the claim is about first
  // ("KTP hilang … cukup bawa KK" is about the KTP): earlier words of the claim weigh more, and the case
  // the requirement is claimed for ("… utk KTP hilang") most.
  const order = tokenize(claims);
  const claimedFor = new Set(tokenize(dropped[3]!.slice(requirement.length)));
  const weight = (t: string) => {
    const at = order.indexOf(t);
    return (at < 0 ? 0 : 1 / (1 + at / 5)) + (claimedFor.has(t) ? 1 : 0);
  };
  // The claim's own words outside the dropped requirement name its case and its service.
  const claimTokens = new Set(tokenize(claims.replace(requirement, " ")).filter((t) => !REQUIREMENT_FILLER.has(t)));
  let best: (RequirementFinding & { shared: number }) | null = null;
  for (const [i, p] of passages.entries()) {
    const heading = p.split("\n")[0] ?? "";
    if (!/persyaratan|requirements?/i.test(heading) || !tokenize(heading).some((t) => claimTokens.has(t))) continue;
    for (const line of p.split("\n").slice(1)) {
      const statement = line.replace(/^\s*(\d+\.|-)\s*/, "").trim();
      if (!statement || NOT_REQUIRED.test(statement) || !names(statement) || !caseApplies(statement, claimTokens)) continue;
      const shared = [...new Set(tokenize(heading))].reduce((sum, t) => sum + weight(t), 0);
      if (!best || shared > best.shared) best = { judge: i, statement, shared };
    }
  }
  return best && { judge: best.judge, statement: best.statement };
}

import { randomUUID } from "node:crypto";
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, isAbsolute, join, relative, resolve, sep } from "node:path";
import YAML from "yaml";
import type { RegulationMeta } from "../corpus/regulation.js";
import type { ServiceStandard } from "../corpus/service.js";
import { DEFAULT_PDF_LIMITS, extractPdfTextInWorker, type PdfLimits } from "../pdf/extract.js";

const FRONT = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/** Where one regulation lives: its Markdown file, or its PDF plus the sidecar YAML. */
export interface RegulationFiles {
  kind: "markdown" | "pdf";
  /** The file holding the metadata (the .md or the .yaml sidecar). */
  metaFile: string;
  files: string[];
}

/**
 * Finds a regulation's files by its id (the front matter or sidecar `id`, not the file name).
 *
 * @example
 * findRegulation("corpus", "kendari-41-2021")?.metaFile // "corpus/regulations/kendari-41-2021.md"
 */
export function findRegulation(corpusDir: string, id: string): RegulationFiles | null {
  const dir = join(corpusDir, "regulations");
  if (!existsSync(dir)) return null;
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    if (name.endsWith(".md")) {
      const m = FRONT.exec(readFileSync(file, "utf8"));
      if (m && (YAML.parse(m[1]!) as { id?: string } | null)?.id === id) return { kind: "markdown", metaFile: file, files: [file] };
    } else if (name.endsWith(".yaml") && existsSync(file.replace(/\.yaml$/, ".pdf"))) {
      if ((YAML.parse(readFileSync(file, "utf8")) as { id?: string } | null)?.id === id)
        return { kind: "pdf", metaFile: file, files: [file.replace(/\.yaml$/, ".pdf"), file] };
    }
  }
  return null;
}

/**
 * Writes an uploaded regulation: `<id>.pdf` + `<id>.yaml`, or `<id>.md` with the metadata as front
 * matter (front matter already in the upload is replaced by the validated fields).
 *
 * @example
 * writeRegulation("corpus", meta, { kind: "pdf", bytes }); // ["corpus/regulations/kendari-9-2026.pdf", ".../kendari-9-2026.yaml"]
 */
export function writeRegulation(corpusDir: string, meta: RegulationMeta, upload: { kind: "pdf" | "markdown"; bytes: Uint8Array }): string[] {
  const dir = join(corpusDir, "regulations");
  mkdirSync(dir, { recursive: true });
  const yaml = YAML.stringify(meta);
  if (upload.kind === "pdf") {
    const pdf = join(dir, `${meta.id}.pdf`);
    const sidecar = join(dir, `${meta.id}.yaml`);
    writeFileSync(pdf, upload.bytes);
    writeFileSync(sidecar, yaml);
    return [pdf, sidecar];
  }
  const text = Buffer.from(upload.bytes).toString("utf8");
  const body = FRONT.exec(text)?.[2] ?? text;
  const md = join(dir, `${meta.id}.md`);
  writeFileSync(md, `---\n${yaml}---\n${body}`);
  return [md];
}

/**
 * Writes a service standard as `services/<id>.yaml` (the YAML as sent when given, keeping comments).
 *
 * @example
 * writeService("corpus", standard); // "corpus/services/nib.yaml"
 */
export function writeService(corpusDir: string, standard: ServiceStandard, yamlText?: string): string {
  const dir = join(corpusDir, "services");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${standard.id}.yaml`);
  writeFileSync(file, yamlText ?? YAML.stringify(standard));
  return file;
}

export interface StatusChange {
  status: RegulationMeta["status"];
  dicabut_oleh?: string | null;
  diubah_oleh?: string[];
}

/**
 * Rewrites a regulation's status in its front matter or sidecar, keeping comments and the legal
 * text untouched. Returns the metadata file, or null when no regulation has this id.
 *
 * @example
 * setRegulationStatus("corpus", "kendari-41-2021", { status: "dicabut", dicabut_oleh: "kendari-9-2026" });
 */
export function setRegulationStatus(corpusDir: string, id: string, change: StatusChange): string | null {
  const found = findRegulation(corpusDir, id);
  if (!found) return null;
  const source = readFileSync(found.metaFile, "utf8");
  const m = found.kind === "markdown" ? FRONT.exec(source) : null;
  const doc = YAML.parseDocument(m ? m[1]! : source);
  doc.set("status", change.status);
  if (change.dicabut_oleh !== undefined) doc.set("dicabut_oleh", change.dicabut_oleh);
  if (change.diubah_oleh !== undefined) doc.set("diubah_oleh", change.diubah_oleh);
  const yaml = doc.toString();
  writeFileSync(found.metaFile, m ? `---\n${yaml}---\n${m[2]}` : yaml);
  return found.metaFile;
}

/**
 * Checks an uploaded regulation before anything is stored: a PDF must be readable (parsed in a
 * worker thread, within the PDF limits) and have a text layer. Markdown needs no parse.
 *
 * @example
 * await validateRegulationFile({ kind: "pdf", bytes }); // { ok: false, problem: "unreadable PDF: Invalid PDF structure." }
 */
export async function validateRegulationFile(
  upload: { kind: "pdf" | "markdown"; bytes: Uint8Array },
  limits: PdfLimits = DEFAULT_PDF_LIMITS,
): Promise<{ ok: true } | { ok: false; problem: string }> {
  if (upload.kind !== "pdf") return { ok: true };
  const text = await extractPdfTextInWorker(upload.bytes, limits);
  return text.ok ? { ok: true } : { ok: false, problem: text.problem };
}

/** `target` resolved, when it stays inside `root` (not `root` itself); null when it escapes. */
function inside(root: string, target: string): string | null {
  const path = resolve(root, target);
  const rel = relative(resolve(root), path);
  return rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? null : path;
}

/** Moves a file; across filesystems (EXDEV) it copies, then unlinks the original. */
function moveFile(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EXDEV") throw err;
    copyFileSync(from, to, constants.COPYFILE_EXCL);
    unlinkSync(from);
  }
}

/**
 * Removes a document from the corpus by moving its files to `<corpus>/.deleted/` (recoverable).
 * Accepts a regulation id, `service:<id>` or a service id. Returns the moved files (empty: unknown).
 * The target is confined to the corpus: an id that resolves outside it (`../../x`) matches nothing.
 *
 * @example
 * deleteDocument("corpus", "service:nib"); // ["corpus/services/nib.yaml"]
 */
export function deleteDocument(corpusDir: string, id: string): string[] {
  const service = inside(join(corpusDir, "services"), `${id.replace(/^service:/, "")}.yaml`);
  const found = service && existsSync(service) ? [service] : (findRegulation(corpusDir, id)?.files ?? []);
  const files = found.filter((f) => inside(corpusDir, resolve(f)) !== null);
  if (files.length === 0) return [];
  const trash = join(corpusDir, ".deleted", `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 4)}`);
  mkdirSync(trash, { recursive: true });
  for (const f of files) moveFile(f, join(trash, basename(f)));
  return files;
}

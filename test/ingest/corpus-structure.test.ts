import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../ingest/loaders/front-matter.js";
import { parseLegalText } from "../../ingest/legal/parse.js";
import { REPO_CORPUS } from "../helpers/corpus.js";

const numbered = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

describe("the curated regulations in corpus/", () => {
  it.each([
    ["kendari-1-2022", 19],
    ["kendari-37-2024", 10],
    ["kendari-41-2021", 44],
    ["probolinggo-107-2021", 15],
    ["ternate-43-2023", 9],
  ])("%s parses into Pasal 1 to %i, in order, with no warnings", (id, count) => {
    const { body } = splitFrontMatter(readFileSync(join(REPO_CORPUS, "regulations", `${id}.md`), "utf8"));
    const doc = parseLegalText(body);
    expect(doc.pasal.map((p) => p.nomor)).toEqual(numbered(count));
    expect(doc.warnings).toEqual([]);
  });
});

import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const DEPCRUISE = join(ROOT, "node_modules/.bin/depcruise");

/** A tiny tree laid out like the project: each file imports one other file. */
const FILES: Record<string, string> = {
  // forbidden
  "src/auth/authorize.ts": 'import { apiError } from "../http/errors.js";\nexport const a = apiError;\n',
  "src/corpus/service.ts": 'import { Form } from "../forms/definition.js";\nexport const s = Form;\n',
  "src/index/manifest.ts": 'import { Form } from "../forms/definition.js";\nexport const m = Form;\n',
  "src/store/sessions.ts": 'import { Lang } from "../answer/statuses.js";\nexport const l = Lang;\n',
  "src/answer/engine.ts": 'import { t } from "../../channels/telegram/bot.js";\nexport const e = t;\n',
  "channels/telegram/bot.ts": 'import { w } from "../whatsapp/client.js";\nexport const t = w;\n',
  "ingest/run.ts": 'import { e } from "../evals/run.js";\nexport const r = e;\n',
  // allowed
  "src/main.ts": 'import { t } from "../channels/telegram/bot.js";\nimport { r } from "../ingest/run.js";\nexport const m = [t, r];\n',
  "src/http/errors.ts": 'import { l } from "../store/sessions.js";\nexport const apiError = l;\n',
  "src/forms/definition.ts": 'import { s } from "../corpus/service.js";\nexport const Form = s;\n',
  "src/answer/statuses.ts": "export const Lang = 1;\n",
  "channels/whatsapp/client.ts": 'import { c } from "../contract.js";\nexport const w = c;\n',
  "channels/contract.ts": 'import { e } from "../src/answer/engine.js";\nexport const c = e;\n',
  "evals/run.ts": 'import { r } from "../ingest/run.js";\nimport { m } from "../src/main.js";\nexport const e = [r, m];\n',
};

type Violation = { rule: { name: string }; from: string; to: string };

describe("import boundaries (dependency-cruiser, .dependency-cruiser.cjs)", () => {
  let dir: string;
  let violations: Violation[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "lt-boundaries-"));
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    copyFileSync(join(ROOT, ".dependency-cruiser.cjs"), join(dir, ".dependency-cruiser.cjs"));
    copyFileSync(join(ROOT, "tsconfig.json"), join(dir, "tsconfig.json"));
    const run = spawnSync(DEPCRUISE, ["src", "channels", "ingest", "evals", "--config", ".dependency-cruiser.cjs", "--output-type", "json"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).not.toBe(null);
    violations = (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const edges = () => violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

  it("fails each upward or sideways import with its rule, and nothing else", () => {
    expect(edges()).toEqual([
      "auth-not-to-http: src/auth/authorize.ts → src/http/errors.ts",
      "channels-ingest-evals-apart: ingest/run.ts → evals/run.ts",
      "channels-not-to-each-other: channels/telegram/bot.ts → channels/whatsapp/client.ts",
      "corpus-not-to-forms: src/corpus/service.ts → src/forms/definition.ts",
      "lower-layers-not-up: src/index/manifest.ts → src/forms/definition.ts",
      "lower-layers-not-up: src/store/sessions.ts → src/answer/statuses.ts",
      "src-not-to-outer: src/answer/engine.ts → channels/telegram/bot.ts",
    ]);
  });

  it("makes `npm run lint`'s depcruise exit non-zero on a violation", () => {
    const run = spawnSync(DEPCRUISE, ["src", "--config", ".dependency-cruiser.cjs"], { cwd: dir, encoding: "utf8" });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain("error auth-not-to-http: src/auth/authorize.ts → src/http/errors.ts");
  }, 60_000);
});

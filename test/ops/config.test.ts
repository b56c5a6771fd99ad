import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadEnv } from "../../src/config/env.js";

const ROOT = resolve(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
/** The environment of a child process without any of this project's settings. */
const clean = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(PORT|HOST|LLM_|LOG_LEVEL|METRICS_TOKEN|ENV_FILE)/.test(k)));

describe(".env and config:check", () => {
  let dir: string;
  let cwd: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "lt-env-"));
    cwd = process.cwd();
    process.chdir(dir);
  });
  afterEach(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  });

  it("takes settings from .env, with exported variables winning", () => {
    writeFileSync(join(dir, ".env"), "PORT=4321\nLOG_LEVEL=debug\nRATE_LIMIT_PER_MINUTE=7\n");
    const saved = process.env.RATE_LIMIT_PER_MINUTE;
    process.env.RATE_LIMIT_PER_MINUTE = "9";
    try {
      const env = loadEnv();
      expect([env.PORT, env.LOG_LEVEL, env.RATE_LIMIT_PER_MINUTE]).toEqual([4321, "debug", 9]);
    } finally {
      if (saved === undefined) delete process.env.RATE_LIMIT_PER_MINUTE;
      else process.env.RATE_LIMIT_PER_MINUTE = saved;
    }
  });

  it("refuses an invalid value in .env with the same clear error, naming the file", () => {
    writeFileSync(join(dir, ".env"), "PORT=tiga-ribu\nLLM_PROVIDER=gpt\n");
    expect(() => loadEnv()).toThrow(
      `Invalid configuration:\n  PORT (from ${join(dir, ".env")}): Invalid input: expected number, received NaN\n  LLM_PROVIDER (from ${join(dir, ".env")}): Invalid option: expected one of "none"|"openai"`,
    );
  });

  it("config:check prints the effective configuration with secrets redacted", () => {
    writeFileSync(join(dir, ".env"), "PORT=4321\nLLM_API_KEY=sk-rahasia-sekali\nMETRICS_TOKEN=tok-rahasia\n");
    const res = spawnSync(TSX, [join(ROOT, "src/cli/config-check.ts")], {
      cwd: dir,
      env: { ...clean(), TELEGRAM_BOT_TOKEN: "123:ABC-rahasia", REDIS_URL: "redis://default:rahasia@127.0.0.1:6379" },
      encoding: "utf8",
    });
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^ {2}REDIS_URL += redis:\/\/default:\*\*\*@127\.0\.0\.1:6379 {2}\(environment\)$/m);
    expect(res.stdout).toContain(`Configuration OK (read ${join(dir, ".env")} and the environment):`);
    expect(res.stdout).toMatch(/^ {2}PORT += 4321 {2}\(\.env\)$/m);
    expect(res.stdout).toMatch(/^ {2}LLM_API_KEY += <set, redacted> {2}\(\.env\)$/m);
    expect(res.stdout).toMatch(/^ {2}TELEGRAM_BOT_TOKEN += <set, redacted> {2}\(environment\)$/m);
    expect(res.stdout).toMatch(/^ {2}HOST += 0\.0\.0\.0 {2}\(default\)$/m);
    expect(res.stdout).not.toMatch(/rahasia/);
  });

  it("config:check exits 1 and names the bad value", () => {
    writeFileSync(join(dir, ".env"), "RETENTION_DAYS=0\n");
    const res = spawnSync(TSX, [join(ROOT, "src/cli/config-check.ts")], { cwd: dir, env: clean(), encoding: "utf8" });
    expect(res.status).toBe(1);
    expect(res.stderr).toBe(`Invalid configuration:\n  RETENTION_DAYS (from ${join(dir, ".env")}): Too small: expected number to be >=1\n`);
  });
});

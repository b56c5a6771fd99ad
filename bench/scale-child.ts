/**
 * Runs the scale test in a process of its own, so the peak RSS it reports belongs to the
 * 100k-chunk index alone and not to the other sections. Used by `bench/run.ts`:
 * `node --import tsx bench/scale-child.ts '<ScaleOptions JSON>' <dimensions>` prints a ScaleReport as JSON.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { LocalHashEmbedder } from "../src/index/embedders/local.js";
import { benchScale, type ScaleOptions, type ScaleReport } from "./scale.js";

/**
 * Spawns this file as a child process and returns its report; the child is killed on error.
 *
 * @example
 * const r = await runScaleInChild(options, 512, process.cwd());
 */
export function runScaleInChild(options: ScaleOptions, dimensions: number, cwd: string): Promise<ScaleReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), JSON.stringify(options), String(dimensions)], {
      cwd,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const kill = () => child.kill("SIGKILL");
    process.once("exit", kill);
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      process.removeListener("exit", kill);
      if (code !== 0) return reject(new Error(`scale child exited with code ${code}`));
      try {
        resolve(JSON.parse(out) as ScaleReport);
      } catch (err) {
        reject(err);
      }
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = JSON.parse(process.argv[2]!) as ScaleOptions;
  const embedder = new LocalHashEmbedder({ dimensions: Number(process.argv[3]) });
  benchScale(embedder, options).then(
    (r) => process.stdout.write(JSON.stringify(r)),
    (err: unknown) => {
      console.error((err as Error).stack ?? String(err));
      process.exit(1);
    },
  );
}

/**
 * Small helpers shared by the benchmark sections: percentiles, timing and rounding.
 */

/**
 * The p-th percentile (nearest rank) of a list of numbers; 0 for an empty list.
 *
 * @example
 * percentile([1, 2, 3, 4], 50); // 2
 */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * Rounds to `digits` decimals (for JSON and the table).
 *
 * @example
 * round(3.14159, 2); // 3.14
 */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * Runs `fn` and returns its result with the elapsed wall-clock milliseconds.
 *
 * @example
 * const { value, ms } = await timed(() => build());
 */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

/**
 * A deterministic PRNG (mulberry32) returning floats in [0, 1).
 *
 * @example
 * const rnd = seeded(42); rnd(); // 0.6011…
 */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Megabytes, from bytes or kilobytes. */
export const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);

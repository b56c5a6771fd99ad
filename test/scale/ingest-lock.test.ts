import { afterAll, describe, expect, it } from "vitest";
import { INGEST_LOCK, LockHeldError, acquireLock, waitForLock, whileLocked } from "../../src/scale/lock.js";
import { redisAvailable, redisScope } from "./redis-helper.js";

const available = await redisAvailable();

describe.skipIf(!available)("one writer of the shared index at a time (Redis)", () => {
  const scope = redisScope();
  afterAll(() => scope.cleanup());

  it("runs two ingests from two processes one after the other, never at once", async () => {
    const [a, b] = [await scope.client(), await scope.client()];
    const events: string[] = [];
    const ingest = (name: string) => async () => {
      events.push(`${name} start`);
      await new Promise((r) => setTimeout(r, 150));
      events.push(`${name} end`);
    };
    await Promise.all([whileLocked(a, INGEST_LOCK, ingest("A")), whileLocked(b, INGEST_LOCK, ingest("B"))]);
    expect(events).toHaveLength(4);
    expect(events[1]).toBe(`${events[0]!.split(" ")[0]} end`);
    expect(events[3]).toBe(`${events[2]!.split(" ")[0]} end`);
  });

  it("waits for the holder, and gives up with LockHeldError after waitMs", async () => {
    const [a, b] = [await scope.client(), await scope.client()];
    const held = await acquireLock(a, "lock:test-wait");
    await expect(waitForLock(b, "lock:test-wait", { waitMs: 200, pollMs: 50 })).rejects.toBeInstanceOf(LockHeldError);
    setTimeout(() => void held.release(), 200);
    const started = Date.now();
    const mine = await waitForLock(b, "lock:test-wait", { waitMs: 5_000, pollMs: 50 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    await mine.release();
  });

  it("runs the work directly without Redis", async () => {
    expect(await whileLocked(undefined, INGEST_LOCK, async () => 42)).toBe(42);
  });
});

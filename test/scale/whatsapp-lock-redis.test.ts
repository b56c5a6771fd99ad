import { hostname } from "node:os";
import { afterAll, describe, expect, it } from "vitest";
import { startChannels } from "../../channels/index.js";
import { loadEnv } from "../../src/config/env.js";
import { openDatabase } from "../../src/store/database.js";
import { fakeEngine, fakeSleep, NO_ANSWER, silentLog } from "../channels/fakes.js";
import { FakeWaClient, fakeTimers } from "../channels/whatsapp-fakes.js";
import { redisAvailable, redisScope } from "./redis-helper.js";

const available = await redisAvailable();
const env = loadEnv({ DATA_DIR: "/tmp/lt-wa-lock-test", WHATSAPP_ENABLED: "true" });

describe.skipIf(!available)("one WhatsApp process per number (Redis lock)", () => {
  const scope = redisScope();
  const dbs: ReturnType<typeof openDatabase>[] = [];
  afterAll(async () => {
    for (const db of dbs) await db.destroy();
    await scope.cleanup();
  });

  async function process() {
    const db = openDatabase(":memory:");
    dbs.push(db);
    const clients: FakeWaClient[] = [];
    const { log, lines } = silentLog();
    const channels = await startChannels({
      env,
      engine: fakeEngine(NO_ANSWER).engine,
      db,
      log,
      redis: await scope.client(),
      whatsapp: { factory: () => (clients.push(new FakeWaClient()), clients.at(-1)!), sleep: fakeSleep().sleep, timers: fakeTimers().timers },
    });
    return { channels, clients, lines };
  }

  it("refuses a second process with a clear message, and lets one start after the first stops", async () => {
    const first = await process();
    expect(first.channels.adapters.map((a) => a.name)).toEqual(["whatsapp"]);
    expect(first.clients[0]!.initialized).toBe(1);

    const second = await process();
    expect(second.channels.adapters).toEqual([]);
    expect(second.clients).toEqual([]); // no browser started
    expect(second.lines).toContain(
      `ERROR [channels] whatsapp failed to start and is disabled: this WhatsApp number is already served by another process (${hostname()}:${globalThis.process.pid}); only one process may hold its session. The API and other channels keep running.`,
    );

    await first.channels.stop();
    const third = await process();
    expect(third.channels.adapters.map((a) => a.name)).toEqual(["whatsapp"]);
    await third.channels.stop();
  });
});

/**
 * The composition root: reads the configuration, builds the services (embedder, index, database,
 * composer, engine), makes sure an index exists, and serves the API. Channels are wired here too,
 * and only here.
 */
import { serve } from "@hono/node-server";
import { ensureIndex } from "../ingest/ensure.js";
import { loadEnv } from "./config/env.js";
import { createComposer } from "./answer/composers/from-env.js";
import { createApp } from "./http/app.js";
import { createServices } from "./services.js";

async function main(): Promise<void> {
  const env = loadEnv();
  const services = createServices(env, { composer: createComposer(env) });
  await ensureIndex(services, (l) => console.log(l));
  const app = createApp({ env, engine: services.engine, index: services.index });
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    const host = env.HOST === "0.0.0.0" ? "localhost" : env.HOST;
    console.log(`Layanan Tanya is listening on http://${host}:${info.port} (embedder ${services.embedder.id}, ${services.index.get()?.size ?? 0} chunks)`);
  });
  const stop = () => {
    server.close();
    services.db.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err: unknown) => {
  console.error(`Startup failed: ${(err as Error).message}`);
  process.exit(1);
});

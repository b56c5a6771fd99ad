import { afterAll, afterEach, beforeAll } from "vitest";
import { server } from "./msw-server.js";

// Every test file runs with msw listening: any request that leaves this machine is an error.
beforeAll(() =>
  server.listen({
    onUnhandledRequest(request, print) {
      const { hostname } = new URL(request.url);
      if (hostname === "127.0.0.1" || hostname === "localhost") return;
      print.error();
    },
  }),
);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

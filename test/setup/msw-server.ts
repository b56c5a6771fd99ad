import { setupServer } from "msw/node";

/** The one msw server; tests add handlers with `server.use(...)`. */
export const server = setupServer();

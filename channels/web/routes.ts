import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { compress } from "hono/compress";
import type { AppEnv, RouteRegistrar } from "../../src/http/app.js";
import { ErrorEnvelopeSchema } from "../../src/http/errors.js";
import { widgetBundle } from "./bundle.js";
import { demoPage, isolationPage } from "./demo.js";

/** The script tag's URL has no version in it, so caches revalidate often (the ETag makes that cheap). */
const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400";

const originRoute = createRoute({
  method: "get",
  path: "/api/widget/origin",
  operationId: "getWidgetOrigin",
  tags: ["chat"],
  summary: "Whether the embedding page's origin may use the widget",
  description:
    "The widget calls this on start: 200 when the page's Origin is in CORS_ORIGINS (or same-origin); the origin allowlist answers 403 `forbidden` otherwise, so the widget can say so instead of failing later.",
  responses: {
    200: { description: "The origin is allowed", content: { "application/json": { schema: z.object({ ok: z.literal(true) }) } } },
    403: { description: "The origin is not in CORS_ORIGINS", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
  },
});

/**
 * `GET /widget.js` (the bundled widget, gzip when accepted, ETag + Cache-Control), `GET /demo` (a
 * sample OPD page embedding it), `GET /demo/isolation` (a hostile-CSS page) and
 * `GET /api/widget/origin` (200 for an allowed page; the origin allowlist's 403 tells the widget it is
 * not in CORS_ORIGINS). Wired in by the composition root.
 *
 * @example
 * createApp(deps, [webWidgetRoutes()]);
 */
export function webWidgetRoutes(): RouteRegistrar {
  return function registerWebWidget(app: OpenAPIHono<AppEnv>) {
    app.get("/widget.js", compress(), async (c) => {
      const bundle = await widgetBundle();
      c.header("Cache-Control", CACHE_CONTROL);
      c.header("ETag", bundle.etag);
      c.header("Vary", "Accept-Encoding");
      // OPD websites load this script from their own origin: the default same-origin CORP would block it.
      c.header("Cross-Origin-Resource-Policy", "cross-origin");
      if (c.req.header("if-none-match") === bundle.etag) return c.body(null, 304);
      return c.body(bundle.code, 200, { "Content-Type": "application/javascript; charset=utf-8" });
    });
    for (const [path, page] of [
      ["/demo", demoPage],
      ["/demo/isolation", isolationPage],
    ] as const) {
      app.get(path, (c) => {
        const lang = c.req.query("lang") === "en" ? "en" : "id";
        c.header("Cache-Control", "no-cache");
        return c.html(page({ lang }));
      });
    }
    app.openapi(originRoute, (c) => c.json({ ok: true as const }, 200));
  };
}

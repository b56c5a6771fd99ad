import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import type { AdminDeps } from "../../admin/deps.js";
import { QuestionVariants } from "../../admin/question-variants.js";
import { maskPersonalData } from "../../privacy/mask.js";
import { AUTH_ERRORS } from "../admin-schemas.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import { type AdminEnv, noteAudit } from "./admin-route.js";

export const reviewOutOfScopeRoute = createRoute({
  method: "post",
  path: "/api/admin/review/out-of-scope",
  summary: "Mark a reviewed question out of scope",
  request: {
    headers: AuthHeaderSchema,
    body: { required: true, content: { "application/json": { schema: z.object({ question: z.string().trim().min(1).max(1000) }).strict() } } },
  },
  responses: {
    201: {
      description: "Stored; the review no longer lists the question's group",
      content: {
        "application/json": {
          schema: z.object({
            mark: z.object({ id: z.number().int(), question: z.string(), actor: z.object({ id: z.string(), name: z.string() }), createdAt: z.string() }),
          }),
        },
      },
    },
    ...AUTH_ERRORS,
  },
});

/**
 * `POST /api/admin/review/out-of-scope` {question}: stores the mark (question masked); the review
 * stops listing that question and the ones similar to it. Answering is not changed.
 *
 * @example
 * await app.request("/api/admin/review/out-of-scope", { method: "POST", headers, body: JSON.stringify({ question: "siapa wali kota sekarang?" }) }); // 201
 */
export const reviewOutOfScope =
  (admin: AdminDeps): RouteHandler<typeof reviewOutOfScopeRoute, AdminEnv> =>
  async (c) => {
    const question = maskPersonalData(c.req.valid("json").question).text;
    const mark = await new QuestionVariants(admin.db, admin.corpusDir).markOutOfScope(c.get("apiKey"), question);
    noteAudit(c, `out_of_scope:${mark.id}`);
    return c.json({ mark }, 201);
  };

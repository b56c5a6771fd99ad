import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { eraseSubject } from "../../admin/data-subject.js";
import type { AdminDeps } from "../../admin/deps.js";
import { AUTH_ERRORS, errorResponse } from "../admin-schemas.js";
import { apiError } from "../errors.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import { type AdminEnv, noteAudit } from "./admin-route.js";

const BodySchema = z.union([
  z.object({ ticket: z.string().min(5) }).strict(),
  z.object({ nik: z.string().regex(/^(?:\d[\s./()-]{0,3}){15}\d$/, "NIK is 16 digits (spaces, dots or dashes between them allowed)") }).strict(),
]);

const ErasureSchema = z
  .object({ target: z.string(), submissions: z.number(), sessions: z.number(), turns: z.number(), handoffs: z.number() })
  .openapi("Erasure");

export const dataSubjectDeleteRoute = createRoute({
  method: "post",
  path: "/api/admin/data-subject/delete",
  summary: "Erase a data subject (by ticket or NIK)",
  request: { headers: AuthHeaderSchema, body: { required: true, content: { "application/json": { schema: BodySchema } } } },
  responses: {
    200: { description: "Erased", content: { "application/json": { schema: z.object({ erased: ErasureSchema }) } } },
    ...AUTH_ERRORS,
    404: errorResponse("Nothing matches"),
    409: errorResponse("NIK matching unavailable (forms disabled)"),
  },
});

/**
 * `POST /api/admin/data-subject/delete` {ticket} or {nik}: erases that person's submissions,
 * conversations and handoffs. Audited with the ticket or the masked NIK only.
 *
 * @example
 * await app.request("/api/admin/data-subject/delete", { method: "POST", body: JSON.stringify({ nik: "7471085203950001" }), headers }); // 200 { erased: { target: "7471********0001", submissions: 1, … } }
 */
export const dataSubjectDelete =
  (admin: AdminDeps): RouteHandler<typeof dataSubjectDeleteRoute, AdminEnv> =>
  async (c) => {
    const body = c.req.valid("json");
    if ("nik" in body && !admin.crypto)
      return apiError(c, 409, "conflict", "Pencarian NIK tidak tersedia: layanan formulir tidak aktif. (NIK matching needs the forms feature.)");
    const erased = await eraseSubject(admin.db, admin.crypto, body);
    if (!erased) return apiError(c, 404, "not_found", "Tidak ada data yang cocok dengan tiket atau NIK ini. (Nothing matches this ticket or NIK.)");
    noteAudit(c, erased.target, { by: "ticket" in body ? "ticket" : "nik", ...erased });
    return c.json({ erased }, 200);
  };

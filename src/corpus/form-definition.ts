import { z } from "zod";

/** Field types a service form can ask for; each has its own validator in `src/forms/validators`. */
export const FIELD_TYPES = ["text", "nik", "kk", "phone", "email", "date", "choice", "address", "longtext"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

const FieldSchema = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9_]*$/, "field names are snake_case"),
    type: z.enum(FIELD_TYPES),
    label: z.string().min(2),
    help: z.string().optional(),
    example: z.string().optional(),
    required: z.boolean().default(true),
    /** Whether the value is personal data shown only masked (NIK, KK and phone always are). */
    sensitive: z.boolean().optional(),
    constraints: z
      .object({
        minLength: z.number().int().positive().optional(),
        maxLength: z.number().int().positive().optional(),
        options: z.array(z.string().min(1)).min(2).optional(),
        /** For dates: `past` (not after today) or `future` (not before today). */
        range: z.enum(["past", "future"]).optional(),
      })
      .strict()
      .default({}),
  })
  .strict()
  .refine((f) => f.type !== "choice" || (f.constraints.options?.length ?? 0) >= 2, {
    message: "a choice field needs constraints.options",
  });

export type FormField = z.infer<typeof FieldSchema>;

const NextStepsSchema = z
  .object({
    bawa: z.array(z.string()).default([]),
    lokasi: z.string().optional(),
    waktu: z.string().optional(),
  })
  .strict();

/**
 * The optional `form` block of a service standard: how a citizen applies from the chat.
 * `internal` forms are stored here and worked by the OPD; `external` ones deep-link to a national system.
 */
export const FormDefinitionSchema = z.discriminatedUnion("target", [
  z
    .object({
      target: z.literal("internal"),
      /** Ticket prefix, e.g. "KDI". */
      ticket_prefix: z
        .string()
        .regex(/^[A-Z]{2,5}$/)
        .default("KDI"),
      confidential: z.boolean().default(false),
      fields: z.array(FieldSchema).min(1),
      next_steps: NextStepsSchema.default({ bawa: [] }),
    })
    .strict(),
  z
    .object({
      target: z.literal("external"),
      url: z.string().url(),
      /** Query parameters the external system accepts, mapped to field names. */
      prefill: z.record(z.string(), z.string()).default({}),
      fields: z.array(FieldSchema).default([]),
      persiapan: z.array(z.string()).min(1),
    })
    .strict(),
]);

export type FormDefinition = z.infer<typeof FormDefinitionSchema>;

import { z } from "zod";

/** One eval question, exactly the published schema (held-out sets use it too). */
export const EvalItemSchema = z
  .object({
    id: z.string().min(1),
    question: z.string().min(1),
    lang: z.enum(["id", "en"]),
    kind: z.enum(["answerable", "out_of_scope", "adversarial"]),
    expect: z
      .object({
        doc: z.string().nullable(),
        pasal: z.string().nullable(),
        ayat: z.string().nullable(),
        /** Service items: the standar pelayanan component that answers it (e.g. "waktu"). */
        component: z.string().nullable().optional(),
        must_mention: z.array(z.string()),
        refuse: z.boolean(),
        must_not_mention: z.array(z.string()),
      })
      .strict(),
  })
  .strict();

export type EvalItem = z.infer<typeof EvalItemSchema>;

/** Parses JSONL, naming the line of any invalid item. */
export function parseDataset(text: string): EvalItem[] {
  return text
    .split("\n")
    .map((l, i) => [l.trim(), i + 1] as const)
    .filter(([l]) => l.length > 0)
    .map(([l, n]) => {
      const r = EvalItemSchema.safeParse(JSON.parse(l));
      if (!r.success) throw new Error(`line ${n}: ${r.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
      return r.data;
    });
}

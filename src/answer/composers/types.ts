import type { CorpusIndex } from "../../index/corpus-index.js";
import type { StoredChunk } from "../../index/manifest.js";
import type { RetrievalResult } from "../../retrieval/hybrid.js";
import type { Lang } from "../statuses.js";

export interface ComposeInput {
  question: string;
  lang: Lang;
  retrieval: RetrievalResult;
  index: CorpusIndex;
  /** Support below this is `no_answer` (1 = the configured evidence rule; see `supportScore`). */
  minEvidence: number;
  onToken?: (token: string) => void;
}

export type ComposeOutput =
  | {
      status: "answered";
      answer: string;
      /** The chunks the answer quotes or points to, in the order they are cited. */
      used: StoredChunk[];
      /** `low`: a hedged answer from the closest passages (evidence below the answering rule). */
      confidence?: "high" | "low";
    }
  | { status: "no_answer"; reason: "weak_evidence" | "model_declined" };

/** Writes the answer from retrieved chunks. Implementations never throw for bad evidence. */
export interface Composer {
  readonly name: string;
  compose(input: ComposeInput): Promise<ComposeOutput>;
}

import { loadBaselineTexts } from "./baseline/langchain.js";
import { seeded } from "./stats.js";

/** Share of a chunk's words drawn from its topic (the rest come from the whole corpus). */
const TOPIC_SHARE = 0.7;
/** Words per topic: the corpus is cut into passages of this many words. */
const TOPIC_WORDS = 60;

/**
 * A deterministic generator of Indonesian-like text for the scale test, built from the real
 * corpus words. The corpus is cut into ~60-word passages ("topics"); each synthetic chunk picks
 * a topic and draws 70% of its words from that passage and 30% from the whole corpus (with the
 * real word frequencies). This keeps the topical structure of real documents (many chunks about
 * the same subject, as across cities' near-identical Perwali), unlike a structureless bag of
 * random words.
 *
 * @example
 * const gen = SyntheticCorpus.fromCorpus("corpus", 7);
 * gen.chunk(); // "Pasal 12 Perangkat daerah menyelenggarakan layanan ... ."
 */
export class SyntheticCorpus {
  private constructor(
    private readonly words: string[],
    private readonly topics: string[][],
    private readonly rnd: () => number,
  ) {}

  /** Builds the word and topic models from the corpus (lower-cased, letters only, 3+ characters). */
  static fromCorpus(corpusDir: string, seed: number): SyntheticCorpus {
    const words: string[] = [];
    const topics: string[][] = [];
    for (const { text } of loadBaselineTexts(corpusDir)) {
      const ws = text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
      words.push(...ws);
      for (let i = 0; i < ws.length; i += TOPIC_WORDS) topics.push(ws.slice(i, i + TOPIC_WORDS));
    }
    return new SyntheticCorpus(
      words,
      topics.filter((t) => t.length >= 10),
      seeded(seed),
    );
  }

  /** Distinct words in the model. */
  get vocabulary(): number {
    return new Set(this.words).size;
  }

  /** Topics (corpus passages) the chunks are drawn around. */
  get topicCount(): number {
    return this.topics.length;
  }

  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.rnd() * (hi - lo + 1));
  }

  private pick<T>(xs: T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)]!;
  }

  private word(topic?: string[]): string {
    return topic && this.rnd() < TOPIC_SHARE ? this.pick(topic) : this.pick(this.words);
  }

  /** One sentence of 8–18 words, around a topic when given. */
  sentence(topic?: string[]): string {
    const ws = Array.from({ length: this.int(8, 18) }, () => this.word(topic));
    ws[0] = ws[0]!.charAt(0).toUpperCase() + ws[0]!.slice(1);
    return `${ws.join(" ")}.`;
  }

  /** One chunk: a Pasal heading and 2–5 sentences around one topic (about the size of a real ayat or Pasal). */
  chunk(): string {
    const topic = this.pick(this.topics);
    return [`Pasal ${this.int(1, 80)}`, ...Array.from({ length: this.int(2, 5) }, () => this.sentence(topic))].join(" ");
  }

  /** An on-topic query: 4–8 words sampled from one chunk's text. */
  queryFrom(text: string): string {
    const ws = text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
    return Array.from({ length: this.int(4, 8) }, () => (ws.length ? this.pick(ws) : this.word())).join(" ");
  }

  /** A short query of 4–8 words drawn from the whole vocabulary (not aimed at any chunk). */
  query(): string {
    return Array.from({ length: this.int(4, 8) }, () => this.word()).join(" ");
  }
}

import { maskPersonalData } from "../privacy/mask.js";
import type { TokenSink } from "./context.js";

/**
 * The end of the text so far that may still grow into a personal number or an e-mail address:
 * a run of digits and separators, or a word. It is held until the next piece shows where it ends.
 */
const OPEN_TAIL = /(?:[+(]?\d[\d\s.\-/()\u2013\u2014]*|[\w.+\-@]+)$/u;

/** A sink whose every piece has passed the output guard; `settle` makes the stream end on the final text. */
export interface GuardedSink extends TokenSink {
  /** Sends what is held, then whatever makes the streamed text equal `final` (a reset when it must). */
  settle(final: string): void;
}

/**
 * Wraps a channel's token sink so that streamed text passes the same masking as the final reply.
 * A number split across pieces ("7471085" + "203950001") is held until it is whole, then masked.
 * At the end, the streamed text equals the final answer exactly: the rest is appended, or the sink is
 * reset and sent the final text when the turn's result changed (notes, a status rule, a header).
 *
 * @example
 * const guarded = guardStream(sink);
 * guarded.token("NIK 7471085"); guarded.token("203950001 tercatat."); // sink sees "NIK ", "7471********0001 tercatat."
 * guarded.settle(result.answer);
 */
export function guardStream(sink: TokenSink): GuardedSink {
  let held = "";
  let sent = "";
  const send = (text: string) => {
    if (!text) return;
    sent += text;
    sink.token(text);
  };
  return {
    token(piece) {
      const text = held + piece;
      const cut = text.search(OPEN_TAIL);
      held = cut < 0 ? "" : text.slice(cut);
      send(maskPersonalData(cut < 0 ? text : text.slice(0, cut)).text);
    },
    reset() {
      held = "";
      sent = "";
      sink.reset();
    },
    settle(final) {
      send(maskPersonalData(held).text);
      held = "";
      if (sent === final) return;
      if (sent && !final.startsWith(sent)) {
        sent = "";
        sink.reset();
      }
      send(final.slice(sent.length));
    },
  };
}

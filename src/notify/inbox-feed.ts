import { EventEmitter } from "node:events";

/** What changed in the officers' inbox; never carries personal data, only ids and routing. */
export interface InboxChange {
  kind: "submission" | "handoff";
  /** Ticket number or handoff id. */
  id: string;
  opd: string;
  /** `created`: a new ticket or handoff; `message`: a citizen wrote in a handoff; `updated`: anything else. */
  change: "created" | "updated" | "message";
}

/**
 * An in-process feed of inbox changes: repositories publish, the console's SSE stream and the
 * officer alerts subscribe. A listener that throws never breaks the publisher.
 *
 * @example
 * const feed = new InboxFeed();
 * const off = feed.subscribe((c) => console.log(c.id));
 * feed.publish({ kind: "handoff", id: "h1", opd: "disdukcapil", change: "message" }); off();
 */
export class InboxFeed {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(change: InboxChange): void {
    for (const listener of this.emitter.listeners("change")) {
      try {
        (listener as (c: InboxChange) => void)(change);
      } catch {
        // a subscriber's failure is its own (the SSE stream closes itself; alerts log theirs)
      }
    }
  }

  /** Subscribes; returns the unsubscribe function. */
  subscribe(listener: (change: InboxChange) => void): () => void {
    this.emitter.on("change", listener);
    return () => this.emitter.off("change", listener);
  }
}

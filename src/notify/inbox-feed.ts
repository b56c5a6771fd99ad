import { randomUUID } from "node:crypto";
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

/** Where a change came from: one `eventId` per publish (the same on every replica), and whether another process published it. */
export interface ChangeOrigin {
  eventId: string;
  /** False when this process published the change; true when a bridge brought it from another replica. */
  remote: boolean;
}

type Listener = (change: InboxChange, origin: ChangeOrigin) => void;

/**
 * A feed of inbox changes: repositories publish, the console's SSE stream and the officer alerts
 * subscribe. Each change gets an event id; a bridge (src/scale/feed-bridge.ts) passes this
 * process's changes to the other replicas and hands theirs in through `receive`, so subscribers see
 * every change of the deployment once. A listener that throws never breaks the publisher.
 *
 * @example
 * const feed = new InboxFeed();
 * const off = feed.subscribe((c, origin) => console.log(c.id, origin.remote));
 * feed.publish({ kind: "handoff", id: "h1", opd: "disdukcapil", change: "message" }); off();
 */
export class InboxFeed {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  /** A change made in this process: every subscriber hears it at once, with a fresh event id. */
  publish(change: InboxChange): void {
    this.emit(change, { eventId: randomUUID(), remote: false });
  }

  /** A change another replica published (the bridge calls this): subscribers hear it with its origin. */
  receive(change: InboxChange, origin: ChangeOrigin): void {
    this.emit(change, origin);
  }

  /** Subscribes; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.emitter.on("change", listener);
    return () => this.emitter.off("change", listener);
  }

  private emit(change: InboxChange, origin: ChangeOrigin): void {
    for (const listener of this.emitter.listeners("change")) {
      try {
        (listener as Listener)(change, origin);
      } catch {
        // a subscriber's failure is its own (the SSE stream closes itself; alerts log theirs)
      }
    }
  }
}

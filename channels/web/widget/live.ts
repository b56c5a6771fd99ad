/** The widget's live channel: one EventSource per session, reconnected with back-off. */

/** A message the server pushed (an officer's reply, a ticket status change, a closed handoff). */
export interface LiveMessage {
  id: number;
  kind: "operator_message" | "status_change" | "handoff_closed";
  text: string;
  at: string;
}

/** First reconnect delay, and the ceiling the doubling stops at (ms). */
const BACKOFF_MS = { first: 1_000, max: 30_000 };

/**
 * Opens `/api/chat/events` for a session and keeps it open: after an error it closes the browser's
 * own retry and reconnects after 1 s, 2 s, 4 s … up to 30 s (reset once a connection opens), resuming
 * after the last message id it showed. Messages are handed over once each, in order.
 *
 * @example
 * const live = connectLive(base, token, cursor, (m) => showNotice(m.text));
 * live.close(); // "Percakapan baru"
 */
export function connectLive(base: string, sessionId: string, after: number, onMessage: (m: LiveMessage) => void): { close(): void } {
  let last = after;
  let delay = BACKOFF_MS.first;
  let source: EventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const open = () => {
    if (closed || typeof EventSource === "undefined") return;
    const es = new EventSource(`${base}/api/chat/events?session=${encodeURIComponent(sessionId)}&after=${last}`);
    source = es;
    es.onopen = () => {
      delay = BACKOFF_MS.first;
    };
    es.onmessage = (e: MessageEvent<string>) => {
      try {
        const m = JSON.parse(e.data) as LiveMessage;
        if (m.id <= last) return;
        last = m.id;
        onMessage(m);
      } catch {
        /* a malformed event is skipped */
      }
    };
    es.onerror = () => {
      es.close();
      if (closed) return;
      timer = setTimeout(open, delay);
      delay = Math.min(delay * 2, BACKOFF_MS.max);
    };
  };
  open();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      source?.close();
    },
  };
}

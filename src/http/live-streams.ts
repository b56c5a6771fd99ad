/**
 * Long-lived SSE streams (the widget's live events, the console inbox) end together when the server
 * shuts down; otherwise an open widget would keep `server.close()` waiting until the forced exit.
 */
export class LiveStreams {
  private readonly closers = new Set<() => void>();
  private ended = false;

  /**
   * Registers a stream's close function; returns the function that unregisters it. A stream opened
   * after `endAll` is closed at once.
   *
   * @example
   * const done = live.add(close); try { ...loop until closed... } finally { done(); }
   */
  add(close: () => void): () => void {
    if (this.ended) {
      close();
      return () => undefined;
    }
    this.closers.add(close);
    return () => void this.closers.delete(close);
  }

  /** How many streams are open. */
  get size(): number {
    return this.closers.size;
  }

  /** Ends every open stream, and any opened later. */
  endAll(): void {
    this.ended = true;
    for (const close of [...this.closers]) close();
    this.closers.clear();
  }
}

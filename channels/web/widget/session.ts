/** The conversation kept across page loads: session id and how many answers it has had. */
export interface Saved {
  sessionId?: string;
  answers: number;
}

/**
 * localStorage for one OPD's widget. Storage may be unavailable (privacy mode): the widget then
 * keeps the session in memory only.
 *
 * @example
 * const saved = sessionStorageFor("disdukcapil");
 * saved.set({ sessionId: reply.sessionId, answers: 1 }); // survives a page reload
 */
export function sessionStorageFor(opd: string) {
  const key = `layanan-tanya:${opd}`;
  let memory: Saved = { answers: 0 };
  try {
    const raw = window.localStorage.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as Partial<Saved>) : {};
    memory = { ...(typeof parsed.sessionId === "string" ? { sessionId: parsed.sessionId } : {}), answers: Number(parsed.answers) || 0 };
  } catch {
    /* storage blocked */
  }
  const write = () => {
    try {
      window.localStorage.setItem(key, JSON.stringify(memory));
    } catch {
      /* storage blocked */
    }
  };
  return {
    get: (): Saved => memory,
    set(next: Saved): void {
      memory = next;
      write();
    },
    clear(): void {
      memory = { answers: 0 };
      try {
        window.localStorage.removeItem(key);
      } catch {
        /* storage blocked */
      }
    },
  };
}

export type SessionStore = ReturnType<typeof sessionStorageFor>;

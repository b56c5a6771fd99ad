import { pino, type DestinationStream, type Logger, type LoggerOptions } from "pino";
import pretty from "pino-pretty";
import { maskPersonalData } from "../privacy/mask.js";

export type { Logger } from "pino";

/** Masks NIK/KK, phone numbers and e-mail addresses in every string of a log record, deeply. */
export function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return maskPersonalData(value).text;
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  if (value instanceof Error) return { type: value.name, message: maskPersonalData(value.message).text };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, depth + 1)]));
}

export interface LoggerSetup {
  /** `LOG_LEVEL` (fatal … trace, or silent). */
  level: string;
  /** Where JSON lines go (default stdout). */
  destination?: DestinationStream;
  /** Human-readable lines; default: only when stdout is a terminal. */
  pretty?: boolean;
}

/**
 * The service's structured logger (pino): one JSON object per line, personal data masked by the
 * same module as the stored turns (`maskPersonalData`), pretty-printed only on a TTY.
 *
 * @example
 * const log = createLogger({ level: env.LOG_LEVEL });
 * log.info({ nik: "7471085203950001" }, "looked up"); // {"level":30,...,"nik":"7471********0001","msg":"looked up"}
 */
export function createLogger(setup: LoggerSetup): Logger {
  const options: LoggerOptions = {
    level: setup.level,
    base: { service: "layanan-tanya" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { log: (record) => maskDeep(record) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === "string" ? maskPersonalData(a).text : a)) as Parameters<typeof method>);
      },
    },
  };
  const usePretty = setup.pretty ?? (setup.destination === undefined && process.stdout.isTTY === true);
  if (usePretty) return pino(options, pretty({ colorize: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname,service" }));
  return pino(options, setup.destination ?? pino.destination({ dest: 1, sync: false }));
}

/**
 * The `{ info, error }` shape channels and jobs log through, backed by the structured logger.
 *
 * @example
 * startChannels({ ..., log: lineLogger(log, "channels") });
 */
export function lineLogger(log: Logger, component: string, onError?: (message: string) => void) {
  return {
    info: (message: string) => log.info({ component }, message),
    error: (message: string) => {
      onError?.(message);
      log.error({ component }, message);
    },
  };
}

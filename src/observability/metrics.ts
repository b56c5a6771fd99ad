import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** What the index gauges read at scrape time. */
export interface IndexProbe {
  get(): { version: string | null; size: number } | null | undefined;
}

/**
 * The Prometheus metrics of one process (prom-client), on their own registry so tests and
 * several apps in one process do not collide. Names are prefixed `layanan_`.
 */
export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<"method" | "route" | "status">;
  answers: Counter<"status" | "channel">;
  evidence: Histogram<"channel">;
  rateLimited: Counter<"route">;
  sendFailures: Counter<"channel" | "kind">;
  pipelineFailures: Counter<"step">;
  /** Reports the index behind `layanan_index_chunks` / `layanan_index_info`. */
  watchIndex(index: IndexProbe): void;
  /** Adds a queue whose depth is read at scrape time (`layanan_queue_depth{queue}`). */
  /** A queue's depth, read at each scrape (a database count or a Redis queue may answer asynchronously). */
  watchQueue(name: string, depth: () => number | Promise<number>): void;
}

/**
 * Builds the registry with every metric the dashboard (`docs/grafana-dashboard.json`) uses.
 *
 * @example
 * const metrics = createMetrics();
 * metrics.answers.inc({ status: "answered", channel: "web" });
 * await metrics.registry.metrics(); // "# HELP layanan_answers_total ..."
 */
export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: "layanan_" });
  const registers = [registry];
  const answers = new Counter({
    name: "layanan_answers_total",
    help: "Answered turns by answer status and channel",
    labelNames: ["status", "channel"],
    registers,
  });
  let index: IndexProbe | undefined;
  const queues = new Map<string, () => number | Promise<number>>();
  new Gauge({
    name: "layanan_no_answer_ratio",
    help: "Share of turns answered no_answer since the process started",
    registers,
    async collect() {
      const values = (await answers.get()).values;
      const total = values.reduce((s, v) => s + v.value, 0);
      const none = values.filter((v) => v.labels.status === "no_answer").reduce((s, v) => s + v.value, 0);
      this.set(total === 0 ? 0 : none / total);
    },
  });
  new Gauge({
    name: "layanan_index_chunks",
    help: "Chunks in the loaded index",
    registers,
    collect() {
      this.set(index?.get()?.size ?? 0);
    },
  });
  new Gauge({
    name: "layanan_index_info",
    help: "The loaded index version (value 1)",
    labelNames: ["version"],
    registers,
    collect() {
      this.reset();
      const version = index?.get()?.version;
      if (version) this.set({ version }, 1);
    },
  });
  new Gauge({
    name: "layanan_queue_depth",
    help: "Items waiting in a queue (channel answers in progress, undelivered outbox messages)",
    labelNames: ["queue"],
    registers,
    async collect() {
      const depths = await Promise.all([...queues].map(async ([queue, depth]) => [queue, await depth()] as const));
      this.reset();
      for (const [queue, depth] of depths) this.set({ queue }, depth);
    },
  });
  return {
    registry,
    answers,
    httpDuration: new Histogram({
      name: "layanan_http_request_duration_seconds",
      help: "HTTP request latency by route (streams: until the last event)",
      labelNames: ["method", "route", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    evidence: new Histogram({
      name: "layanan_answer_evidence",
      help: "Evidence of each turn's best passage (>= 1 is enough to answer)",
      labelNames: ["channel"],
      buckets: [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 5],
      registers,
    }),
    rateLimited: new Counter({
      name: "layanan_rate_limit_rejections_total",
      help: "Requests refused with 429 by the rate limit",
      labelNames: ["route"],
      registers,
    }),
    sendFailures: new Counter({
      name: "layanan_channel_send_failures_total",
      help: "Channel messages that could not be sent",
      labelNames: ["channel", "kind"],
      registers,
    }),
    pipelineFailures: new Counter({ name: "layanan_pipeline_failures_total", help: "Turns whose pipeline step failed", labelNames: ["step"], registers }),
    watchIndex: (probe) => {
      index = probe;
    },
    watchQueue: (name, depth) => {
      queues.set(name, depth);
    },
  };
}

import type { Engine } from "../answer/engine.js";
import type { Notifier } from "../notify/types.js";
import type { Metrics } from "./metrics.js";

/**
 * A notifier whose attached deliveries count their failures
 * (`layanan_channel_send_failures_total{channel, kind="notify"}`); the failed message is still
 * kept in the outbox by the inner notifier.
 *
 * @example
 * startChannels({ ..., notifier: countSendFailures(forms.notifier, metrics) });
 */
export function countSendFailures(inner: Notifier, metrics: Metrics): Notifier {
  return {
    notify: (message) => inner.notify(message),
    takePending: (channel, userId) => inner.takePending(channel, userId),
    attach: (channel, deliver) =>
      inner.attach(channel, async (message) => {
        try {
          await deliver(message);
        } catch (err) {
          metrics.sendFailures.inc({ channel, kind: "notify" });
          throw err;
        }
      }),
  };
}

/**
 * The same engine, counting the messages it is answering, by channel, as the depth of the
 * `answering:<channel>` queue (messages received and not yet answered).
 *
 * @example
 * startChannels({ ..., engine: countInFlight(services.engine, metrics) });
 */
export function countInFlight<E extends Engine>(engine: E, metrics: Metrics): E {
  const inFlight = new Map<string, number>();
  const answer: Engine["answer"] = async (request, ...rest) => {
    const channel = request.channel ?? "web";
    if (!inFlight.has(channel)) metrics.watchQueue(`answering:${channel}`, () => inFlight.get(channel) ?? 0);
    inFlight.set(channel, (inFlight.get(channel) ?? 0) + 1);
    try {
      return await engine.answer(request, ...rest);
    } finally {
      inFlight.set(channel, (inFlight.get(channel) ?? 1) - 1);
    }
  };
  return { ...engine, answer } as E;
}

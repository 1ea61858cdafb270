import type { Logger } from '@nestjs/common';

export interface Poller {
  /** Stop the timer and wait for a run in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Run `run` every `everyMs`, never two at once in this process (a slow run makes the
 * next tick skip), logging failures instead of throwing. The timer does not keep the
 * process alive. Background jobs (reminders, cleanup) start one at bootstrap and stop
 * it at shutdown.
 */
export function startPolling(opts: { everyMs: number; run: () => Promise<unknown>; logger: Logger; what: string }): Poller {
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = opts
      .run()
      .catch((e: unknown) => opts.logger.error({ err: e }, `${opts.what} failed`))
      .finally(() => (running = undefined));
  }, opts.everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * A subscription's events, with the subscriber's right to them checked again at most every
 * `everyMs` (when an event is about to be delivered): a mentor removed from the cohort, or
 * a session signed out, stops receiving events instead of keeping them until the socket
 * closes. When `check` throws, the error ends the subscription (graphql-ws sends it to the
 * client) and the source is released.
 *
 * A plain iterator object rather than an async generator: `return()` must reach the source
 * at once (unsubscribing), not wait for its next event.
 */
export const REAUTHORIZE = {
  /** How often a long-lived subscription re-checks its subscriber (tests lower it). */
  everyMs: 60_000,
};

export function reauthorizing<T>(
  source: AsyncIterator<T>,
  check: () => Promise<void>,
  everyMs = REAUTHORIZE.everyMs,
  now: () => number = Date.now,
): AsyncIterableIterator<T> {
  let checkedAt = now();
  const release = async (): Promise<IteratorResult<T>> => (source.return ? source.return() : { done: true, value: undefined });
  const it: AsyncIterableIterator<T> = {
    async next() {
      const r = await source.next();
      if (r.done) return r;
      if (now() - checkedAt >= everyMs) {
        try {
          await check();
        } catch (e) {
          await release();
          throw e;
        }
        checkedAt = now();
      }
      return r;
    },
    return: release,
    async throw(e: unknown) {
      await release();
      throw e;
    },
    [Symbol.asyncIterator]() {
      return it;
    },
  };
  return it;
}

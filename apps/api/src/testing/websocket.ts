import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

/** The server's ws:// URL for /graphql, listening on a free port first if it isn't yet. */
export async function graphqlWsUrl(server: Server): Promise<string> {
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return `ws://127.0.0.1:${port}/graphql`;
}

export interface TestSubscription<T> {
  /** The next event (or error result), failing after `timeoutMs`. */
  next(timeoutMs?: number): Promise<ExecutionResult<T>>;
  /** Ends the subscription (the socket stays open for others). */
  close(): Promise<void>;
}

/**
 * A graphql-ws client as a browser would open it: the session cookie and an Origin on the
 * upgrade request. `closed` resolves with the close code if the server refuses the socket.
 */
export function wsClient(url: string, opts: { cookie?: string; origin?: string } = {}): { client: Client; closed: Promise<number> } {
  let onClosed!: (code: number) => void;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const headers: Record<string, string> = {};
  if (opts.cookie) headers.cookie = opts.cookie;
  if (opts.origin) headers.origin = opts.origin;
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const client = createClient({
    url,
    webSocketImpl: CookieWebSocket,
    retryAttempts: 0,
    lazy: false,
    // A refused socket is what some tests expect; `closed` reports it.
    onNonLazyError: () => undefined,
    on: { closed: (e) => onClosed((e as { code: number }).code) },
  });
  return { client, closed };
}

/** Subscribes and queues what arrives, so a test can trigger a change and then await it. */
export function subscribe<T = Record<string, unknown>>(client: Client, query: string, variables: Record<string, unknown> = {}): TestSubscription<T> {
  const queue: ExecutionResult<T>[] = [];
  const waiting: ((r: ExecutionResult<T>) => void)[] = [];
  const push = (r: ExecutionResult<T>) => {
    const w = waiting.shift();
    if (w) w(r);
    else queue.push(r);
  };
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: push,
      error: (e) => push({ errors: Array.isArray(e) ? e : [{ message: String((e as Error).message ?? e) }] } as ExecutionResult<T>),
      complete: () => undefined,
    },
  );
  return {
    next: (timeoutMs = 10_000) => {
      const ready = queue.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no subscription event within ${timeoutMs} ms`)), timeoutMs);
        waiting.push((r) => {
          clearTimeout(timer);
          resolve(r);
        });
      });
    },
    close: async () => dispose(),
  };
}

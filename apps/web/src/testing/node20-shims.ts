/**
 * The few Node 22 / ES2025 features jsdom 31 (and its undici 8) need at load time,
 * provided on Node 20 for the test environment only. Each shim is installed only when
 * the runtime lacks the feature, so on Node 22+ this does nothing.
 *
 * - `zlib.createZstdDecompress`: undici reads it on load; nothing here fetches zstd data.
 * - `worker_threads.markAsUncloneable`: undici calls it on its own objects; a no-op is safe.
 * - `Promise.withResolvers`, `Map.groupBy`, `Object.groupBy`.
 * - `Iterator` and iterator helpers (map, filter, find, …): jsdom walks the DOM with them.
 *   jsdom also copies every global named in its js-globals.json into each window's
 *   own realm, where Node 20 has no `Iterator`; that one name is left out of the list.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import zlib from 'node:zlib';
import workerThreads from 'node:worker_threads';

type Fn = (...args: never[]) => unknown;

/** `Map.groupBy` / `Object.groupBy` (Node 21+): Vitest 5's own reporter uses them. */
export function installGroupByShims(): void {
  const M = Map as unknown as Record<string, unknown>;
  if (typeof M.groupBy !== 'function') {
    M.groupBy = <T, K>(items: Iterable<T>, key: (item: T, i: number) => K) => {
      const out = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const list = out.get(k);
        if (list) list.push(item);
        else out.set(k, [item]);
      }
      return out;
    };
  }
  const O = Object as unknown as Record<string, unknown>;
  if (typeof O.groupBy !== 'function') {
    O.groupBy = <T>(items: Iterable<T>, key: (item: T, i: number) => PropertyKey) => {
      const out = Object.create(null) as Record<PropertyKey, T[]>;
      let i = 0;
      for (const item of items) (out[key(item, i++)] ??= []).push(item);
      return out;
    };
  }
}

export function installNode20Shims(): void {
  installGroupByShims();
  const P = Promise as unknown as Record<string, unknown>;
  if (typeof P.withResolvers !== 'function') {
    // jsdom delays the load event with it (Node 22+).
    P.withResolvers = <T>() => {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    };
  }
  const z = zlib as unknown as Record<string, unknown>;
  if (typeof z.createZstdDecompress !== 'function') {
    z.createZstdDecompress = () => {
      throw new Error('zstd decompression needs Node 22.15 or newer');
    };
  }
  const wt = workerThreads as unknown as Record<string, unknown>;
  if (typeof wt.markAsUncloneable !== 'function') wt.markAsUncloneable = () => {};

  const g = globalThis as unknown as Record<string, unknown>;
  if (typeof g.Iterator === 'function') return;

  const require = createRequire(import.meta.url);
  const jsGlobals = require(join(dirname(require.resolve('jsdom')), 'generated/js-globals.json')) as Record<string, unknown>;
  delete jsGlobals.Iterator;

  const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as Record<string, Fn> & Iterable<unknown>;
  function Iterator(this: unknown) {}
  Iterator.prototype = IteratorPrototype;
  Iterator.from = (source: Iterable<unknown> | Iterator<unknown>) => {
    const it = Symbol.iterator in Object(source) ? (source as Iterable<unknown>)[Symbol.iterator]() : (source as Iterator<unknown>);
    return (function* () {
      yield* { [Symbol.iterator]: () => it };
    })();
  };
  g.Iterator = Iterator;

  const helpers: Record<string, Fn> = {
    *map(this: Iterable<unknown>, fn: (v: unknown, i: number) => unknown) {
      let i = 0;
      for (const v of this) yield fn(v, i++);
    },
    *filter(this: Iterable<unknown>, fn: (v: unknown, i: number) => unknown) {
      let i = 0;
      for (const v of this) if (fn(v, i++)) yield v;
    },
    *take(this: Iterable<unknown>, n: number) {
      if (n <= 0) return;
      let i = 0;
      for (const v of this) {
        yield v;
        if (++i >= n) return;
      }
    },
    *drop(this: Iterable<unknown>, n: number) {
      let i = 0;
      for (const v of this) if (i++ >= n) yield v;
    },
    *flatMap(this: Iterable<unknown>, fn: (v: unknown, i: number) => Iterable<unknown>) {
      let i = 0;
      for (const v of this) yield* fn(v, i++);
    },
    toArray(this: Iterable<unknown>) {
      return Array.from(this);
    },
    forEach(this: Iterable<unknown>, fn: (v: unknown, i: number) => void) {
      let i = 0;
      for (const v of this) fn(v, i++);
    },
    some(this: Iterable<unknown>, fn: (v: unknown, i: number) => unknown) {
      let i = 0;
      for (const v of this) if (fn(v, i++)) return true;
      return false;
    },
    every(this: Iterable<unknown>, fn: (v: unknown, i: number) => unknown) {
      let i = 0;
      for (const v of this) if (!fn(v, i++)) return false;
      return true;
    },
    find(this: Iterable<unknown>, fn: (v: unknown, i: number) => unknown) {
      let i = 0;
      for (const v of this) if (fn(v, i++)) return v;
      return undefined;
    },
    reduce(this: Iterable<unknown>, fn: (acc: unknown, v: unknown, i: number) => unknown, ...init: unknown[]) {
      let i = 0;
      let started = init.length > 0;
      let acc = init[0];
      for (const v of this) {
        if (!started) {
          acc = v;
          started = true;
          i++;
          continue;
        }
        acc = fn(acc, v, i++);
      }
      if (!started) throw new TypeError('Reduce of empty iterator with no initial value');
      return acc;
    },
  };
  for (const [name, fn] of Object.entries(helpers)) {
    if (!(name in IteratorPrototype)) Object.defineProperty(IteratorPrototype, name, { value: fn, writable: true, configurable: true });
  }
}

import { useCallback, useRef, useState } from 'react';

/** A random idempotency key (crypto.randomUUID where the browser has it). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One submit intent, one idempotency key: the key is made on the first click and kept
 * until a submit succeeds, so a double click (ignored while one is running) or a retry
 * after a lost answer hands in one version only. Editing the answer afterwards starts a
 * new intent (`forget`): that text deserves its own version.
 */
export function useSubmitOnce<T>(submit: (idempotencyKey: string) => Promise<T>) {
  const keyRef = useRef<string | null>(null);
  const busyRef = useRef(false);
  const [busy, setBusy] = useState(false);

  const run = async (): Promise<T | null> => {
    if (busyRef.current) return null;
    busyRef.current = true;
    setBusy(true);
    keyRef.current ??= newIdempotencyKey();
    try {
      const result = await submit(keyRef.current);
      keyRef.current = null;
      return result;
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  const forget = useCallback(() => {
    if (!busyRef.current) keyRef.current = null;
  }, []);

  return { run, busy, forget };
}

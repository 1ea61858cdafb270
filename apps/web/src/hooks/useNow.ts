import { useEffect, useState } from 'react';
import { DateTime, nowUtc } from '@gantry/shared';

/**
 * The current instant, re-read every `everyMs` and also right at each of `wakeAt` (e.g.
 * the moment a Join button opens), so time-dependent UI changes on time rather than up
 * to one interval late. Tests drive it with fake timers.
 */
export function useNow(everyMs = 30_000, wakeAt: readonly (string | null | undefined)[] = []): DateTime {
  const [now, setNow] = useState(() => nowUtc());
  useEffect(() => {
    const id = window.setInterval(() => setNow(nowUtc()), everyMs);
    return () => window.clearInterval(id);
  }, [everyMs]);
  const key = wakeAt.join('|');
  useEffect(() => {
    const nowMs = now.toMillis();
    const next = key
      .split('|')
      .filter(Boolean)
      .map((iso) => DateTime.fromISO(iso).toMillis() - nowMs)
      .filter((ms) => ms > 0 && ms < everyMs)
      .sort((a, b) => a - b)[0];
    if (next === undefined) return;
    const id = window.setTimeout(() => setNow(nowUtc()), next + 20);
    return () => window.clearTimeout(id);
  }, [key, everyMs, now]);
  return now;
}

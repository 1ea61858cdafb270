import { useEffect, useRef, useState } from 'react';
import { crossedThreshold, minutesLeftText, secondsLeftNow } from '../model';

/**
 * The attempt's countdown by the server's clock. Every answer that carries `secondsLeft`
 * (with a fresh `serverNow`) re-anchors it, so a reload, a sleeping laptop or a skewed
 * clock never changes the deadline. Speaks up (`announcement`) at 30, 10, 5 and 1 minutes
 * left, never every second, and calls `onExpire` once when it reaches zero.
 */
export function useServerCountdown(secondsLeft: number | null | undefined, serverNow: string | undefined, onExpire: () => void) {
  const [anchor, setAnchor] = useState<{ seconds: number; at: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [announcement, setAnnouncement] = useState('');
  const last = useRef<number | null>(null);
  const expired = useRef(false);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  // A new reading of the server's clock: count from it.
  useEffect(() => {
    if (secondsLeft === null || secondsLeft === undefined) {
      setAnchor(null);
      return;
    }
    const at = Date.now();
    setAnchor({ seconds: secondsLeft, at });
    setNow(at);
    if (secondsLeft > 0) expired.current = false;
  }, [secondsLeft, serverNow]);

  useEffect(() => {
    if (!anchor) return;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [anchor]);

  const left = anchor ? secondsLeftNow(anchor.seconds, anchor.at, now) : null;

  useEffect(() => {
    if (left === null) return;
    const hit = crossedThreshold(last.current, left);
    last.current = left;
    if (hit !== null && left > 0) setAnnouncement(minutesLeftText(hit));
    if (left === 0 && !expired.current) {
      expired.current = true;
      setAnnouncement('Time is up. Your answers are being submitted.');
      expire.current();
    }
  }, [left]);

  return { secondsLeft: left, announcement };
}

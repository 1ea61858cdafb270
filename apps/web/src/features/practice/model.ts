/**
 * Practice quizzes and the mock exam in the browser: the words and pure rules the pages
 * share. Nothing here decides whether an answer is right (the server scores and reveals);
 * it only counts, words times and reads the server's clock.
 */
import { inZone } from '@gantry/shared';

export type Feedback = 'IMMEDIATE' | 'AT_END';
export type Selection = 'FIXED' | 'RULE';
export type DifficultyValue = 'EASY' | 'MEDIUM' | 'HARD';

export const FEEDBACK_LABEL: Record<Feedback, string> = {
  IMMEDIATE: 'After each answer (the answer then locks)',
  AT_END: 'At the end, after submitting',
};
export const DIFFICULTY_LABEL: Record<DifficultyValue, string> = { EASY: 'Easy', MEDIUM: 'Medium', HARD: 'Hard' };

/** Minutes left at which the timer speaks up (screen readers hear these, not every second). */
export const ANNOUNCE_AT_MINUTES = [30, 10, 5, 1] as const;

/**
 * The threshold crossed going from `before` to `after` seconds left (the smallest one when
 * a jump crosses several, e.g. after the laptop slept), or null.
 */
export function crossedThreshold(before: number | null, after: number): number | null {
  if (before === null || after >= before) return null;
  let hit: number | null = null;
  for (const m of ANNOUNCE_AT_MINUTES) if (before > m * 60 && after <= m * 60) hit = m;
  return hit;
}

/** "1 minute left", "30 minutes left". */
export function minutesLeftText(minutes: number): string {
  return `${minutes} minute${minutes === 1 ? '' : 's'} left`;
}

/** A countdown: "2:59:07", "9:05", "0:07". */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const mm = h ? String(m).padStart(2, '0') : String(m);
  return `${h ? `${h}:` : ''}${mm}:${String(r).padStart(2, '0')}`;
}

/** Time left in words for a label: "2 hours 59 minutes left", "4 minutes 5 seconds left". */
export function timeLeftWords(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const part = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (h) return `${part(h, 'hour')}${m ? ` ${part(m, 'minute')}` : ''} left`;
  if (m) return `${part(m, 'minute')}${m < 10 && r ? ` ${part(r, 'second')}` : ''} left`;
  return `${part(r, 'second')} left`;
}

/**
 * Seconds left now, by the server's word: `secondsLeft` was true when the answer was
 * read (`readAtMs` on this browser's clock), so the browser's own clock (skewed or not)
 * only measures the time since. A reload reads a fresh `secondsLeft`.
 */
export function secondsLeftNow(secondsLeft: number, readAtMs: number, nowMs: number): number {
  return Math.max(0, secondsLeft - Math.floor((nowMs - readAtMs) / 1000));
}

/** A question's state in the navigator: what it is, in words too (never by colour alone). */
export interface NavState {
  answered: boolean;
  flagged: boolean;
  current: boolean;
}

export function navLabel(position: number, s: NavState): string {
  const parts = [s.answered ? 'answered' : 'not answered'];
  if (s.flagged) parts.push('flagged for review');
  if (s.current) parts.push('current question');
  return `Question ${position + 1}: ${parts.join(', ')}`;
}

/** "3 unanswered and 2 flagged", "all 10 answered". */
export function reviewSummary(itemCount: number, unanswered: number, flagged: number): string {
  const bits = [unanswered ? `${unanswered} unanswered` : `all ${itemCount} answered`];
  if (flagged) bits.push(`${flagged} flagged for review`);
  return bits.join(', ');
}

/** The confirmation before submitting, in the student's terms. */
export function submitWarning(unanswered: number): string {
  if (!unanswered) return 'Every question has an answer. Once you submit, your answers can no longer change.';
  return `${unanswered} unanswered question${unanswered === 1 ? '' : 's'} will count as wrong. Once you submit, your answers can no longer change.`;
}

/** "Mar 10, 2031, 7:42 PM" in the viewer's zone. */
export function shortDateTime(iso: string, zone: string): string {
  return inZone(iso, zone).setLocale('en-US').toFormat('LLL d, yyyy, h:mm a');
}

/** "2 h 14 min" between two instants (whole minutes). */
export function durationBetween(fromIso: string, toIso: string): string {
  const minutes = Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}

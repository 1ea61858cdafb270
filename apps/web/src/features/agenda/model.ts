/**
 * The agenda's vocabulary and the pure rules the screens share: labels, reading order,
 * minutes per phase, the draft the mentor edits and when each item reaches students.
 */
import { releasesAt } from '@gantry/shared';
import type { AgendaPhase, MaterialKind, ReleaseRule } from '@/gql/graphql';

export const PHASES: readonly AgendaPhase[] = ['BEFORE', 'DURING', 'AFTER'];

export const PHASE_LABEL: Record<AgendaPhase, string> = {
  BEFORE: 'Before the session',
  DURING: 'During the session',
  AFTER: 'After the session',
};

/** Short names for a select or a badge. */
export const PHASE_SHORT: Record<AgendaPhase, string> = { BEFORE: 'Before', DURING: 'During', AFTER: 'After' };

export const KIND_LABEL: Record<MaterialKind, string> = { READING: 'Reading', LINK: 'Link', FILE: 'File' };

export const RELEASE_LABEL: Record<ReleaseRule, string> = {
  NOW: 'Now',
  DAYS_BEFORE: 'Days before the session',
  AFTER_END: 'After the session ends',
};

/** The builder offers 1–30 days (the API accepts 0–60). */
export const RELEASE_DAYS_MIN = 1;
export const RELEASE_DAYS_MAX = 30;
export const DEFAULT_RELEASE_DAYS = 7;

/**
 * Items as students work through them: by phase (before, during, after), and in the
 * mentor's order within a phase.
 */
export function inReadingOrder<T extends { phase: AgendaPhase; position: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) || a.position - b.position);
}

export function groupByPhase<T extends { phase: AgendaPhase; position: number }>(items: readonly T[]): { phase: AgendaPhase; items: T[] }[] {
  const ordered = inReadingOrder(items);
  return PHASES.map((phase) => ({ phase, items: ordered.filter((i) => i.phase === phase) })).filter((g) => g.items.length > 0);
}

export function minutesByPhase(items: readonly { phase: AgendaPhase; minutes: number }[]): Record<AgendaPhase, number> {
  const out: Record<AgendaPhase, number> = { BEFORE: 0, DURING: 0, AFTER: 0 };
  for (const i of items) out[i.phase] += i.minutes;
  return out;
}

/** One row of the agenda the mentor is editing (keyed by its material: an item is on an agenda once). */
export interface DraftItem {
  materialId: string;
  title: string;
  kind: MaterialKind;
  minutes: number;
  phase: AgendaPhase;
  release: ReleaseRule;
  /** Set when `release` is DAYS_BEFORE. */
  releaseDays: number | null;
}

export interface SavedAgendaItem {
  phase: AgendaPhase;
  release: ReleaseRule;
  releaseDays?: number | null;
  material: { id: string; title: string; kind: MaterialKind; minutes: number };
}

export function toDraft(items: readonly SavedAgendaItem[]): DraftItem[] {
  return items.map((i) => ({
    materialId: i.material.id,
    title: i.material.title,
    kind: i.material.kind,
    minutes: i.material.minutes,
    phase: i.phase,
    release: i.release,
    releaseDays: i.release === 'DAYS_BEFORE' ? (i.releaseDays ?? DEFAULT_RELEASE_DAYS) : null,
  }));
}

/** A new row from the library: read before the session, released a week ahead. */
export function newDraftItem(material: { id: string; title: string; kind: MaterialKind; minutes: number }): DraftItem {
  return { materialId: material.id, title: material.title, kind: material.kind, minutes: material.minutes, phase: 'BEFORE', release: 'DAYS_BEFORE', releaseDays: DEFAULT_RELEASE_DAYS };
}

/** What `setSessionAgenda` takes, in this order. */
export function toAgendaInput(items: readonly DraftItem[]) {
  return items.map((i) => ({ materialId: i.materialId, phase: i.phase, release: i.release, releaseDays: i.release === 'DAYS_BEFORE' ? i.releaseDays : null }));
}

/** Whether two drafts would save the same agenda. */
export function sameAgenda(a: readonly DraftItem[], b: readonly DraftItem[]): boolean {
  return JSON.stringify(toAgendaInput(a)) === JSON.stringify(toAgendaInput(b));
}

/** The list with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(items.length - 1, to));
  if (from === target || from < 0 || from >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved!);
  return next;
}

/** When students first see an item (an ISO instant), or null for "now". Same rule as the API. */
export function releaseInstant(item: { release: ReleaseRule; releaseDays: number | null }, session: { startsAt: string; endsAt: string }): string | null {
  return releasesAt(item.release, item.releaseDays, session.startsAt, session.endsAt);
}

/** The headline's matches, which the API marks with « and », as plain and marked pieces. */
export function headlineParts(headline: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  const re = /«([^»]*)»/g;
  let at = 0;
  for (let m = re.exec(headline); m; m = re.exec(headline)) {
    if (m.index > at) parts.push({ text: headline.slice(at, m.index), match: false });
    parts.push({ text: m[1]!, match: true });
    at = m.index + m[0].length;
  }
  if (at < headline.length) parts.push({ text: headline.slice(at), match: false });
  return parts;
}

/** Agenda-shaped API answers for tests, with the __typename fields the cache relies on. */
import type { AgendaPhase, MaterialKind, ReleaseRule } from '@/gql/graphql';

export function progress(done: number, total: number, minutesLeft: number) {
  return { __typename: 'AgendaProgress' as const, done, total, minutesLeft };
}

export function material(id: string, title: string, minutes: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Material' as const,
    id,
    kind: 'READING' as MaterialKind,
    title,
    minutes,
    summary: `What ${title} covers.`,
    bodyHtml: `<p>${title}: the reading.</p>`,
    url: null as string | null,
    file: null as unknown,
    modalities: [{ __typename: 'Modality' as const, code: 'CT', name: 'Computed tomography' }],
    domains: [{ __typename: 'ExamDomain' as const, code: 'SAFETY', name: 'Safety and regulatory compliance' }],
    ...overrides,
  };
}

export function agendaItem(
  id: string,
  mat: ReturnType<typeof material>,
  opts: { position?: number; phase?: AgendaPhase; release?: ReleaseRule; releaseDays?: number | null; released?: boolean; releasesAt?: string | null; viewerDone?: boolean; sessionId?: string } = {},
) {
  return {
    __typename: 'AgendaItem' as const,
    id,
    sessionId: opts.sessionId ?? 'session-1',
    position: opts.position ?? 0,
    phase: opts.phase ?? 'BEFORE',
    release: opts.release ?? 'NOW',
    releaseDays: opts.releaseDays ?? null,
    released: opts.released ?? true,
    releasesAt: opts.releasesAt ?? null,
    viewerDone: opts.viewerDone ?? false,
    material: mat,
  };
}

/** Three CT readings: two before the session (7 and 6 minutes), one after it (5 minutes). */
export function ctAgenda(opts: { doneFirst?: boolean; sessionId?: string } = {}) {
  const sessionId = opts.sessionId ?? 'session-1';
  return [
    agendaItem('item-1', material('mat-1', 'CT x-ray tubes and the rotating gantry', 7), { position: 0, viewerDone: !!opts.doneFirst, sessionId }),
    agendaItem('item-2', material('mat-2', 'CT detectors and calibration', 6), { position: 1, sessionId }),
    agendaItem('item-3', material('mat-3', 'CT dose and radiation safety', 5), { position: 2, phase: 'AFTER', sessionId }),
  ];
}

export function coverageRow(kind: 'MODALITY' | 'DOMAIN', code: string, name: string, items: number, sessionIds: string[]) {
  return { __typename: 'CoverageRow' as const, kind, code, name, items, sessionIds };
}

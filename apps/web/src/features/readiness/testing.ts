/** Readiness-shaped API answers for tests, with the __typename fields the cache relies on. */

export function domain(id: string, code: string, name: string) {
  return { __typename: 'ExamDomain' as const, id, code, name };
}

export function modality(id: string, code: string, name: string) {
  return { __typename: 'Modality' as const, id, code, name };
}

export const DOMAINS = [
  domain('d-1', 'PATIENT_CARE', 'Patient care'),
  domain('d-2', 'SAFETY', 'Safety and infection control'),
  domain('d-3', 'IMAGING_EQUIPMENT', 'Imaging equipment'),
  domain('d-4', 'NETWORKING', 'Networking and IT'),
] as const;

/** A score cell; percent follows from the counts (null without answers), as the API computes it. */
export function cell(d: ReturnType<typeof domain>, correct: number, total: number) {
  return { __typename: 'ReadinessCell' as const, domain: d, correct, total, percent: total ? Math.round((100 * correct) / total) : null };
}

export function modalityCell(m: ReturnType<typeof modality> | null, correct: number, total: number) {
  return { __typename: 'ModalityReadiness' as const, modality: m, correct, total, percent: total ? Math.round((100 * correct) / total) : null };
}

export function trendPoint(attemptId: string, at: string, percent: number, kind: 'PRACTICE' | 'MOCK' = 'PRACTICE', title = `Quiz ${attemptId}`) {
  return { __typename: 'TrendPoint' as const, attemptId, at, kind, percent, correct: percent, total: 100, title };
}

/** Something to study: a released agenda item (opens there) or only a library title (`agendaItemId` null). */
export function link(materialId: string, title: string, agendaItemId: string | null = null) {
  return { __typename: 'StudyLink' as const, materialId, title, agendaItemId };
}

/** The released items among the links, as library items. */
export function material(id: string, minutes = 15, summary = '') {
  return { __typename: 'Material' as const, id, summary, minutes };
}

export function studyNext(d: ReturnType<typeof domain>, correct: number, total: number, links: ReturnType<typeof link>[], materials: ReturnType<typeof material>[] = []) {
  return { __typename: 'StudyNextItem' as const, domain: d, correct, total, percent: total ? Math.round((100 * correct) / total) : null, links, materials };
}

export function student(id: string, displayName: string) {
  return { __typename: 'AttendanceStudent' as const, id, displayName };
}

export function heatmapRow(s: ReturnType<typeof student>, cells: ReturnType<typeof cell>[]) {
  return { __typename: 'HeatmapRow' as const, student: s, cells, answered: cells.reduce((n, c) => n + c.total, 0) };
}

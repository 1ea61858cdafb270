import { In, type EntityManager } from 'typeorm';
import { DateTime, nowUtc, relativeDueAt } from '@gantry/shared';
import type { CohortSessionEntity } from '../cohorts/cohort-session.entity';
import { renderMarkdown } from '../common/markdown/markdown';
import { AssignmentEntity, DueMode, type AssignmentKind, type LatePolicy, type RubricCriterion } from './assignment.entity';

/**
 * Where assignments meet the schedule, as plain functions over the caller's transaction
 * (the cohorts module calls them; it does not depend on the homework module):
 * relative due times follow their session, and templates carry assignments to next season.
 */

/** Re-derive `due_at` of RELATIVE assignments anchored on these sessions. Call inside the move's transaction. */
export async function followSessionMoves(m: EntityManager, sessions: readonly Pick<CohortSessionEntity, 'id' | 'startsAt'>[]): Promise<number> {
  if (!sessions.length) return 0;
  const starts = new Map(sessions.map((s) => [s.id, s.startsAt]));
  const anchored = await m.find(AssignmentEntity, {
    where: { dueMode: DueMode.Relative, dueSessionId: In([...starts.keys()]) },
    select: { id: true, dueSessionId: true, dueOffsetMinutes: true, dueAt: true },
  });
  let changed = 0;
  for (const a of anchored) {
    const dueAt = new Date(relativeDueAt(starts.get(a.dueSessionId!)!.toISOString(), a.dueOffsetMinutes ?? 0));
    if (dueAt.getTime() === a.dueAt.getTime()) continue;
    // Not a mentor's edit, so the version (the edit lock) stays: an open edit form can still be saved.
    await m.query(`UPDATE assignment SET due_at = $2, updated_at = now() WHERE id = $1`, [a.id, dueAt]);
    changed++;
  }
  await dropOutdatedExtensions(m, anchored.map((a) => a.id));
  return changed;
}

/**
 * An extension is always later than the cohort-wide due time (granting checks it); when the
 * due time moves past one, the extension means nothing any more and is dropped, so a
 * student's due time is never earlier than everyone else's.
 */
export async function dropOutdatedExtensions(m: EntityManager, assignmentIds: readonly string[]): Promise<void> {
  if (!assignmentIds.length) return;
  await m.query(
    `DELETE FROM assignment_extension x USING assignment a
      WHERE a.id = x.assignment_id AND a.id = ANY($1::uuid[]) AND x.due_at <= a.due_at`,
    [[...assignmentIds]],
  );
}

/** An assignment as a template keeps it: by session position; every due time becomes an offset from a session's start. */
export interface TemplateAssignment {
  /** Position of its session among the template's planned sessions (0-based). */
  sessionIndex: number;
  position: number;
  title: string;
  instructionsMarkdown: string;
  kind: string;
  points: number | null;
  /** RELATIVE: follows session `dueSessionIndex`; ABSOLUTE: fixed, `dueOffsetMinutes` after its own session's start. */
  dueMode: string;
  dueSessionIndex: number;
  dueOffsetMinutes: number;
  latePolicy: string;
  rubric: RubricCriterion[];
  published: boolean;
  /** QUIZ: its settings (the practice module's `quiz` row), copied with it. */
  quiz?: Record<string, unknown> | null;
}

/** The assignments of these planned sessions (in order), as a template keeps them. Assignments on other sessions are left out. */
export async function assignmentsForTemplate(m: EntityManager, planned: readonly CohortSessionEntity[]): Promise<TemplateAssignment[]> {
  if (!planned.length) return [];
  const index = new Map(planned.map((s, i) => [s.id, i]));
  const rows = await m.find(AssignmentEntity, { where: { sessionId: In([...index.keys()]) }, order: { position: 'ASC', createdAt: 'ASC' } });
  const out: TemplateAssignment[] = [];
  const quizzes = new Map<string, Record<string, unknown>>();
  const quizIds = rows.filter((a) => a.kind === 'QUIZ').map((a) => a.id);
  if (quizIds.length) for (const { assignment_id, ...q } of await m.query(`SELECT * FROM quiz WHERE assignment_id = ANY($1::uuid[])`, [quizIds])) quizzes.set(assignment_id, q);
  for (const a of rows) {
    const sessionIndex = index.get(a.sessionId)!;
    const anchor = a.dueMode === DueMode.Relative && a.dueSessionId !== null ? index.get(a.dueSessionId) : undefined;
    // A relative due time on a make-up (or cancelled) session has no counterpart next season: it is kept, like an
    // absolute one, as its distance from the assignment's own session.
    const relative = anchor !== undefined;
    const from = relative ? planned[anchor] : planned[sessionIndex];
    out.push({
      sessionIndex,
      position: a.position,
      title: a.title,
      instructionsMarkdown: a.instructionsMarkdown,
      kind: a.kind,
      points: a.points,
      dueMode: relative ? DueMode.Relative : DueMode.Absolute,
      dueSessionIndex: relative ? anchor : sessionIndex,
      dueOffsetMinutes: relative ? (a.dueOffsetMinutes ?? 0) : Math.round(DateTime.fromJSDate(a.dueAt).diff(DateTime.fromJSDate(from.startsAt), 'minutes').minutes),
      latePolicy: a.latePolicy,
      rubric: a.rubric ?? [],
      published: a.publishedAt !== null,
      quiz: quizzes.get(a.id) ?? null,
    });
  }
  return out.sort((x, y) => x.sessionIndex - y.sessionIndex || x.position - y.position);
}

/**
 * Last season's assignments onto the new sessions, by position. Published ones stay
 * published (the new cohort is a draft no student sees until its mentor opens it);
 * assignments whose sessions the new cohort does not have are skipped.
 */
export async function copyTemplateAssignments(
  m: EntityManager,
  items: readonly TemplateAssignment[],
  sessions: readonly CohortSessionEntity[],
  createdById: string,
): Promise<number> {
  const positions = new Map<number, number>();
  const now = nowUtc().toJSDate();
  let copied = 0;
  for (const t of items) {
    const session = sessions[t.sessionIndex];
    const anchor = sessions[t.dueSessionIndex];
    if (!session || !anchor) continue;
    const position = positions.get(t.sessionIndex) ?? 0;
    positions.set(t.sessionIndex, position + 1);
    const relative = t.dueMode === DueMode.Relative;
    const { identifiers } = await m.insert(AssignmentEntity, {
      cohortId: session.cohortId,
      sessionId: session.id,
      position,
      title: t.title,
      instructionsMarkdown: t.instructionsMarkdown,
      instructionsHtml: renderMarkdown(t.instructionsMarkdown),
      kind: t.kind as AssignmentKind,
      points: t.points,
      dueMode: relative ? DueMode.Relative : DueMode.Absolute,
      dueAt: new Date(relativeDueAt(anchor.startsAt.toISOString(), t.dueOffsetMinutes)),
      dueSessionId: relative ? anchor.id : null,
      dueOffsetMinutes: relative ? t.dueOffsetMinutes : null,
      latePolicy: t.latePolicy as LatePolicy,
      rubric: t.rubric,
      publishedAt: t.published ? now : null,
      createdById,
    });
    const q = t.quiz;
    if (q) {
      await m.query(`INSERT INTO quiz (assignment_id, selection, question_ids, rule, feedback, time_limit_minutes, shuffle) VALUES ($1, $2, $3::uuid[], $4::jsonb, $5, $6, $7)`, [
        identifiers[0].id, q.selection, q.question_ids, q.rule === null || q.rule === undefined ? null : JSON.stringify(q.rule), q.feedback, q.time_limit_minutes ?? null, q.shuffle ?? true,
      ]);
    }
    copied++;
  }
  return copied;
}

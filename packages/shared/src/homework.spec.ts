import { DateTime } from 'luxon';
import { assignmentSchema, describeRelativeDue, gradeSchema, relativeDueAt, submissionTiming } from './homework';

const base = { title: 'Tube heat units', kind: 'WRITTEN', latePolicy: 'ACCEPT_LATE' } as const;

describe('homework rules', () => {
  it('needs the fields of the chosen due mode', () => {
    const abs = assignmentSchema.safeParse({ ...base, dueMode: 'ABSOLUTE' });
    expect(abs.success).toBe(false);
    expect(abs.error?.issues.map((i) => i.path.join('.'))).toEqual(['dueAt']);
    const rel = assignmentSchema.safeParse({ ...base, dueMode: 'RELATIVE' });
    expect(rel.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['dueOffsetMinutes', 'dueSessionId']);
    expect(assignmentSchema.safeParse({ ...base, dueMode: 'RELATIVE', dueSessionId: '3f1c1b8e-6d7e-4c55-9a57-8b7a1d2f0c11', dueOffsetMinutes: -60 }).success).toBe(true);
    expect(assignmentSchema.safeParse({ ...base, dueMode: 'ABSOLUTE', dueAt: '2026-12-01T02:00:00Z' }).success).toBe(true);
  });

  it('makes a rubric add up to the points', () => {
    const r = (points: number | null, crit: number[]) =>
      assignmentSchema.safeParse({ ...base, dueMode: 'ABSOLUTE', dueAt: '2026-12-01T02:00:00Z', points, rubric: crit.map((p, i) => ({ id: `c${i}`, title: `C${i}`, points: p })) });
    expect(r(10, [4, 6]).success).toBe(true);
    expect(r(10, [4, 5]).error?.issues[0].message).toBe('The criteria add up to 9 points; the assignment is worth 10.');
    expect(r(null, [4]).error?.issues[0].path).toEqual(['rubric']);
  });

  it('checks grades against the points and the rubric', () => {
    const g = gradeSchema(10, [{ id: 'a', points: 4 }]);
    expect(g.safeParse({ score: 9.5, rubricScores: { a: 4 } }).success).toBe(true);
    expect(g.safeParse({ score: 10.5 }).error?.issues[0].message).toBe('The score is at most 10.');
    expect(g.safeParse({ score: -1 }).success).toBe(false);
    expect(g.safeParse({ score: 1.234 }).success).toBe(false);
    expect(g.safeParse({ score: 5, rubricScores: { a: 5 } }).error?.issues[0].path).toEqual(['rubricScores', 'a']);
    expect(g.safeParse({ score: 5, rubricScores: { b: 1 } }).success).toBe(false);
    expect(gradeSchema(null, []).safeParse({ score: 3 }).success).toBe(false);
    expect(gradeSchema(null, []).safeParse({ score: null, feedbackMarkdown: 'Good' }).success).toBe(true);
  });

  it('moves a relative due time with its session, as elapsed time across a DST change', () => {
    // Session 3 at 7 pm Denver on the Sunday DST ends (2026-11-01, MST from 2 am): due an hour before.
    expect(relativeDueAt('2026-11-02T02:00:00.000Z', -60)).toBe('2026-11-02T01:00:00.000Z');
    // Two days before, across the change: 48 elapsed hours.
    expect(relativeDueAt('2026-11-02T02:00:00.000Z', -2 * 1440)).toBe('2026-10-31T02:00:00.000Z');
  });

  it('describes a relative due time', () => {
    expect(describeRelativeDue(-60, 3)).toBe('1 hour before session 3');
    expect(describeRelativeDue(0, 2)).toBe('at the start of session 2');
    expect(describeRelativeDue(2 * 1440, 1)).toBe('2 days after session 1 starts');
    expect(describeRelativeDue(-90, 4)).toBe('90 minutes before session 4');
  });

  it('tells late from closed', () => {
    const due = '2026-12-01T02:00:00.000Z';
    const after = DateTime.fromISO('2026-12-01T02:00:01Z');
    expect(submissionTiming(due, 'ACCEPT_LATE', after)).toEqual({ late: true, open: true });
    expect(submissionTiming(due, 'CLOSE', after)).toEqual({ late: true, open: false });
    expect(submissionTiming(due, 'CLOSE', DateTime.fromISO('2026-12-01T01:59:59Z'))).toEqual({ late: false, open: true });
  });
});

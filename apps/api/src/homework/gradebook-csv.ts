import { stringify } from 'csv-stringify/sync';
import { SubmissionStatusView } from './assignment.model';
import type { Gradebook, GradebookCell } from './grading.service';

const STATUS_TEXT: Record<SubmissionStatusView, string> = {
  MISSING: 'missing',
  DRAFT: 'draft',
  SUBMITTED: 'submitted',
  RETURNED: 'returned',
};

/** A score as people write it: at most two decimals, no trailing zeros (8.5, 10). */
export function formatScore(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** What a cell says: the score once graded, else the status ("missing", "submitted (late)"). */
export function cellText(c: GradebookCell): string {
  if (c.score !== null) return formatScore(c.score);
  return `${STATUS_TEXT[c.status]}${c.late ? ' (late)' : ''}`;
}

/**
 * A cell a spreadsheet would evaluate (starting with = + - @, or a tab or carriage return
 * that some strip first) gets a leading apostrophe, so it stays text (OWASP "CSV injection").
 */
export function inert(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The gradebook as a spreadsheet: Student, Email, one column per assignment, Completed,
 * Completion %. UTF-8 with a BOM (so Excel reads accents), RFC 4180 (CRLF, quoted
 * fields), and every cell made inert.
 */
export function gradebookCsv(book: Pick<Gradebook, 'assignments' | 'rows'>): string {
  const total = book.assignments.length;
  const header = ['Student', 'Email', ...book.assignments.map((a) => a.title), 'Completed', 'Completion %'];
  const records = book.rows.map((r) => [
    r.student.displayName,
    r.student.email,
    ...r.cells.map(cellText),
    String(r.completed),
    String(total ? Math.round((r.completed / total) * 100) : 0),
  ]);
  return stringify(
    [header, ...records].map((row) => row.map(inert)),
    {
      bom: true,
      record_delimiter: 'windows',
      // csv-stringify quotes the delimiter, quotes and CRLF by itself; a lone CR or LF too (RFC 4180).
      quoted_match: /[\r\n]/,
    },
  );
}

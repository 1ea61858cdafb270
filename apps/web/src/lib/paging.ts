/**
 * The next page of a students-by-something grid appended to the rows already shown: the
 * new page's other fields, every student once (a student who moved between pages while
 * loading is not repeated).
 */
export function appendStudentRows<G extends { rows: readonly { student: { id: string } }[] }>(before: G, next: G): G {
  const seen = new Set(before.rows.map((r) => r.student.id));
  return { ...next, rows: [...before.rows, ...next.rows.filter((r) => !seen.has(r.student.id))] };
}

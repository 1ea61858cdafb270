import { describe, expect, it } from 'vitest';
import { appendStudentRows } from './paging';

describe('appendStudentRows', () => {
  it('appends the next page’s students once each, with the next page’s other fields', () => {
    const row = (id: string, page: number) => ({ student: { id }, page });
    const before = { rows: [row('a', 1), row('b', 1)], cursor: 'one' };
    const next = { rows: [row('b', 2), row('c', 2)], cursor: 'two' };
    expect(appendStudentRows(before, next)).toEqual({ rows: [row('a', 1), row('b', 1), row('c', 2)], cursor: 'two' });
  });
});

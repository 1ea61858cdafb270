import { cellText, gradebookCsv, inert } from './gradebook-csv';

const student = (displayName: string, email = 'a@example.org') => ({ id: displayName, displayName, email });

describe('gradebook CSV', () => {
  it('makes formula-like cells inert and leaves others alone', () => {
    expect(['=1+1', '+SUM(A1)', '-2', '@cmd', '\tTAB', '\rCR', 'Lee', '', "'quoted", 'a=b'].map(inert)).toEqual([
      "'=1+1",
      "'+SUM(A1)",
      "'-2",
      "'@cmd",
      "'\tTAB",
      "'\rCR",
      'Lee',
      '',
      "'quoted",
      'a=b',
    ]);
  });

  it('says the score once graded, else the status with lateness', () => {
    expect(cellText({ assignmentId: 'a', status: 'RETURNED', late: true, score: 8.5 })).toBe('8.5');
    expect(cellText({ assignmentId: 'a', status: 'SUBMITTED', late: false, score: 10 })).toBe('10');
    expect(cellText({ assignmentId: 'a', status: 'SUBMITTED', late: true, score: null })).toBe('submitted (late)');
    expect(cellText({ assignmentId: 'a', status: 'MISSING', late: false, score: null })).toBe('missing');
    expect(cellText({ assignmentId: 'a', status: 'DRAFT', late: false, score: null })).toBe('draft');
  });

  it('writes UTF-8 with a BOM, CRLF records and RFC 4180 quoting (lone line breaks too)', () => {
    const csv = gradebookCsv({
      assignments: [{ title: 'Write-up, part 1' }, { title: 'Two\nlines' }] as never,
      rows: [
        {
          student: student('Lee, "Sam"'),
          cells: [
            { assignmentId: 'a', status: 'RETURNED', late: false, score: 9 },
            { assignmentId: 'b', status: 'MISSING', late: false, score: null },
          ],
          completed: 1,
        },
      ],
    });
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1)).toBe(
      'Student,Email,"Write-up, part 1","Two\nlines",Completed,Completion %\r\n' + '"Lee, ""Sam""",a@example.org,9,missing,1,50\r\n',
    );
  });

  it('has 0 % with no assignments', () => {
    expect(gradebookCsv({ assignments: [], rows: [{ student: student('Ann'), cells: [], completed: 0 }] }).slice(1)).toBe('Student,Email,Completed,Completion %\r\nAnn,a@example.org,0,0\r\n');
  });
});

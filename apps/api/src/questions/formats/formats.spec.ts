import { formatQuestions, parseQuestions, type ExportQuestion } from './index';
import { escapeGift, unescapeGift } from './gift';

const SAMPLE: ExportQuestion[] = [
  {
    stem: 'Which DICOM service verifies that a remote node answers?\n\nUse the *default* port {104}: = ~ # and \\ are literal.',
    options: ['C-STORE', 'C-ECHO', '=SUM(A1:A2)', 'C-MOVE'],
    correctIndex: 1,
    rationale: 'C-ECHO is the DICOM "ping"; 100% of: nodes # answer.',
    domainCode: 'IT_NETWORK',
    modalityCode: 'CT',
    difficulty: 'EASY',
  },
  {
    stem: 'A five-option question, general modality.',
    options: ['one', 'two', 'three', 'four', '-five'],
    correctIndex: 4,
    rationale: 'Because five.',
    domainCode: 'SAFETY',
    modalityCode: null,
    difficulty: 'HARD',
  },
];

describe('GIFT', () => {
  it('reads titles, categories, escapes, comments and general feedback', () => {
    const text = [
      '// a comment',
      '$CATEGORY: $course$/IT_NETWORK/CT',
      '',
      '::Port:: What is 2 \\= 1 \\+ 1\\: the port \\{x\\}? {',
      '  =104 #Registered port',
      '  ~80 #web',
      '  ~443',
      '  ~21',
      '}',
      '',
      'Second {~a ~b =c ~d ####General \\# feedback}',
    ].join('\n');
    const r = parseQuestions('GIFT', text);
    expect(r.errors).toEqual([]);
    expect(r.questions).toHaveLength(2);
    expect(r.questions[0]).toMatchObject({ line: 4, title: 'Port', stem: 'What is 2 = 1 \\+ 1: the port {x}?', options: ['104', '80', '443', '21'], correctIndex: 0, rationale: 'Registered port' });
    expect(r.questions[0].hints).toEqual(['IT_NETWORK', 'CT']);
    expect(r.questions[1]).toMatchObject({ line: 11, options: ['a', 'b', 'c', 'd'], correctIndex: 2, rationale: 'General # feedback' });
  });

  it('reports other question types and malformed answers on their line', () => {
    const text = [
      'True or false? {T}', // 1
      '',
      'Essay {}', // 3
      '',
      'Match {=a -> b =c -> d}', // 5
      '',
      'Short {=answer =other}', // 7
      '',
      'Two right {', // 9
      '=a', // 10
      '=b', // 11
      '~c ~d }',
      '',
      'No braces here', // 14
      '',
      'Unclosed { =a ~b', // 16
      '',
      'No right {~a ~b ~c ~d}', // 18
      '',
      'Weights {~%50%a ~%50%b ~c ~d}', // 20
      '',
      'Number {#3.14}', // 22
    ].join('\n');
    const r = parseQuestions('GIFT', text);
    expect(r.questions).toEqual([]);
    expect(r.errors.map((e) => e.line)).toEqual([1, 3, 5, 7, 11, 14, 16, 18, 20, 22]);
    expect(r.errors[0].message).toBe('Line 1: True/false questions can’t be imported: only multiple choice with exactly one correct answer (=).');
    expect(r.errors[4].message).toMatch(/^Line 11: 2 answers are marked correct/);
  });

  it('escapes and unescapes every special character', () => {
    const s = 'a ~ b = c # d { e } f : g \\ h\nnext';
    expect(unescapeGift(escapeGift(s))).toBe(s);
  });
});

describe('Aiken', () => {
  it('reads questions with . and ) options and multi-line stems', () => {
    const text = ['Which one', 'is right?', 'A. one', 'B) two', 'C. three', 'D. four', 'ANSWER: b', 'RATIONALE: Two it is.', 'DOMAIN: safety', '', 'Next?', 'A) w', 'B) x', 'C) y', 'D) z', 'E) v', 'ANSWER: E'].join('\r\n');
    const r = parseQuestions('AIKEN', text);
    expect(r.errors).toEqual([]);
    expect(r.questions[0]).toMatchObject({ line: 1, stem: 'Which one\nis right?', options: ['one', 'two', 'three', 'four'], correctIndex: 1, rationale: 'Two it is.', domainCode: 'SAFETY' });
    expect(r.questions[1]).toMatchObject({ line: 11, correctIndex: 4 });
  });

  it('reports a bad ANSWER, letters out of order and a missing ANSWER with line numbers', () => {
    const text = [
      'Q1', 'A. a', 'B. b', 'C. c', 'D. d', 'ANSWER: F', // 1-6
      '',
      'Q2', 'A. a', 'C. c', 'D. d', 'ANSWER: A', // 8-12
      '',
      'Q3', 'A. a', 'B. b', 'C. c', 'D. d', // 14-18
    ].join('\n');
    const r = parseQuestions('AIKEN', text);
    expect(r.questions).toEqual([]);
    expect(r.errors.map((e) => e.message)).toEqual([
      'Line 6: ANSWER must be one of A–D.',
      'Line 10: Expected option B, found C.',
      'Line 14: This question has no “ANSWER:” line after its options.',
    ]);
  });
});

describe('CSV', () => {
  it('reads any header case, a BOM, quoted multi-line cells, and reports bad rows by file line', () => {
    const text =
      '\uFEFFStem,Option_A,OPTION_B,option_c,option_d,option_e,Correct,Rationale,Domain,Modality,Difficulty\r\n' +
      '"Multi\nline",a,b,c,d,,B,because,safety,ct,easy\r\n' + // line 2-3
      'Five,a,b,c,d,e,E,r,SAFETY,,HARD\r\n' + // 4
      'Bad,a,b,c,d,,F,r,SAFETY,,\r\n' + // 5
      'Gap,a,,c,d,,A,r,SAFETY,,\r\n' + // 6
      'Diff,a,b,c,d,,A,r,SAFETY,,VERY\r\n'; // 7
    const r = parseQuestions('CSV', text);
    expect(r.questions.map((q) => [q.line, q.stem, q.options.length, q.correctIndex, q.domainCode, q.modalityCode, q.difficulty])).toEqual([
      [2, 'Multi\nline', 4, 1, 'SAFETY', 'CT', 'EASY'],
      [4, 'Five', 5, 4, 'SAFETY', null, 'HARD'],
    ]);
    expect(r.errors.map((e) => e.message)).toEqual(['Line 5: correct must be one of A–D.', 'Line 6: option_b is empty.', 'Line 7: difficulty must be EASY, MEDIUM or HARD.']);
  });

  it('names missing header columns and unclosed quotes', () => {
    expect(parseQuestions('CSV', 'stem,option_a\nx,y\n').errors[0].message).toMatch(/^Line 1: The header needs the columns option_b, option_c, option_d, correct/);
    expect(parseQuestions('CSV', 'stem,option_a,option_b,option_c,option_d,correct\n"x,a,b,c,d,A\n').errors[0].message).toMatch(/never closed/);
  });

  it('guards formulas on export and reads them back unchanged', () => {
    const csv = formatQuestions('CSV', SAMPLE);
    expect(csv.startsWith('\uFEFFstem,option_a')).toBe(true);
    expect(csv).toContain(`'=SUM(A1:A2)`);
    expect(csv).toContain(`'-five`);
  });
});

describe('round trip', () => {
  const back = (q: ReturnType<typeof parseQuestions>['questions'][number]) => ({ stem: q.stem, options: q.options, correctIndex: q.correctIndex, rationale: q.rationale });

  it.each(['GIFT', 'CSV'] as const)('%s keeps every field', (format) => {
    const r = parseQuestions(format, formatQuestions(format, SAMPLE));
    expect(r.errors).toEqual([]);
    expect(r.questions.map(back)).toEqual(SAMPLE.map((q) => ({ stem: q.stem, options: q.options, correctIndex: q.correctIndex, rationale: q.rationale })));
    if (format === 'CSV') expect(r.questions.map((q) => [q.domainCode, q.modalityCode, q.difficulty])).toEqual([['IT_NETWORK', 'CT', 'EASY'], ['SAFETY', null, 'HARD']]);
    else expect(r.questions.map((q) => q.hints)).toEqual([['IT_NETWORK', 'CT', 'EASY'], ['SAFETY', 'GENERAL', 'HARD']]);
  });

  it('GIFT reads back an option containing "->" (not a matching question)', () => {
    const q = { ...SAMPLE[0], options: ['Tube -> detector', 'Detector -> tube', 'Neither', 'Both'], correctIndex: 0 };
    const r = parseQuestions('GIFT', formatQuestions('GIFT', [q]));
    expect(r.errors).toEqual([]);
    expect(r.questions[0]).toMatchObject({ options: q.options, correctIndex: 0 });
  });

  it('Aiken keeps the question, options and answer (it has no place for the rest)', () => {
    const r = parseQuestions('AIKEN', formatQuestions('AIKEN', SAMPLE));
    expect(r.errors).toEqual([]);
    expect(r.questions.map((q) => [q.options, q.correctIndex])).toEqual(SAMPLE.map((q) => [q.options, q.correctIndex]));
    expect(r.questions[0].stem).toBe(SAMPLE[0].stem.replace(/\s*\n\s*/g, ' '));
  });
});

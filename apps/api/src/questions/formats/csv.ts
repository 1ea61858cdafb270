import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { inert } from '../../homework/gradebook-csv';
import { DIFFICULTY_WORDS, letter, lineError, normalizeText, type ExportQuestion, type ParsedQuestion, type ParseResult } from './types';

export const CSV_COLUMNS = ['stem', 'option_a', 'option_b', 'option_c', 'option_d', 'option_e', 'correct', 'rationale', 'domain', 'modality', 'difficulty'] as const;
const REQUIRED = ['stem', 'option_a', 'option_b', 'option_c', 'option_d', 'correct'] as const;

/** Undo the exporter's formula guard: a leading apostrophe before = + - @ tab or CR. */
function uninert(v: string): string {
  return /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v;
}

/**
 * CSV with a header row: stem, option_a … option_e (option_e may be empty or missing),
 * correct (a letter), rationale, domain (code), modality (code), difficulty. Header names
 * are matched without regard to case or spaces; a BOM and quoted multi-line cells are fine.
 * Line numbers are those of the file (where the record starts).
 */
export function parseCsv(input: string): ParseResult {
  const text = normalizeText(input);
  const errors: ParseResult['errors'] = [];
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, trim: false }) as unknown as typeof rows;
  } catch (e) {
    const err = e as { message?: string; lines?: number };
    const line = err.lines ?? 1;
    const reason = /Quote Not Closed/i.test(err.message ?? '') ? 'A quoted cell is never closed (a missing ").' : 'This line is not valid CSV (check the quotes).';
    return { questions: [], errors: [lineError(line, reason)] };
  }
  if (!rows.length) return { questions: [], errors: [lineError(1, 'The file has no header row.')] };
  const startLine = (r: (typeof rows)[number]): number => r.info.lines - r.record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  const header = rows[0].record.map((h) => h.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  const col = new Map<string, number>();
  header.forEach((h, i) => {
    if (!col.has(h)) col.set(h, i);
  });
  const missing = REQUIRED.filter((c) => !col.has(c));
  if (missing.length) {
    return { questions: [], errors: [lineError(startLine(rows[0]), `The header needs the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (it has: ${header.join(', ')}).`)] };
  }
  const questions: ParsedQuestion[] = [];
  for (const row of rows.slice(1)) {
    const n = startLine(row);
    const get = (name: string): string => {
      const i = col.get(name);
      return i === undefined ? '' : uninert(row.record[i] ?? '').trim();
    };
    if (row.record.every((c) => !c.trim())) continue;
    const options = ['option_a', 'option_b', 'option_c', 'option_d', 'option_e'].map(get);
    // Options are A–D (and E); a gap (C empty but D filled) is an error, trailing empties are dropped.
    let count = options.length;
    while (count > 0 && !options[count - 1]) count--;
    const gap = options.slice(0, count).findIndex((o) => !o);
    if (gap >= 0) {
      errors.push(lineError(n, `option_${letter(gap).toLowerCase()} is empty.`));
      continue;
    }
    const used = options.slice(0, count);
    const correct = get('correct').toUpperCase().replace(/[.)]$/, '');
    const letters = used.map((_, i) => letter(i));
    if (!letters.includes(correct)) {
      errors.push(lineError(n, letters.length ? `correct must be one of ${letters[0]}–${letters[letters.length - 1]}.` : 'The question has no options.'));
      continue;
    }
    const diffText = get('difficulty').toUpperCase();
    const difficulty = diffText ? DIFFICULTY_WORDS[diffText] : null;
    if (diffText && !difficulty) {
      errors.push(lineError(n, 'difficulty must be EASY, MEDIUM or HARD.'));
      continue;
    }
    questions.push({
      line: n,
      title: null,
      stem: get('stem'),
      options: used,
      correctIndex: letters.indexOf(correct),
      rationale: get('rationale') || null,
      domainCode: get('domain').toUpperCase() || null,
      modalityCode: get('modality').toUpperCase() || null,
      difficulty: difficulty ?? null,
      hints: [],
    });
  }
  return { questions, errors };
}

/** UTF-8 with a BOM, RFC 4180, every cell made inert (formula injection); reads back with parseCsv. */
export function formatCsv(questions: ExportQuestion[]): string {
  const records = questions.map((q) => [
    q.stem,
    ...[0, 1, 2, 3, 4].map((i) => q.options[i] ?? ''),
    letter(q.correctIndex),
    q.rationale,
    q.domainCode,
    q.modalityCode ?? '',
    q.difficulty,
  ]);
  return stringify(
    [[...CSV_COLUMNS], ...records].map((row) => row.map(inert)),
    { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}

import { DIFFICULTY_WORDS, letter, lineError, normalizeText, type ExportQuestion, type ParsedQuestion, type ParseResult } from './types';

const OPTION = /^([A-Za-z])\s*[.)]\s+(.*)$/;
const ANSWER = /^ANSWER\s*:\s*(.*)$/i;
/** Gantry's optional lines after ANSWER (not part of Moodle's Aiken). */
const EXTRA = /^(RATIONALE|DOMAIN|MODALITY|DIFFICULTY)\s*:\s*(.*)$/i;

/**
 * The Aiken format:
 *
 *     Which DICOM service checks that a remote node answers?
 *     A. C-STORE
 *     B) C-ECHO
 *     C. C-FIND
 *     D. C-MOVE
 *     ANSWER: B
 *
 * The question text may run over several lines; options are lettered from A in order
 * with "A." or "A)"; ANSWER ends the question. Aiken has no rationale or tags: Gantry
 * also reads optional `RATIONALE:`, `DOMAIN:`, `MODALITY:` and `DIFFICULTY:` lines right
 * after ANSWER; otherwise the import's defaults apply.
 */
export function parseAiken(input: string): ParseResult {
  const lines = normalizeText(input).split('\n');
  const questions: ParsedQuestion[] = [];
  const errors: ParseResult['errors'] = [];
  let cur: { line: number; stem: string[]; options: string[]; optionLines: number[]; broken: boolean } | null = null;
  let last: ParsedQuestion | null = null;

  const unfinished = (): void => {
    if (cur && !cur.broken) errors.push(lineError(cur.line, 'This question has no “ANSWER:” line after its options.'));
    cur = null;
  };

  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    if (!line) {
      // A blank line ends extras; a question without its ANSWER yet may still continue (some files space options).
      last = null;
      return;
    }
    const extra = EXTRA.exec(line);
    if (!cur && last && extra) {
      applyExtra(last, extra[1].toUpperCase(), extra[2].trim(), n, errors);
      return;
    }
    last = null;
    const answer = ANSWER.exec(line);
    if (answer) {
      if (!cur) {
        errors.push(lineError(n, '“ANSWER:” without a question before it.'));
        return;
      }
      const q: typeof cur = cur;
      cur = null;
      if (q.broken) return;
      if (!q.options.length) {
        errors.push(lineError(q.line, 'This question has no options (A. …, B. …).'));
        return;
      }
      const letters = q.options.map((_, k) => letter(k));
      const range = `${letters[0]}–${letters[letters.length - 1]}`;
      const given = answer[1].trim().toUpperCase();
      if (!/^[A-Z]$/.test(given) || !letters.includes(given)) {
        errors.push(lineError(n, `ANSWER must be one of ${range}.`));
        return;
      }
      const parsed: ParsedQuestion = {
        line: q.line,
        title: null,
        stem: q.stem.join('\n').trim(),
        options: q.options,
        correctIndex: letters.indexOf(given),
        rationale: null,
        domainCode: null,
        modalityCode: null,
        difficulty: null,
        hints: [],
      };
      questions.push(parsed);
      last = parsed;
      return;
    }
    const option = OPTION.exec(line);
    if (option && cur && (cur.options.length > 0 || cur.stem.length > 0)) {
      if (cur.broken) return;
      const expected = letter(cur.options.length);
      if (option[1].toUpperCase() !== expected) {
        // Text like "I. e. …" inside the stem is not an option: only treat it as one once options began.
        if (cur.options.length) {
          errors.push(lineError(n, `Expected option ${expected}, found ${option[1].toUpperCase()}.`));
          cur.broken = true;
          return;
        }
        cur.stem.push(line);
        return;
      }
      cur.options.push(option[2].trim());
      cur.optionLines.push(n);
      return;
    }
    if (cur && cur.options.length) {
      // Text after the options that is neither an option nor ANSWER.
      if (!cur.broken) errors.push(lineError(n, 'Expected the next option or “ANSWER: <letter>”.'));
      cur.broken = true;
      return;
    }
    if (!cur) cur = { line: n, stem: [], options: [], optionLines: [], broken: false };
    cur.stem.push(line);
  });
  unfinished();
  return { questions, errors };
}

function applyExtra(q: ParsedQuestion, key: string, value: string, line: number, errors: ParseResult['errors']): void {
  if (key === 'RATIONALE') q.rationale = value || null;
  else if (key === 'DOMAIN') q.domainCode = value.toUpperCase() || null;
  else if (key === 'MODALITY') q.modalityCode = value.toUpperCase() || null;
  else {
    const d = DIFFICULTY_WORDS[value.toUpperCase()];
    if (!d) errors.push(lineError(line, 'DIFFICULTY must be EASY, MEDIUM or HARD.'));
    else q.difficulty = d;
  }
}

/**
 * Standard Aiken (Moodle reads it): one line of question text, the options, ANSWER.
 * Line breaks inside the text become spaces. Aiken cannot carry the rationale or the tags:
 * use GIFT or CSV to keep them.
 */
export function formatAiken(questions: ExportQuestion[]): string {
  const flat = (s: string): string => s.replace(/\s*\r?\n\s*/g, ' ').trim();
  return questions
    .map((q) => [flat(q.stem), ...q.options.map((o, i) => `${letter(i)}. ${flat(o)}`), `ANSWER: ${letter(q.correctIndex)}`].join('\n'))
    .join('\n\n')
    .concat('\n');
}

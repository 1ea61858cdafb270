import { DIFFICULTY_WORDS, lineError, normalizeText, type ExportQuestion, type ParsedQuestion, type ParseResult } from './types';

/**
 * Moodle's GIFT format, multiple choice only:
 *
 *     // a comment
 *     $CATEGORY: IT_NETWORK/CT
 *     ::Title:: [markdown]Which port does DICOM use by default? {
 *       =104 #The registered DICOM port.
 *       ~80 ~443 ~21
 *       ####General feedback, kept as the rationale.
 *     }
 *
 * Questions are separated by blank lines. `\~ \= \# \{ \} \:` and `\\` are literal
 * characters, `\n` a line break. The rationale is the general feedback (`####`) or, without
 * one, the correct answer's feedback. `$CATEGORY:` path segments that are a domain code,
 * a modality code or EASY/MEDIUM/HARD tag the questions after them.
 * Other GIFT question types (true/false, short answer, matching, numerical, essay,
 * several right answers) are reported as errors on their line.
 */
export function parseGift(input: string): ParseResult {
  const lines = normalizeText(input).split('\n');
  const questions: ParsedQuestion[] = [];
  const errors: ParseResult['errors'] = [];
  let hints: string[] = [];
  let block: Block | null = null;

  const flush = (): void => {
    if (block) {
      const q = parseBlock(block, hints, errors);
      if (q) questions.push(q);
    }
    block = null;
  };

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const trimmed = raw.trim();
    if (!trimmed) return flush();
    if (trimmed.startsWith('//')) return; // a comment line
    if (/^\$CATEGORY:/i.test(trimmed)) {
      flush();
      hints = trimmed
        .slice('$CATEGORY:'.length)
        .split('/')
        .map((s) => s.trim().toUpperCase())
        .filter((s) => s && s !== '$COURSE$' && s !== '$SYSTEM$' && s !== '$MODULE$');
      return;
    }
    if (!block) block = { text: raw, startLine: lineNo, lineStarts: [0], lineNos: [lineNo] };
    else {
      block.text += '\n';
      block.lineStarts.push(block.text.length);
      block.lineNos.push(lineNo);
      block.text += raw;
    }
  });
  flush();
  return { questions, errors };
}

/** Text with GIFT escapes turned into the characters they stand for. */
export function unescapeGift(s: string): string {
  return s.replace(/\\([~=#{}:\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

/** Characters GIFT gives a meaning to, escaped; line breaks as `\n` (a blank line would end the question). */
export function escapeGift(s: string): string {
  return s.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Index of the first unescaped `ch` (or of the string `ch`) at or after `from`; -1 if none. */
function findUnescaped(s: string, ch: string, from = 0): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') {
      i++;
      continue;
    }
    if (s.startsWith(ch, i)) return i;
  }
  return -1;
}

interface Block {
  text: string;
  startLine: number;
  /** Offset in text where each source line starts, and its line number (comment lines are skipped). */
  lineStarts: number[];
  lineNos: number[];
}

function parseBlock(block: Block, hints: string[], errors: ParseResult['errors']): ParsedQuestion | null {
  const text = block.text;
  const lineAt = (idx: number): number => {
    let n = 0;
    for (let k = 0; k < block.lineStarts.length; k++) if (block.lineStarts[k] <= idx) n = k;
    return block.lineNos[n];
  };
  const start = block.startLine;
  let rest = text.trimStart();
  let offset = text.length - rest.length;
  let title: string | null = null;
  if (rest.startsWith('::')) {
    const end = findUnescaped(rest, '::', 2);
    if (end < 0) {
      errors.push(lineError(start, 'The title has no closing “::”.'));
      return null;
    }
    title = unescapeGift(rest.slice(2, end)).trim() || null;
    offset += end + 2;
    rest = rest.slice(end + 2);
  }
  const open = findUnescaped(rest, '{');
  if (open < 0) {
    errors.push(lineError(start, 'No answers found: put the options between { and }, the correct one after =, the others after ~.'));
    return null;
  }
  const close = findUnescaped(rest, '}', open + 1);
  if (close < 0) {
    errors.push(lineError(lineAt(offset + open), 'The answers have no closing “}”.'));
    return null;
  }
  const before = rest.slice(0, open);
  const after = rest.slice(close + 1);
  if (findUnescaped(after, '{') >= 0) {
    errors.push(lineError(lineAt(offset + close + 1 + findUnescaped(after, '{')), 'Only one set of answers { } per question.'));
    return null;
  }
  const body = rest.slice(open + 1, close);
  const bodyOffset = offset + open + 1;
  const bodyLine = lineAt(bodyOffset);
  const unsupported = (kind: string): null => {
    errors.push(lineError(bodyLine, `${kind} questions can’t be imported: only multiple choice with exactly one correct answer (=).`));
    return null;
  };
  const trimmedBody = body.trim();
  if (!trimmedBody) return unsupported('Essay');
  if (/^(T|F|TRUE|FALSE)\s*(#|$)/i.test(trimmedBody)) return unsupported('True/false');
  if (trimmedBody.startsWith('#')) return unsupported('Numerical');
  // Matching pairs are `=a -> b` with no wrong (~) answers; a multiple-choice option may
  // itself contain "->" ("tube -> detector"), and GIFT has no escape for it.
  if (findUnescaped(body, '->') >= 0 && findUnescaped(body, '~') < 0) return unsupported('Matching');

  // Split into answers at unescaped = and ~ (general feedback after ####).
  let general: string | null = null;
  let answersText = body;
  const gf = findUnescaped(body, '####');
  if (gf >= 0) {
    general = unescapeGift(body.slice(gf + 4)).trim() || null;
    answersText = body.slice(0, gf);
  }
  const answers: { correct: boolean; text: string; feedback: string | null; line: number; weight: string | null }[] = [];
  const lead = answersText.slice(0, Math.max(0, nextMarker(answersText, 0))).trim();
  if (lead) {
    errors.push(lineError(bodyLine, 'Each answer starts with = (the correct one) or ~ (a wrong one).'));
    return null;
  }
  let i = nextMarker(answersText, 0);
  while (i >= 0 && i < answersText.length) {
    const marker = answersText[i];
    const next = nextMarker(answersText, i + 1);
    let chunk = answersText.slice(i + 1, next < 0 ? answersText.length : next);
    let weight: string | null = null;
    const w = /^%(-?\d+(?:\.\d+)?)%/.exec(chunk);
    if (w) {
      weight = w[1];
      chunk = chunk.slice(w[0].length);
    }
    const hash = findUnescaped(chunk, '#');
    const textPart = hash >= 0 ? chunk.slice(0, hash) : chunk;
    const feedback = hash >= 0 ? unescapeGift(chunk.slice(hash + 1)).trim() || null : null;
    answers.push({ correct: marker === '=', text: unescapeGift(textPart).trim(), feedback, line: lineAt(bodyOffset + i), weight });
    i = next;
  }
  const correct = answers.filter((a) => a.correct);
  const wrong = answers.filter((a) => !a.correct);
  if (answers.some((a) => !a.correct && a.weight !== null && Number(a.weight) > 0)) return unsupported('Multiple-answer (partial credit)');
  if (!wrong.length && correct.length) return unsupported('Short-answer');
  if (correct.length === 0) {
    errors.push(lineError(bodyLine, 'No correct answer: mark it with = (the wrong ones with ~).'));
    return null;
  }
  if (correct.length > 1) {
    errors.push(lineError(correct[1].line, `${correct.length} answers are marked correct (=); a question has exactly one.`));
    return null;
  }
  const empty = answers.find((a) => !a.text);
  if (empty) {
    errors.push(lineError(empty.line, 'An answer is empty.'));
    return null;
  }
  let stemRaw = unescapeGift(before).trim();
  const afterText = unescapeGift(after).trim();
  if (afterText) stemRaw = `${stemRaw} _____ ${afterText}`.trim(); // "missing word" form
  const format = /^\[(markdown|html|plain|moodle)\]\s*/i.exec(stemRaw);
  if (format) stemRaw = stemRaw.slice(format[0].length);
  if (!stemRaw) {
    errors.push(lineError(start, 'The question has no text before its answers.'));
    return null;
  }
  const correctIndex = answers.findIndex((a) => a.correct);
  return {
    line: start,
    title,
    stem: stemRaw,
    options: answers.map((a) => a.text),
    correctIndex,
    rationale: general ?? answers[correctIndex].feedback ?? null,
    domainCode: null,
    modalityCode: null,
    difficulty: null,
    hints: [...hints],
  };
}

function nextMarker(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') {
      i++;
      continue;
    }
    if (s[i] === '=' || s[i] === '~') return i;
  }
  return -1;
}

/** GIFT a Moodle site imports; `$CATEGORY:` lines carry domain/modality/difficulty so Gantry reads them back. */
export function formatGift(questions: ExportQuestion[]): string {
  const out: string[] = ['// Exported from Gantry. Categories: DOMAIN/MODALITY/DIFFICULTY (MODALITY is GENERAL for all modalities).', ''];
  let category = '';
  for (const q of questions) {
    const cat = `$CATEGORY: ${[q.domainCode, q.modalityCode ?? 'GENERAL', q.difficulty].join('/')}`;
    if (cat !== category) {
      out.push(cat, '');
      category = cat;
    }
    out.push(`[markdown]${escapeGift(q.stem)} {`);
    q.options.forEach((o, i) => out.push(`  ${i === q.correctIndex ? '=' : '~'}${escapeGift(o)}`));
    if (q.rationale) out.push(`  ####${escapeGift(q.rationale)}`);
    out.push('}', '');
  }
  return out.join('\n');
}

export { DIFFICULTY_WORDS };

/**
 * The question bank as the web app shows it: excerpts, import file checks and format
 * detection. Pure functions; components import them.
 */
import { QUESTION_IMPORT_MAX_BYTES } from '@gantry/shared';
import type { QuestionFormat } from '@/gql/graphql';

export const IMPORT_MAX_BYTES = QUESTION_IMPORT_MAX_BYTES;

/** Markdown as one line of plain text, cut at a word near `max` characters. */
export function excerpt(markdown: string, max = 220): string {
  const text = markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/, '')}…`;
}

/** Sizes in decimal KB, as the import limit (200,000 bytes) is stated. */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} bytes`;
  if (n < 1_000_000) return `${Math.round(n / 1000)} KB`;
  return `${(n / 1_000_000).toFixed(1)} MB`;
}

export const FORMAT_LABEL: Record<QuestionFormat, string> = {
  GIFT: 'GIFT (Moodle)',
  AIKEN: 'Aiken',
  CSV: 'CSV',
};

export const IMPORT_ACCEPT = '.gift,.txt,.csv,text/plain,text/csv';

/** Whether a chosen file's name or type looks like something the importer reads. */
export function isImportableFile(name: string, type: string): boolean {
  return /\.(gift|txt|csv)$/i.test(name) || /^text\/(plain|csv)$/.test(type);
}

/**
 * The format a file is probably in: by extension (.gift, .csv), and for .txt (both GIFT
 * and Aiken files are plain text) by its content: Aiken has `ANSWER: B` lines, GIFT braces.
 */
export function detectFormat(name: string, text: string): QuestionFormat {
  if (/\.gift$/i.test(name)) return 'GIFT';
  if (/\.csv$/i.test(name)) return 'CSV';
  if (/^\s*ANSWER\s*:\s*[A-E]\s*$/im.test(text)) return 'AIKEN';
  if (/\{[^}]*[=~][^}]*\}/s.test(text)) return 'GIFT';
  return 'AIKEN';
}

export { readFileText } from '@/lib/files';

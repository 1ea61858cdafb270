import type { QuestionFormatValue } from '@gantry/shared';
import { formatAiken, parseAiken } from './aiken';
import { formatCsv, parseCsv } from './csv';
import { formatGift, parseGift } from './gift';
import type { ExportQuestion, ParseResult } from './types';

export type { ExportQuestion, ParsedQuestion, ParseResult } from './types';

export function parseQuestions(format: QuestionFormatValue, text: string): ParseResult {
  if (format === 'GIFT') return parseGift(text);
  if (format === 'AIKEN') return parseAiken(text);
  return parseCsv(text);
}

export function formatQuestions(format: QuestionFormatValue, questions: ExportQuestion[]): string {
  if (format === 'GIFT') return formatGift(questions);
  if (format === 'AIKEN') return formatAiken(questions);
  return formatCsv(questions);
}

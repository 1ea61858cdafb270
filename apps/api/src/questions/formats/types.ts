import type { DifficultyValue, ImportLineErrorValue } from '@gantry/shared';

/** One question as a parser read it, before its codes are resolved against the taxonomy. */
export interface ParsedQuestion {
  /** 1-based line where the question starts. */
  line: number;
  title: string | null;
  stem: string;
  options: string[];
  /** 0-based index of the correct option. */
  correctIndex: number;
  rationale: string | null;
  domainCode: string | null;
  modalityCode: string | null;
  difficulty: DifficultyValue | null;
  /**
   * Words that may name a domain, a modality or a difficulty (GIFT `$CATEGORY:` path
   * segments); the importer keeps the ones that match a code.
   */
  hints: string[];
}

export interface ParseResult {
  questions: ParsedQuestion[];
  errors: ImportLineErrorValue[];
}

/** A question as an exporter writes it. */
export interface ExportQuestion {
  stem: string;
  options: string[];
  correctIndex: number;
  rationale: string;
  domainCode: string;
  modalityCode: string | null;
  difficulty: DifficultyValue;
}

export const DIFFICULTY_WORDS: Record<string, DifficultyValue> = { EASY: 'EASY', MEDIUM: 'MEDIUM', HARD: 'HARD' };

/** Text files arrive with a BOM and any line ending. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function lineError(line: number, message: string): ImportLineErrorValue {
  return { line, message: `Line ${line}: ${message}` };
}

export function letter(i: number): string {
  return String.fromCharCode(65 + i);
}

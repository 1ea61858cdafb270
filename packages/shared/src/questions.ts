/**
 * The question bank: validation rules shared by the editor, the importer and the API,
 * and the shapes of an import preview.
 */
import { z } from 'zod';

export const QUESTION_STATUSES = ['DRAFT', 'REVIEWED', 'RETIRED'] as const;
export type QuestionStatusValue = (typeof QUESTION_STATUSES)[number];
export const DIFFICULTIES = ['EASY', 'MEDIUM', 'HARD'] as const;
export type DifficultyValue = (typeof DIFFICULTIES)[number];
export const QUESTION_SCOPES = ['DRAFT', 'CHAPTER', 'PLATFORM'] as const;
export type QuestionScopeValue = (typeof QUESTION_SCOPES)[number];
export const QUESTION_FORMATS = ['GIFT', 'AIKEN', 'CSV'] as const;
export type QuestionFormatValue = (typeof QUESTION_FORMATS)[number];

export const QUESTION_STEM_MAX = 4000;
export const QUESTION_RATIONALE_MAX = 4000;
export const QUESTION_OPTION_MAX = 1000;
export const QUESTION_MIN_OPTIONS = 4;
export const QUESTION_MAX_OPTIONS = 5;
/** Largest import file (text) accepted, in bytes of UTF-8. */
export const QUESTION_IMPORT_MAX_BYTES = 200_000;
/** Most questions in one import. */
export const QUESTION_IMPORT_MAX_QUESTIONS = 1000;
/** Option letters, by position. */
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;

/** Normalized option text for the duplicate check: case, spacing and trailing punctuation don't make it different. */
export function normalizeOptionText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[.;,]+$/, '').toLowerCase();
}

export const questionOptionSchema = z.object({
  textMarkdown: z
    .string()
    .trim()
    .min(1, 'Write the option.')
    .max(QUESTION_OPTION_MAX, `An option has at most ${QUESTION_OPTION_MAX} characters.`),
  isCorrect: z.boolean(),
});

const contentShape = {
  stemMarkdown: z
    .string()
    .trim()
    .min(1, 'Write the question.')
    .max(QUESTION_STEM_MAX, `A question has at most ${QUESTION_STEM_MAX} characters.`),
  options: z
    .array(questionOptionSchema)
    .min(QUESTION_MIN_OPTIONS, 'A question has 4 or 5 options.')
    .max(QUESTION_MAX_OPTIONS, 'A question has 4 or 5 options.'),
  rationaleMarkdown: z
    .string()
    .trim()
    .min(1, 'Explain why the correct answer is correct.')
    .max(QUESTION_RATIONALE_MAX, `A rationale has at most ${QUESTION_RATIONALE_MAX} characters.`),
};

type Content = { options: { textMarkdown: string; isCorrect: boolean }[] };

/** Exactly one correct option; no two options with the same text. Issues at `options` / `options.N.textMarkdown`. */
function refineOptions(q: Content, ctx: z.RefinementCtx): void {
  const correct = q.options.filter((o) => o.isCorrect).length;
  if (correct === 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Mark the correct answer.' });
  if (correct > 1) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Only one option can be correct.' });
  const seen = new Map<string, number>();
  q.options.forEach((o, i) => {
    const key = normalizeOptionText(o.textMarkdown);
    if (!key) return;
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['options', i, 'textMarkdown'], message: `Same text as option ${OPTION_LETTERS[first]}.` });
    } else seen.set(key, i);
  });
}

/**
 * Run the option rules even when other fields failed (zod skips refinements on a failed
 * object by default), so the editor shows every problem at once.
 */
const whenOptionsReadable = {
  when: (payload: { value: unknown }): boolean => {
    const v = payload.value as { options?: unknown } | null;
    return !!v && Array.isArray(v.options) && v.options.every((o) => !!o && typeof o.textMarkdown === 'string' && typeof o.isCorrect === 'boolean');
  },
};

/** The content of a question alone (what an import line must satisfy before tags are resolved). */
export const questionContentSchema = z.object(contentShape).superRefine(refineOptions, whenOptionsReadable);

/**
 * An imported question's content: like the editor's, but the rationale may be missing
 * (Aiken has none). Such a question stays a draft until someone writes its rationale.
 */
export const importedContentSchema = z
  .object({
    ...contentShape,
    rationaleMarkdown: z.string().trim().max(QUESTION_RATIONALE_MAX, `A rationale has at most ${QUESTION_RATIONALE_MAX} characters.`),
  })
  .superRefine(refineOptions, whenOptionsReadable);

/** A question as the editor saves it. Field paths: `stemMarkdown`, `options`, `options.2.textMarkdown`, `domainId`, … */
export const questionSchema = z
  .object({
    ...contentShape,
    domainId: z.uuid({ message: 'Choose the exam domain.' }),
    modalityId: z.uuid({ message: 'Choose a modality, or none for a general question.' }).nullish(),
    difficulty: z.enum(DIFFICULTIES, { message: 'Choose the difficulty.' }),
    scope: z.enum(QUESTION_SCOPES, { message: 'Choose who can use the question.' }),
    chapterId: z.uuid().nullish(),
  })
  .superRefine((q, ctx) => {
    refineOptions(q, ctx);
    if (q.scope === 'CHAPTER' && !q.chapterId) ctx.addIssue({ code: 'custom', path: ['chapterId'], message: 'Choose the chapter whose bank this joins.' });
  }, whenOptionsReadable);
export type QuestionInputValue = z.infer<typeof questionSchema>;

export const questionSearchSchema = z.object({
  q: z.string().trim().max(200, 'Search with at most 200 characters.').default(''),
});

// ---- import ----

/** One question as a parser read it (before its codes are resolved). */
export interface ImportedQuestionValue {
  /** 1-based line where the question starts. */
  line: number;
  title?: string | null;
  stem: string;
  options: string[];
  /** 0-based index into options. */
  correctIndex: number;
  rationale: string | null;
  domainCode: string | null;
  modalityCode: string | null;
  difficulty: DifficultyValue | null;
}

export interface ImportLineErrorValue {
  line: number;
  message: string;
}

export interface ParsedImport {
  questions: ImportedQuestionValue[];
  errors: ImportLineErrorValue[];
}

export const questionImportSchema = z.object({
  format: z.enum(QUESTION_FORMATS, { message: 'Choose the file format.' }),
  text: z
    .string()
    .min(1, 'The file is empty.')
    .refine((t) => utf8Length(t) <= QUESTION_IMPORT_MAX_BYTES, `The file is larger than ${QUESTION_IMPORT_MAX_BYTES / 1000} KB. Split it into smaller files.`),
  filename: z.string().trim().min(1, 'Name the file.').max(200, 'A file name has at most 200 characters.'),
  defaults: z
    .object({
      domainId: z.uuid().nullish(),
      modalityId: z.uuid().nullish(),
      difficulty: z.enum(DIFFICULTIES).nullish(),
      scope: z.enum(QUESTION_SCOPES).default('DRAFT'),
      chapterId: z.uuid().nullish(),
      status: z.enum(['DRAFT', 'REVIEWED']).default('DRAFT'),
    })
    .superRefine((d, ctx) => {
      if (d.scope === 'CHAPTER' && !d.chapterId) ctx.addIssue({ code: 'custom', path: ['chapterId'], message: 'Choose the chapter whose bank this joins.' });
      if (d.status === 'REVIEWED' && d.scope === 'DRAFT') ctx.addIssue({ code: 'custom', path: ['status'], message: 'Your own drafts can’t be marked reviewed; import them into a chapter or the platform bank.' });
    })
    .default({ scope: 'DRAFT', status: 'DRAFT' }),
});
export type QuestionImportValue = z.infer<typeof questionImportSchema>;

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

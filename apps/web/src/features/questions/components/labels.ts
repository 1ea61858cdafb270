import type { Difficulty, QuestionScope, QuestionStatus } from '@/gql/graphql';

export const STATUSES: readonly QuestionStatus[] = ['DRAFT', 'REVIEWED', 'RETIRED'];
export const DIFFICULTIES: readonly Difficulty[] = ['EASY', 'MEDIUM', 'HARD'];
export const SCOPES: readonly QuestionScope[] = ['DRAFT', 'CHAPTER', 'PLATFORM'];

export const STATUS_LABEL: Record<QuestionStatus, string> = {
  DRAFT: 'Draft',
  REVIEWED: 'Reviewed',
  RETIRED: 'Retired',
};

/** Shades that keep AA contrast as text on white (the word carries the meaning). */
export const STATUS_COLOR: Record<QuestionStatus, string> = {
  DRAFT: 'gray.8',
  REVIEWED: 'teal.9',
  RETIRED: 'red.9',
};

export const DIFFICULTY_LABEL: Record<Difficulty, string> = {
  EASY: 'Easy',
  MEDIUM: 'Medium',
  HARD: 'Hard',
};

export const SCOPE_LABEL: Record<QuestionScope, string> = {
  DRAFT: 'My draft',
  CHAPTER: 'Chapter bank',
  PLATFORM: 'Platform bank',
};

/** The filter's wording: a list of questions, not one. */
export const SCOPE_FILTER_LABEL: Record<QuestionScope, string> = {
  DRAFT: 'My drafts',
  CHAPTER: 'Chapter banks',
  PLATFORM: 'Platform bank',
};

export const GENERAL_LABEL = 'General (every modality)';

function isOneOf<T extends string>(list: readonly T[], v: string | null | undefined): v is T {
  return !!v && (list as readonly string[]).includes(v);
}
export const isStatus = (v: string | null | undefined): v is QuestionStatus => isOneOf(STATUSES, v);
export const isDifficulty = (v: string | null | undefined): v is Difficulty => isOneOf(DIFFICULTIES, v);
export const isScope = (v: string | null | undefined): v is QuestionScope => isOneOf(SCOPES, v);

/** "CABMET bank" when the chapter is one of the viewer's, else "Chapter bank". */
export function scopeLabel(scope: QuestionScope, chapterId: string | null | undefined, chapters: readonly { id: string; name: string }[]): string {
  if (scope !== 'CHAPTER') return SCOPE_LABEL[scope];
  const chapter = chapters.find((c) => c.id === chapterId);
  return chapter ? `${chapter.name} bank` : SCOPE_LABEL.CHAPTER;
}

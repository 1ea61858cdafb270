import type { MaterialKind, MaterialScope } from '@/gql/graphql';

export const KIND_LABEL: Record<MaterialKind, string> = {
  READING: 'Reading',
  LINK: 'Link',
  FILE: 'File',
};

export const KIND_COLOR: Record<MaterialKind, string> = {
  READING: 'blue.9',
  LINK: 'grape.9',
  FILE: 'teal.9',
};

export const SCOPE_LABEL: Record<MaterialScope, string> = {
  DRAFT: 'My draft',
  CHAPTER: 'Chapter library',
  PLATFORM: 'Platform',
};

/** The filter's wording: a list of items, not one. */
export const SCOPE_FILTER_LABEL: Record<MaterialScope, string> = {
  DRAFT: 'My drafts',
  CHAPTER: 'Chapter libraries',
  PLATFORM: 'Shared platform-wide',
};

export const KINDS: readonly MaterialKind[] = ['READING', 'LINK', 'FILE'];
export const SCOPES: readonly MaterialScope[] = ['DRAFT', 'CHAPTER', 'PLATFORM'];

export function isKind(v: string | null | undefined): v is MaterialKind {
  return !!v && (KINDS as readonly string[]).includes(v);
}

export function isScope(v: string | null | undefined): v is MaterialScope {
  return !!v && (SCOPES as readonly string[]).includes(v);
}

/** "CABMET library" when the chapter is one of the viewer's, else "Chapter library". */
export function scopeLabel(scope: MaterialScope, chapterId: string | null | undefined, chapters: readonly { id: string; name: string }[]): string {
  if (scope !== 'CHAPTER') return SCOPE_LABEL[scope];
  const chapter = chapters.find((c) => c.id === chapterId);
  return chapter ? `${chapter.name} library` : SCOPE_LABEL.CHAPTER;
}

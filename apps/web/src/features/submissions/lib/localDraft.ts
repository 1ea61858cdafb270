/**
 * A copy of the answer in this browser's localStorage, written on every edit, so a
 * closed tab, a crash or a dropped connection loses nothing that was typed. Keyed by
 * user and assignment (a shared computer keeps people's drafts apart); removed once the
 * server has the same text.
 */
import { DateTime } from '@gantry/shared';

export interface DraftFile {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
}

export interface DraftContent {
  bodyMarkdown: string;
  files: DraftFile[];
}

export interface LocalDraft extends DraftContent {
  /** When it was last edited here (ISO). */
  editedAt: string;
  /** The server's draft revision this edit started from. */
  baseRevision: number;
}

export function localDraftKey(userId: string, assignmentId: string): string {
  return `gantry.draft.${userId}.${assignmentId}`;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // private modes and locked-down browsers
  }
}

function isFile(v: unknown): v is DraftFile {
  const f = v as Record<string, unknown> | null;
  return !!f && typeof f.id === 'string' && typeof f.filename === 'string' && typeof f.contentType === 'string' && typeof f.sizeBytes === 'number';
}

export function readLocalDraft(key: string): LocalDraft | null {
  const raw = storage()?.getItem(key);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Record<string, unknown>;
    if (typeof v.bodyMarkdown !== 'string' || typeof v.editedAt !== 'string' || typeof v.baseRevision !== 'number' || !Array.isArray(v.files) || !v.files.every(isFile)) return null;
    if (!DateTime.fromISO(v.editedAt).isValid) return null;
    return { bodyMarkdown: v.bodyMarkdown, files: v.files, editedAt: v.editedAt, baseRevision: v.baseRevision };
  } catch {
    return null;
  }
}

export function writeLocalDraft(key: string, draft: LocalDraft): void {
  try {
    storage()?.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or refused: the server copy is still being saved.
  }
}

export function clearLocalDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // nothing to do
  }
}

export function sameContent(a: DraftContent, b: DraftContent): boolean {
  return a.bodyMarkdown === b.bodyMarkdown && a.files.length === b.files.length && a.files.every((f, i) => f.id === b.files[i]!.id);
}

/**
 * Whether the copy in this browser should replace the server's draft when the page
 * opens: it differs, and it was edited after the server's draft was saved (or the server
 * has none).
 */
export function shouldRestore(local: LocalDraft, server: DraftContent & { savedAt: string | null }): boolean {
  if (sameContent(local, server)) return false;
  if (!server.savedAt) return local.bodyMarkdown.trim() !== '' || local.files.length > 0;
  return DateTime.fromISO(local.editedAt) > DateTime.fromISO(server.savedAt);
}

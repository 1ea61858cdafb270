/**
 * Autosave of a student's answer. Every edit is kept in this browser at once and sent to
 * the API ~1.5 s after typing stops, and straight away when the field loses focus or the
 * page is hidden or closed. A save carries the revision it started from; when another
 * tab saved in between the API answers CONFLICT and nothing is overwritten until the
 * student chooses. A failed save keeps the text and tries again, less often each time.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ErrorCode, nowUtc } from '@gantry/shared';
import { describeError, NETWORK_ERROR } from '@/lib/errors';
import { clearLocalDraft, readLocalDraft, sameContent, shouldRestore, writeLocalDraft, type DraftContent, type DraftFile } from '../lib/localDraft';
import type { DraftSaveInput } from './useSubmissionMutations';

/** The draft as the API last told us (from the page's query, kept current by the cache). */
export interface ServerDraft extends DraftContent {
  revision: number;
  savedAt: string | null;
}

export type SaveState =
  /** The server has what is on screen; `savedAt` is when it was saved (null: never). */
  | { kind: 'clean'; savedAt: string | null }
  /** Edited; a save is on its way (after the pause, or now). */
  | { kind: 'saving' }
  /** The last save failed (connection, server); it is tried again. */
  | { kind: 'retrying'; message: string }
  /** Another tab or device saved first; waiting for the student to choose. */
  | { kind: 'conflict' }
  /** The API refused the answer (too long, a file it will not take…); no retry until it changes. */
  | { kind: 'refused'; message: string };

export const AUTOSAVE_DELAY_MS = 1500;
/** Waits between retries of a failed save; the last one repeats. */
export const RETRY_DELAYS_MS = [2000, 5000, 10_000, 30_000] as const;
const RETRYABLE = new Set<string>([NETWORK_ERROR, ErrorCode.Internal, ErrorCode.RateLimited]);

interface Options {
  assignmentId: string;
  /** Where the copy in this browser lives (`localDraftKey`). */
  storageKey: string;
  server: ServerDraft;
  saveDraft: (input: DraftSaveInput, opts: { keepalive?: boolean }) => Promise<{ draftRevision: number; draftSavedAt?: string | null }>;
  /** Fetch the server's draft again (after a CONFLICT); `server` then carries it. */
  reloadServer: () => Promise<unknown>;
  /** Called on every edit (e.g. a pending submit intent is about other text now). */
  onEdit?: () => void;
}

export interface DraftAutosave {
  content: DraftContent;
  state: SaveState;
  /** Unsaved edits exist (on screen, not yet on the server). */
  dirty: boolean;
  /** When the page opened with a newer copy from this browser: when it was edited. */
  restoredFrom: string | null;
  dismissRestored: () => void;
  setBody: (bodyMarkdown: string) => void;
  addFile: (file: DraftFile) => void;
  removeFile: (id: string) => void;
  /** Save now; resolves true once the server has exactly what is on screen. */
  flush: (opts?: { keepalive?: boolean }) => Promise<boolean>;
  /** After a conflict: true while the other version is being fetched. */
  reloading: boolean;
  /** After a conflict: take the other tab's version (mine is dropped). */
  loadTheirs: () => void;
  /** After a conflict: save mine over it (as the next revision). */
  keepMine: () => void;
}

export function useDraftAutosave({ assignmentId, storageKey, server, saveDraft, reloadServer, onEdit }: Options): DraftAutosave {
  // What the page opens with: the server's draft, or this browser's copy if that is newer.
  const [initial] = useState(() => {
    const local = readLocalDraft(storageKey);
    if (local && shouldRestore(local, server)) return { content: { bodyMarkdown: local.bodyMarkdown, files: local.files }, restoredFrom: local.editedAt };
    return { content: { bodyMarkdown: server.bodyMarkdown, files: server.files }, restoredFrom: null as string | null };
  });
  const [content, setContent] = useState<DraftContent>(initial.content);
  const [restoredFrom, setRestoredFrom] = useState(initial.restoredFrom);
  const [state, setState] = useState<SaveState>(initial.restoredFrom ? { kind: 'saving' } : { kind: 'clean', savedAt: server.savedAt });
  const [dirty, setDirty] = useState(!!initial.restoredFrom);
  const [reloading, setReloading] = useState(false);

  const contentRef = useRef(initial.content);
  // What the server holds as far as this tab knows, and since when.
  const savedRef = useRef<{ content: DraftContent; at: string | null }>({ content: { bodyMarkdown: server.bodyMarkdown, files: server.files }, at: server.savedAt });
  const revisionRef = useRef(server.revision);
  const dirtyRef = useRef(!!initial.restoredFrom);
  const blockedRef = useRef<null | 'conflict' | 'refused'>(null);
  const inFlightRef = useRef<Promise<boolean> | null>(null);
  const timerRef = useRef<number | null>(null);
  const retryRef = useRef<number | null>(null);
  const attemptRef = useRef(0);
  const serverRef = useRef(server);
  serverRef.current = server;

  const markDirty = (value: boolean) => {
    dirtyRef.current = value;
    setDirty(value);
  };
  const clearTimer = () => {
    if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    timerRef.current = null;
  };
  const clearRetry = () => {
    if (retryRef.current !== null) window.clearTimeout(retryRef.current);
    retryRef.current = null;
  };

  const saveRef = useRef<(keepalive?: boolean) => Promise<boolean>>(async () => true);
  const schedule = () => {
    clearTimer();
    timerRef.current = window.setTimeout(() => void saveRef.current(), AUTOSAVE_DELAY_MS);
  };

  saveRef.current = async (keepalive = false): Promise<boolean> => {
    clearTimer();
    if (blockedRef.current) return false;
    if (inFlightRef.current) {
      // One save at a time; then save whatever changed meanwhile.
      const ok = await inFlightRef.current;
      return ok ? saveRef.current(keepalive) : false;
    }
    if (!dirtyRef.current) return true;
    clearRetry();
    const snapshot = contentRef.current;
    const run = (async () => {
      setState({ kind: 'saving' });
      try {
        const saved = await saveDraft(
          { assignmentId, bodyMarkdown: snapshot.bodyMarkdown, fileIds: snapshot.files.map((f) => f.id), expectedRevision: revisionRef.current },
          { keepalive },
        );
        revisionRef.current = saved.draftRevision;
        attemptRef.current = 0;
        savedRef.current = { content: snapshot, at: saved.draftSavedAt ?? nowUtc().toISO() };
        if (contentRef.current === snapshot) {
          markDirty(false);
          clearLocalDraft(storageKey);
          setState({ kind: 'clean', savedAt: savedRef.current.at });
        } else {
          schedule(); // edited while this save was on its way
        }
        return true;
      } catch (e) {
        const info = describeError(e);
        if (info.code === ErrorCode.Conflict) {
          blockedRef.current = 'conflict';
          setState({ kind: 'conflict' });
          setReloading(true);
          try {
            await reloadServer();
          } catch {
            // The choice still works with what the cache has.
          } finally {
            setReloading(false);
          }
          return false;
        }
        if (!RETRYABLE.has(info.code)) {
          blockedRef.current = 'refused';
          setState({ kind: 'refused', message: info.message });
          return false;
        }
        const delay = info.retryAfterSeconds ? info.retryAfterSeconds * 1000 : RETRY_DELAYS_MS[Math.min(attemptRef.current, RETRY_DELAYS_MS.length - 1)]!;
        attemptRef.current++;
        retryRef.current = window.setTimeout(() => void saveRef.current(), delay);
        setState({ kind: 'retrying', message: info.message });
        return false;
      } finally {
        inFlightRef.current = null;
      }
    })();
    inFlightRef.current = run;
    return run;
  };

  const edit = (next: DraftContent) => {
    contentRef.current = next;
    setContent(next);
    markDirty(true);
    writeLocalDraft(storageKey, { ...next, editedAt: nowUtc().toISO()!, baseRevision: revisionRef.current });
    onEdit?.();
    if (blockedRef.current === 'refused') blockedRef.current = null; // changed: worth another try
    if (blockedRef.current === 'conflict') return; // nothing is sent until the student chooses
    if (retryRef.current !== null) return; // the retry sends the latest text
    if (!inFlightRef.current && sameContent(next, savedRef.current.content)) {
      // Back to what the server has (typed and undone): nothing to send.
      clearTimer();
      markDirty(false);
      clearLocalDraft(storageKey);
      setState({ kind: 'clean', savedAt: savedRef.current.at });
      return;
    }
    setState({ kind: 'saving' });
    schedule();
  };

  // Save when the page is hidden or closed (keepalive lets the request outlive the page);
  // a restored copy is saved after the usual pause.
  useEffect(() => {
    const now = () => void saveRef.current(true);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') now();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', now);
    window.addEventListener('beforeunload', now);
    if (dirtyRef.current && !blockedRef.current) schedule();
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', now);
      window.removeEventListener('beforeunload', now);
      clearTimer();
      clearRetry();
      // Leaving the page inside the app: send what is pending (the local copy stays until it lands).
      if (dirtyRef.current && !blockedRef.current) void saveRef.current(true);
    };
    // Mount and unmount only: the handlers read refs.
  }, []);

  // A copy in this browser that is not newer than the server's draft is of no more use.
  useEffect(() => {
    if (!initial.restoredFrom) clearLocalDraft(storageKey);
  }, [initial.restoredFrom, storageKey]);

  const flush = useCallback((opts: { keepalive?: boolean } = {}) => saveRef.current(opts.keepalive ?? false), []);

  return {
    content,
    state,
    dirty,
    restoredFrom,
    dismissRestored: () => setRestoredFrom(null),
    setBody: (bodyMarkdown) => edit({ ...contentRef.current, bodyMarkdown }),
    addFile: (file) => {
      if (contentRef.current.files.some((f) => f.id === file.id)) return;
      edit({ ...contentRef.current, files: [...contentRef.current.files, file] });
      void saveRef.current(); // an attachment is saved at once, not after a pause
    },
    removeFile: (id) => {
      edit({ ...contentRef.current, files: contentRef.current.files.filter((f) => f.id !== id) });
      void saveRef.current();
    },
    flush,
    reloading,
    loadTheirs: () => {
      const s = serverRef.current;
      const next = { bodyMarkdown: s.bodyMarkdown, files: s.files };
      contentRef.current = next;
      setContent(next);
      savedRef.current = { content: next, at: s.savedAt };
      revisionRef.current = s.revision;
      blockedRef.current = null;
      markDirty(false);
      clearTimer();
      clearRetry();
      clearLocalDraft(storageKey);
      setState({ kind: 'clean', savedAt: s.savedAt });
      onEdit?.();
    },
    keepMine: () => {
      revisionRef.current = serverRef.current.revision;
      blockedRef.current = null;
      markDirty(true);
      void saveRef.current();
    },
  };
}

import { useRef, useState } from 'react';
import { ErrorCode } from '@gantry/shared';
import { describeError } from '@/lib/errors';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

type Answer = (position: number, input: { optionId?: string | null; flagged?: boolean }) => Promise<unknown>;

/**
 * Autosave of answers and flags, one request at a time per question: a student who
 * arrows through the options sends their last choice, never an older one after a newer
 * one. Until the server confirms, the page shows the choice as "saving"; a failure keeps
 * the choice on screen with a retry. CONFLICT (time is up, already submitted) goes to
 * `onConflict` (the page re-reads the attempt: the server has submitted it).
 */
export function useAnswerSaver(answer: Answer, onConflict: (message: string) => void) {
  const [pending, setPending] = useState<Record<number, string>>({});
  const [flags, setFlags] = useState<Record<number, boolean>>({});
  const [state, setState] = useState<Record<number, SaveState>>({});
  const latest = useRef(new Map<number, string>());
  const busy = useRef(new Set<number>());

  const fail = (position: number, e: unknown) => {
    const info = describeError(e);
    if (info.code === ErrorCode.Conflict) onConflict(info.message);
    setState((s) => ({ ...s, [position]: { kind: 'failed', message: info.message } }));
  };

  const choose = async (position: number, optionId: string) => {
    latest.current.set(position, optionId);
    setPending((p) => ({ ...p, [position]: optionId }));
    if (busy.current.has(position)) return;
    busy.current.add(position);
    setState((s) => ({ ...s, [position]: { kind: 'saving' } }));
    try {
      for (;;) {
        const want = latest.current.get(position)!;
        await answer(position, { optionId: want });
        if (latest.current.get(position) === want) break;
      }
      latest.current.delete(position);
      setPending((p) => {
        const { [position]: _, ...rest } = p;
        return rest;
      });
      setState((s) => ({ ...s, [position]: { kind: 'saved' } }));
    } catch (e) {
      fail(position, e);
    } finally {
      busy.current.delete(position);
    }
  };

  const flag = async (position: number, flagged: boolean) => {
    setFlags((f) => ({ ...f, [position]: flagged }));
    setState((s) => ({ ...s, [position]: { kind: 'saving' } }));
    try {
      await answer(position, { flagged });
      setState((s) => ({ ...s, [position]: { kind: 'saved' } }));
    } catch (e) {
      fail(position, e);
    } finally {
      setFlags((f) => {
        const { [position]: _, ...rest } = f;
        return rest;
      });
    }
  };

  /** Send the choice still waiting at a position again (after a failure). */
  const retry = (position: number) => {
    const want = latest.current.get(position);
    if (want) void choose(position, want);
  };

  return { pending, flags, state, choose, flag, retry };
}

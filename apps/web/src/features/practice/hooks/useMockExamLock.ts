import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { useViewer } from '@/lib/viewer';
import { ActiveMockAttemptQuery } from '../api/documents';

/**
 * Closed book: whether the viewer has a mock exam in progress (the shell then hides
 * lesson material and shows a way back to the exam). The API refuses material reads
 * during the attempt as well; this only keeps the app from offering them. Re-read when
 * the exam's time runs out (the server submits it then).
 */
export function useMockExamLock(): { locked: boolean; attemptId: string | null } {
  const { viewer } = useViewer();
  const { data, refetch } = useQuery(ActiveMockAttemptQuery, { skip: !viewer });
  const active = viewer && data?.activeMockAttempt?.status === 'IN_PROGRESS' ? data.activeMockAttempt : null;
  const deadline = active?.deadlineAt ?? null;
  useEffect(() => {
    if (!deadline) return;
    const ms = Date.parse(deadline) - Date.now();
    // Timers beyond ~24 days overflow; an exam lasts hours.
    if (ms > 2 ** 31 - 1) return;
    const id = window.setTimeout(() => void refetch().catch(() => undefined), Math.max(0, ms) + 2000);
    return () => window.clearTimeout(id);
  }, [deadline, refetch]);
  return { locked: !!active, attemptId: active?.id ?? null };
}

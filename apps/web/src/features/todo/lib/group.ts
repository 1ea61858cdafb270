/**
 * The to-do list's groups, by the viewer's own calendar: what is overdue, what is due by
 * the end of this week (Monday to Sunday in their zone, as the schedule's week view), and
 * later; handed-in work that is past its due time comes last, under "Done". Each group
 * is ordered by due time.
 */
import { DateTime } from '@gantry/shared';
import type { SubmissionStatus } from '@/gql/graphql';

export type GroupKey = 'overdue' | 'week' | 'later' | 'done';

export const GROUP_TITLE: Record<GroupKey, string> = {
  overdue: 'Overdue',
  week: 'This week',
  later: 'Later',
  done: 'Done',
};

export interface Groupable {
  dueAt: string;
  status: SubmissionStatus;
}

export function isHandedIn(status: SubmissionStatus): boolean {
  return status === 'SUBMITTED' || status === 'RETURNED';
}

export function groupOf(item: Groupable, zone: string, now: DateTime): GroupKey {
  const due = DateTime.fromISO(item.dueAt);
  const past = due <= now;
  if (past) return isHandedIn(item.status) ? 'done' : 'overdue';
  const endOfWeek = now.setZone(zone).endOf('week');
  return due <= endOfWeek ? 'week' : 'later';
}

export function groupHomework<T extends Groupable>(items: readonly T[], zone: string, now: DateTime): { key: GroupKey; title: string; items: T[] }[] {
  const order: GroupKey[] = ['overdue', 'week', 'later', 'done'];
  const byDue = [...items].sort((a, b) => DateTime.fromISO(a.dueAt).toMillis() - DateTime.fromISO(b.dueAt).toMillis());
  const groups = new Map<GroupKey, T[]>(order.map((k) => [k, []]));
  for (const item of byDue) groups.get(groupOf(item, zone, now))!.push(item);
  return order.filter((k) => groups.get(k)!.length).map((key) => ({ key, title: GROUP_TITLE[key], items: groups.get(key)! }));
}

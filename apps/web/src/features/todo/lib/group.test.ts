import { DateTime } from '@gantry/shared';
import { groupHomework, groupOf } from './group';

// Sunday Jan 13, 2030, 1:30 AM in New York — still Saturday 10:30 PM in Los Angeles.
const now = DateTime.fromISO('2030-01-13T06:30:00.000Z');

const items = [
  { id: 'later', dueAt: '2030-02-01T17:00:00.000Z', status: 'MISSING' as const },
  { id: 'monday-early', dueAt: '2030-01-14T06:00:00.000Z', status: 'MISSING' as const }, // Mon 1 AM NY, Sun 10 PM LA
  { id: 'draft-overdue', dueAt: '2030-01-12T00:00:00.000Z', status: 'DRAFT' as const },
  { id: 'handed-in', dueAt: '2030-01-11T00:00:00.000Z', status: 'SUBMITTED' as const },
  { id: 'sunday', dueAt: '2030-01-13T20:00:00.000Z', status: 'DRAFT' as const },
  { id: 'missing-overdue', dueAt: '2030-01-10T00:00:00.000Z', status: 'MISSING' as const },
  { id: 'upcoming-done', dueAt: '2030-01-13T21:00:00.000Z', status: 'RETURNED' as const },
];

function shape(zone: string) {
  return groupHomework(items, zone, now).map((g) => [g.title, g.items.map((i) => i.id)]);
}

describe('to-do groups', () => {
  it('orders by due time and groups by the viewer’s own week (Monday to Sunday in their zone)', () => {
    expect(shape('America/Los_Angeles')).toEqual([
      ['Overdue', ['missing-overdue', 'draft-overdue']],
      ['This week', ['sunday', 'upcoming-done', 'monday-early']],
      ['Later', ['later']],
      ['Done', ['handed-in']],
    ]);
    // The same instants for a New York viewer: Monday 1 AM is next week already.
    expect(shape('America/New_York')).toEqual([
      ['Overdue', ['missing-overdue', 'draft-overdue']],
      ['This week', ['sunday', 'upcoming-done']],
      ['Later', ['monday-early', 'later']],
      ['Done', ['handed-in']],
    ]);
  });

  it('counts the due instant itself as past, and leaves out empty groups', () => {
    expect(groupOf({ dueAt: now.toISO()!, status: 'MISSING' }, 'UTC', now)).toBe('overdue');
    expect(groupOf({ dueAt: now.toISO()!, status: 'SUBMITTED' }, 'UTC', now)).toBe('done');
    expect(groupHomework([items[0]!], 'UTC', now).map((g) => g.key)).toEqual(['later']);
  });
});

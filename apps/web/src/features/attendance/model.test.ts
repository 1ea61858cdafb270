import { clockTime, describeRosterChange, formatHours, rosterCounts } from './model';

describe('attendance model', () => {
  it('counts a roster from its rows', () => {
    const r = (status: 'PRESENT' | 'LATE' | 'LEFT_EARLY' | 'ABSENT' | 'EXCUSED' | null) => ({ record: status ? { status } : null });
    expect(rosterCounts([r('PRESENT'), r('LATE'), r('LEFT_EARLY'), r('ABSENT'), r('EXCUSED'), r(null), r(null)])).toEqual({ in: 3, late: 1, missing: 2, absent: 1, excused: 1, total: 7 });
  });

  it('says what changed in words a screen reader can announce', () => {
    expect(describeRosterChange('Ana Ruiz', null, { status: 'PRESENT', source: 'SELF_CHECK_IN' })).toBe('Ana Ruiz checked in');
    expect(describeRosterChange('Ana Ruiz', null, { status: 'LATE', source: 'SELF_CHECK_IN' })).toBe('Ana Ruiz checked in (late)');
    expect(describeRosterChange('Ben Ode', { status: 'PRESENT', source: 'SELF_CHECK_IN' }, { status: 'EXCUSED', source: 'MENTOR', updatedBy: { displayName: 'Erin Co' } })).toBe('Ben Ode: Excused (Erin Co)');
    expect(describeRosterChange('Ben Ode', null, { status: 'LEFT_EARLY', source: 'ZOOM' })).toBe('Ben Ode: Left early from the Zoom report');
    // The same again (an idempotent check-in echoed) is not news.
    expect(describeRosterChange('Ana Ruiz', { status: 'PRESENT', source: 'SELF_CHECK_IN' }, { status: 'PRESENT', source: 'SELF_CHECK_IN' })).toBeNull();
  });

  it('writes hours with at most one decimal and times in the viewer’s zone', () => {
    expect([formatHours(6.5), formatHours(10), formatHours(2.25), formatHours(0)]).toEqual(['6.5', '10', '2.3', '0']);
    expect(clockTime('2030-01-09T02:02:00.000Z', 'America/New_York')).toBe('9:02 PM');
    expect(clockTime('2030-01-09T02:02:00.000Z', 'America/Denver')).toBe('7:02 PM');
  });
});

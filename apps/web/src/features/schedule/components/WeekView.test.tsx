import { screen, within } from '@testing-library/react';
import { renderAt } from '@/testing/render';
import type { ScheduleSession } from './ScheduleList';
import { WeekView } from './WeekView';

const cohort = { id: 'cohort-1', title: 'CRES study group — CT and MRI', timeZone: 'America/Denver' };

function session(id: string, number: number, startsAt: string, minutes = 120, status: 'SCHEDULED' | 'CANCELLED' = 'SCHEDULED'): ScheduleSession {
  return {
    id,
    number,
    title: `Session ${number} title`,
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + minutes * 60_000).toISOString(),
    status,
    isMakeup: false,
    cohort,
  };
}

// 7 pm Denver on Tuesday, March 9, 2027 (MST) is 02:00 UTC on Wednesday, March 10.
const tuesday = session('s1', 1, '2027-03-10T02:00:00.000Z');
// A week later Denver is on daylight time: 7 pm MDT is 01:00 UTC.
const nextWeek = session('s2', 2, '2027-03-17T01:00:00.000Z');
const HOUR_PX = 44;

function dayColumn(date: string) {
  const column = screen.getAllByTestId('week-day').find((d) => d.getAttribute('data-date') === date);
  if (!column) throw new Error(`no column for ${date}`);
  return column;
}

describe('week view', () => {
  it('puts a session in the viewer’s day and at the viewer’s local time (New York)', () => {
    renderAt('/', <WeekView weekStart="2027-03-08" viewerZone="America/New_York" sessions={[tuesday, nextWeek]} />, []);
    const week = screen.getByRole('region', { name: 'Week of Mar 8 – 14, 2027' });
    const days = within(week).getAllByTestId('week-day');
    expect(days.map((d) => within(d).getByRole('heading').textContent)).toEqual([
      'MondayMar 8',
      'TuesdayMar 9',
      'WednesdayMar 10',
      'ThursdayMar 11',
      'FridayMar 12',
      'SaturdayMar 13',
      'SundayMar 14',
    ]);
    // 02:00 UTC on the 10th is 9 pm on Tuesday the 9th in New York.
    const tue = dayColumn('2027-03-09');
    const event = within(tue).getByTestId('week-session');
    expect(event).toHaveTextContent('9:00 PM – 11:00 PM');
    expect(event).toHaveTextContent('CRES study group — CT and MRI');
    expect(event).toHaveAttribute('data-start-minute', String(21 * 60));
    // The grid starts at 8 am: 13 hours down.
    expect(event.style.top).toBe(`${13 * HOUR_PX}px`);
    expect(event.style.height).toBe(`${2 * HOUR_PX}px`);
    expect(within(event).getByRole('link')).toHaveAttribute('href', '/cohorts/cohort-1');
    // Nothing on the Wednesday (the UTC date), and the next week's session is not here.
    expect(within(dayColumn('2027-03-10')).queryByTestId('week-session')).not.toBeInTheDocument();
    expect(screen.getAllByTestId('week-session')).toHaveLength(1);
  });

  it('moves to the next day for a viewer far east (Tokyo), and keeps 9 pm across the US clock change for New York', () => {
    const { unmount } = renderAt('/', <WeekView weekStart="2027-03-08" viewerZone="Asia/Tokyo" sessions={[tuesday]} />, []);
    // 02:00 UTC is 11 am on Wednesday in Tokyo.
    const wed = within(dayColumn('2027-03-10')).getByTestId('week-session');
    expect(wed).toHaveTextContent('11:00 AM – 1:00 PM');
    unmount();

    // The week after the US change (March 14): 7 pm MDT is still 9 pm in New York (EDT).
    renderAt('/', <WeekView weekStart="2027-03-15" viewerZone="America/New_York" sessions={[tuesday, nextWeek]} />, []);
    const tue = within(dayColumn('2027-03-16')).getByTestId('week-session');
    expect(tue).toHaveTextContent('9:00 PM – 11:00 PM');
  });

  it('is operable from the keyboard: Tab reaches each session, arrow keys move between them', async () => {
    const later = session('s3', 3, '2027-03-12T02:00:00.000Z');
    const cancelled = session('s4', 4, '2027-03-13T17:00:00.000Z', 60, 'CANCELLED');
    const { user } = renderAt('/', <WeekView weekStart="2027-03-08" viewerZone="America/Denver" sessions={[later, tuesday, cancelled]} />, []);
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      '7:00 PM – 9:00 PMCRES study group — CT and MRISession 1: Session 1 title',
      '7:00 PM – 9:00 PMCRES study group — CT and MRISession 3: Session 3 title',
      '10:00 AM – 11:00 AM (cancelled)CRES study group — CT and MRISession 4: Session 4 title',
    ]);
    await user.tab();
    expect(links[0]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(links[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(links[2]).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(links[1]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(links[0]).toHaveFocus();
    // Empty days say so (visible at phone width, read out everywhere).
    expect(within(dayColumn('2027-03-08')).getByText('No sessions')).toBeInTheDocument();
  });
});

import { act, screen } from '@testing-library/react';
import { makeFragmentData } from '@/gql';
import { renderAt, renderUi } from '@/testing/render';
import { JoinButton } from './JoinButton';
import { NextSessionCard, NextSessionCardFragment } from './NextSessionCard';

// Session 1 starts at 7 pm Denver (02:00 UTC) and lasts two hours.
const startsAt = '2026-12-02T02:00:00.000Z';
const endsAt = '2026-12-02T04:00:00.000Z';
const url = 'https://zoom.us/j/95550100123';
const MINUTE = 60_000;

/** Let `ms` pass on the fake clock, running the timers due meanwhile. */
function tick(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

function at(iso: string, minutesOffset = 0) {
  return new Date(Date.parse(iso) + minutesOffset * MINUTE);
}

describe('Join button', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is live only from 15 minutes before the start to the end, re-checked on a timer', () => {
    vi.useFakeTimers({ now: at(startsAt, -20) });
    renderUi(<JoinButton sessionId="s1" startsAt={startsAt} endsAt={endsAt} url={url} passcode="cres2027" />);

    // 20 minutes before: a disabled button, no link.
    expect(screen.getByRole('button', { name: 'Join session' })).toBeDisabled();
    expect(screen.queryByRole('link', { name: 'Join session' })).not.toBeInTheDocument();
    expect(screen.getByText('You can join from 15 minutes before the start.')).toBeInTheDocument();
    expect(screen.getByText('cres2027')).toBeInTheDocument();

    // 4 minutes later (eight 30-second ticks): still closed.
    tick(4 * MINUTE);
    expect(screen.getByRole('button', { name: 'Join session' })).toBeDisabled();

    // Exactly when it opens (not up to 30 s late): a link to the meeting.
    tick(1 * MINUTE);
    const link = screen.getByRole('link', { name: 'Join session' });
    expect(link).toHaveAttribute('href', url);
    expect(link).toHaveAttribute('target', '_blank');
    expect(screen.getByText(/The meeting is open: join now/)).toBeInTheDocument();

    // During the session it stays open…
    tick(75 * MINUTE);
    expect(screen.getByRole('link', { name: 'Join session' })).toBeInTheDocument();

    // …and closes when it ends.
    tick(61 * MINUTE);
    expect(screen.queryByRole('link', { name: 'Join session' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Join session' })).toBeDisabled();
    expect(screen.getByText('This session has ended.')).toBeInTheDocument();
  });

  it('says so when the mentor has not added a meeting link', () => {
    vi.useFakeTimers({ now: at(startsAt, -5) });
    renderUi(<JoinButton sessionId="s1" startsAt={startsAt} endsAt={endsAt} url={null} />);
    expect(screen.queryByRole('link', { name: 'Join session' })).not.toBeInTheDocument();
    expect(screen.getByText(/The meeting link has not been added yet/)).toBeInTheDocument();
  });
});

describe('next-session card', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const session = (meeting: { url: string; passcode: string } | null) =>
    makeFragmentData(
      {
        id: 'session-1',
        number: 1,
        title: 'CT: gantry, tube and detector',
        startsAt,
        endsAt,
        status: 'SCHEDULED',
        cohort: { id: 'cohort-1', title: 'CRES study group — CT and MRI', timeZone: 'America/Denver', meeting },
      },
      NextSessionCardFragment,
    );

  it('shows the time in the viewer’s zone with the cohort’s beside it, and counts down every 30 seconds', () => {
    vi.useFakeTimers({ now: at(startsAt, -125) });
    renderAt('/', <NextSessionCard session={session({ url, passcode: 'cres2027' })} viewerZone="America/New_York" />, []);
    expect(screen.getByRole('region', { name: 'Next session' })).toHaveTextContent('Tue, Dec 1, 9:00 PM EST (7:00 PM MST cohort time)');
    expect(screen.getByTestId('countdown')).toHaveTextContent('Starts in 2 hours 5 minutes');
    tick(30_000);
    expect(screen.getByTestId('countdown')).toHaveTextContent('Starts in 2 hours 5 minutes');
    tick(90_000);
    expect(screen.getByTestId('countdown')).toHaveTextContent('Starts in 2 hours 3 minutes');
    // A minute after the start (124 more minutes): under way, and the Join button is live.
    tick(124 * MINUTE);
    expect(screen.getByTestId('countdown')).toHaveTextContent('In progress until 11:00 PM EST');
    expect(screen.getByRole('link', { name: 'Join session' })).toHaveAttribute('href', url);
    expect(screen.getByRole('link', { name: 'Download .ics for this session' })).toHaveAttribute('href', '/calendar/sessions/session-1.ics');
  });

  it('has no Join button for someone not taking part (no meeting link)', () => {
    vi.useFakeTimers({ now: at(startsAt, -5) });
    renderAt('/', <NextSessionCard session={session(null)} viewerZone="America/Denver" />, []);
    // Same zone as the cohort: no "cohort time" beside it.
    expect(screen.getByRole('region', { name: 'Next session' })).toHaveTextContent('Tue, Dec 1, 7:00 PM MST');
    expect(screen.getByRole('region', { name: 'Next session' })).not.toHaveTextContent('cohort time');
    expect(screen.queryByRole('button', { name: 'Join session' })).not.toBeInTheDocument();
    expect(screen.getByText('The meeting link and Join button are for enrolled students.')).toBeInTheDocument();
  });
});

import { useRef, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { DateTime } from '@gantry/shared';
import { useNow } from '@/hooks/useNow';
import { paths } from '@/paths';
import type { ScheduleSession } from './ScheduleList';
import { buildWeek, visibleHours, weekLabel } from './week';
import classes from './WeekView.module.css';

const HOUR_PX = 44;

/**
 * Seven columns, Monday to Sunday in the viewer's zone, each session placed by its
 * local start and length. Every session is a link in time order, so Tab walks the week;
 * the arrow keys (and Home/End) move between sessions too. Below 48em the columns
 * become a list of days.
 */
export function WeekView({ weekStart, viewerZone, sessions }: { weekStart: string; viewerZone: string; sessions: readonly ScheduleSession[] }) {
  const now = useNow(60_000);
  const days = buildWeek(weekStart, viewerZone, sessions, now);
  const { first, last } = visibleHours(days);
  const height = (last - first) * HOUR_PX;
  const root = useRef<HTMLDivElement>(null);
  const hours = Array.from({ length: last - first }, (_, i) => first + i);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const keys = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'];
    if (!keys.includes(e.key) || !root.current) return;
    const links = Array.from(root.current.querySelectorAll<HTMLAnchorElement>('a[data-week-session]'));
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1 || links.length === 0) return;
    e.preventDefault();
    const next =
      e.key === 'Home' ? 0 : e.key === 'End' ? links.length - 1 : e.key === 'ArrowRight' || e.key === 'ArrowDown' ? Math.min(links.length - 1, at + 1) : Math.max(0, at - 1);
    links[next]?.focus();
  };

  return (
    <div
      ref={root}
      className={classes.week}
      role="region"
      aria-label={`Week of ${weekLabel(weekStart)}`}
      onKeyDown={onKeyDown}
      style={{ ['--hour-height' as string]: `${HOUR_PX}px` }}
      data-testid="week-view"
    >
      <div className={classes.axis} aria-hidden="true">
        <div className={classes.axisHead} />
        <div style={{ position: 'relative', height }}>
          {hours.map((h) => (
            <span key={h} className={classes.hour} style={{ top: (h - first) * HOUR_PX }}>
              {h === first ? '' : DateTime.fromObject({ hour: h }, { zone: 'UTC' }).setLocale('en-US').toFormat('h a')}
            </span>
          ))}
        </div>
      </div>
      <ol className={classes.days} aria-label="Days">
        {days.map((d) => (
          <li
            key={d.date}
            className={`${classes.day} ${d.isToday ? classes.today : ''}`}
            aria-labelledby={`day-${d.date}`}
            aria-current={d.isToday ? 'date' : undefined}
            data-date={d.date}
            data-testid="week-day"
          >
            <h3 className={classes.dayHead} id={`day-${d.date}`}>
              <span>{d.weekday}</span>
              <span>
                {d.label}
                {d.isToday ? ' (today)' : ''}
              </span>
            </h3>
            {d.sessions.length === 0 ? (
              <div className={classes.track} style={{ height }}>
                <p className={classes.empty}>No sessions</p>
              </div>
            ) : (
              <ul className={classes.track} style={{ height }} aria-label={`Sessions on ${d.weekday}`}>
                {d.sessions.map((p) => {
                  const s = p.session;
                  const cancelled = s.status === 'CANCELLED';
                  return (
                    <li
                      key={s.id}
                      className={`${classes.event} ${cancelled ? classes.cancelled : ''}`}
                      style={{ top: ((p.startMinute - first * 60) / 60) * HOUR_PX, height: ((p.endMinute - p.startMinute) / 60) * HOUR_PX }}
                      data-testid="week-session"
                      data-start-minute={p.startMinute}
                    >
                      <Link to={paths.cohort.to(s.cohort.id)} className={classes.eventLink} data-week-session>
                        <span>{p.timeRange}</span>
                        {cancelled ? <span> (cancelled)</span> : null}
                        <br />
                        <span className={classes.eventTitle}>{s.cohort.title}</span>
                        <br />
                        <span>
                          Session {s.number}: {s.title}
                        </span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

import { Text, type TextProps } from '@mantine/core';
import { describeForViewer } from '@gantry/shared';

interface Props extends TextProps {
  startsAt: string;
  viewerZone: string;
  cohortZone: string;
  /** Strike the time through (a cancelled session). */
  cancelled?: boolean;
}

/**
 * A session's start in the viewer's zone, with the cohort's own local time beside it
 * when the two differ: "Tue, Mar 10, 8:00 PM CDT (7:00 PM MDT cohort time)".
 */
export function SessionTime({ startsAt, viewerZone, cohortZone, cancelled = false, ...props }: Props) {
  const { viewer, cohort } = describeForViewer(startsAt, viewerZone, cohortZone);
  return (
    <Text size="sm" component="span" td={cancelled ? 'line-through' : undefined} {...props}>
      <time dateTime={startsAt}>{viewer}</time>
      {cohort ? (
        <Text span size="sm" c="dimmed" inherit>
          {' '}
          ({cohort})
        </Text>
      ) : null}
    </Text>
  );
}

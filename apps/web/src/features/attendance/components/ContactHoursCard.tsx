import { Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { formatHours, minutesAsHours } from '../model';

export const ContactHoursCardFragment = graphql(`
  fragment ContactHoursCard_cohort on Cohort {
    id
    attendanceRule {
      certificateMinPercent
    }
    myContactHours {
      minutes
      hours
      possibleMinutes
      percent
      certificateEligible
    }
  }
`);

/** "6.5 of 10 hours · certificate needs 75 % (7.5 hours)" */
export function contactHoursText(hours: number, possibleMinutes: number, certificatePercent: number): string {
  const needed = (possibleMinutes * certificatePercent) / 100 / 60;
  return `${formatHours(hours)} of ${minutesAsHours(possibleMinutes)} hours · certificate needs ${certificatePercent} % (${formatHours(needed)} hours)`;
}

/**
 * The student's contact hours in this cohort (attended minutes, each session capped at its
 * length) against all the cohort's session time, with how much a certificate of attendance
 * needs. Shown only to the cohort's enrolled students (the API answers null otherwise).
 */
export function ContactHoursCard({ cohort: ref }: { cohort: FragmentType<typeof ContactHoursCardFragment> }) {
  const cohort = getFragmentData(ContactHoursCardFragment, ref);
  const h = cohort.myContactHours;
  if (!h) return null;
  const cert = cohort.attendanceRule.certificateMinPercent;
  const pct = Math.max(0, Math.min(100, h.percent));
  const text = contactHoursText(h.hours, h.possibleMinutes, cert);
  const neededMinutes = Math.ceil((h.possibleMinutes * cert) / 100);
  const short = Math.max(0, neededMinutes - h.minutes);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="contact-hours-heading" data-testid="contact-hours">
      <Stack gap="xs">
        <Title order={2} size="h3" id="contact-hours-heading">
          Contact hours
        </Title>
        <Text size="sm" fw={600} data-testid="contact-hours-text">
          {text}
        </Text>
        <Progress.Root
          size="lg"
          role="progressbar"
          aria-label="Contact hours attended"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct}
          aria-valuetext={`${pct} % of the cohort’s session time`}
        >
          <Progress.Section value={pct} color={h.certificateEligible ? 'green.9' : 'blue.8'} withAria={false} />
        </Progress.Root>
        <Text size="sm">
          {h.certificateEligible
            ? `You have attended ${pct} % of the sessions’ time: enough for a certificate of attendance.`
            : `You have attended ${pct} % of the sessions’ time${short > 0 ? `; ${formatHours(short / 60)} more ${formatHours(short / 60) === '1' ? 'hour reaches' : 'hours reach'} ${cert} %` : ''}.`}
        </Text>
        <Text size="xs" c="dimmed">
          Minutes count from your check-ins, your mentor’s marks and the Zoom report, up to each session’s length.
        </Text>
      </Stack>
    </Paper>
  );
}

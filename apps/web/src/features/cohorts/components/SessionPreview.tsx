import { Alert, Badge, Stack, Table, Text } from '@mantine/core';
import { DateTime, type PlannedSession } from '@gantry/shared';

const FORMAT = 'ccc, LLL d, yyyy, h:mm a ZZZZ';

function at(iso: string, zone: string): DateTime {
  return DateTime.fromISO(iso).setZone(zone).setLocale('en-US');
}

/**
 * The sessions a schedule pattern makes, as they will be stored: each in the cohort's
 * zone and in the mentor's own, with daylight-saving changes and times that do not
 * exist (spring forward) called out. Computed by the shared `planSessions`.
 */
export function SessionPreview({
  sessions,
  titles,
  cohortZone,
  viewerZone,
  now,
}: {
  sessions: readonly PlannedSession[] | null;
  titles: readonly string[];
  cohortZone: string;
  viewerZone: string;
  now: DateTime;
}) {
  if (!sessions) {
    return <Text c="dimmed">Fill in the schedule to see the sessions here.</Text>;
  }
  const sameZone = cohortZone === viewerZone;
  const anyShifted = sessions.some((s) => s.shifted);
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={sameZone ? 420 : 620}>
        <Table striped aria-label="Preview of the sessions" data-testid="session-preview">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">#</Table.Th>
              <Table.Th scope="col">Title</Table.Th>
              <Table.Th scope="col">Cohort time ({cohortZone.replace(/_/g, ' ')})</Table.Th>
              {sameZone ? null : <Table.Th scope="col">Your time ({viewerZone.replace(/_/g, ' ')})</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((s, i) => {
              const local = at(s.startsAt, cohortZone);
              const mine = at(s.startsAt, viewerZone);
              const prev = i > 0 ? at(sessions[i - 1]!.startsAt, cohortZone) : null;
              const dstChange = prev !== null && prev.offset !== local.offset;
              const past = local <= now;
              return (
                <Table.Tr key={s.index} data-testid="preview-row">
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{titles[i]?.trim() || `Session ${i + 1}`}</Table.Td>
                  <Table.Td data-testid="preview-cohort-time">
                    <Stack gap={2} align="flex-start">
                      <span data-testid="preview-cohort-start">{local.toFormat(FORMAT)}</span>
                      {s.shifted ? (
                        <Badge color="grape.9" variant="outline" style={{ textTransform: 'none' }}>
                          Moved to {local.toFormat('h:mm a')}: clocks spring forward that night
                        </Badge>
                      ) : null}
                      {dstChange ? (
                        <Badge color="blue.9" variant="outline" style={{ textTransform: 'none' }}>
                          Daylight saving time changed ({prev!.toFormat('ZZZZ')} → {local.toFormat('ZZZZ')})
                        </Badge>
                      ) : null}
                      {past ? (
                        <Badge color="red.9" variant="outline" style={{ textTransform: 'none' }}>
                          In the past
                        </Badge>
                      ) : null}
                    </Stack>
                  </Table.Td>
                  {sameZone ? null : <Table.Td data-testid="preview-viewer-time">{mine.toFormat(FORMAT)}</Table.Td>}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {sameZone ? <Text size="sm">You are in the cohort’s time zone, so these are your times too.</Text> : null}
      {anyShifted ? (
        <Alert color="orange" variant="light" title="A start time does not exist on one day">
          <Text size="sm">On the night clocks spring forward, that local time is skipped. The session starts at the first valid time after it, as shown. Choose another time to avoid this.</Text>
        </Alert>
      ) : null}
    </Stack>
  );
}

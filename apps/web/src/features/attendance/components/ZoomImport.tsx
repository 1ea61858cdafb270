import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Anchor, Badge, Button, Group, List, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { FilePicker } from '@/components/FilePicker';
import { TimeZoneSelect } from '@/components/TimeZoneSelect';
import type { AttendanceStatus, ZoomParticipantFieldsFragment, ZoomPreviewFieldsFragment } from '@/gql/graphql';
import { getFragmentData, type FragmentType } from '@/gql';
import { describeError } from '@/lib/errors';
import { plural } from '@/lib/format';
import { paths } from '@/paths';
import { AttendanceStudentFields, ZoomParticipantFields } from '../api/documents';
import { useApplyZoomImport, usePreviewZoomImport } from '../hooks/useZoomImport';
import { clockTime, dayAndTime, formatBytes, readFileText, STATUS_LABEL, ZOOM_REPORT_MAX_BYTES } from '../model';
import { AttendanceBadge } from './AttendanceBadge';

interface Props {
  cohortId: string;
  sessionId: string;
  cohortZone: string;
  viewerZone: string;
}

interface ChosenFile {
  name: string;
  size: number;
  text: string;
}

const KIND_LABEL: Record<string, string> = { EMAIL: 'By email', NAME: 'By name', MANUAL: 'By hand' };

function participantOf(ref: FragmentType<typeof ZoomParticipantFields>): ZoomParticipantFieldsFragment {
  return getFragmentData(ZoomParticipantFields, ref);
}

function studentOf(ref: FragmentType<typeof AttendanceStudentFields>) {
  return getFragmentData(AttendanceStudentFields, ref);
}

function Participant({ p, zone }: { p: ZoomParticipantFieldsFragment; zone: string }) {
  return (
    <Stack gap={0}>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {p.name}
        </Text>
        {p.guest ? (
          <Badge size="xs" variant="outline" color="gray.8">
            Guest
          </Badge>
        ) : null}
      </Group>
      {p.originalName && p.originalName !== p.name ? (
        <Text size="xs" c="dimmed">
          Originally “{p.originalName}”
        </Text>
      ) : null}
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {p.email || 'No email'} · {p.minutes} min{p.rows > 1 ? ` over ${p.rows} connections` : ''}
        {p.firstJoin ? ` · first joined ${clockTime(p.firstJoin, zone)}` : ''}
      </Text>
    </Stack>
  );
}

function Proposed({ status, minutes }: { status: AttendanceStatus; minutes: number }) {
  return (
    <Group gap={6} wrap="nowrap">
      <AttendanceBadge status={status} />
      <Text size="sm">{minutes} min</Text>
    </Group>
  );
}

/**
 * Import Zoom's participants report for one session: choose the CSV file (read here, size
 * checked), say which zone its times are in (the cohort's by default), preview what it
 * matches (by email, then by name) and proposes, match the leftovers by hand, and apply.
 * A file already applied to this session says so; applying it again changes nothing.
 * A malformed file gets the API's message, which names the line.
 */
export function ZoomImport({ cohortId, sessionId, cohortZone, viewerZone }: Props) {
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [zone, setZone] = useState(cohortZone);
  const [preview, setPreview] = useState<ZoomPreviewFieldsFragment | null>(null);
  const [previewError, setPreviewError] = useState<string[] | null>(null);
  const [manual, setManual] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ changed: number; unchanged: number } | null>(null);
  const [applyError, setApplyError] = useState<string | null>(null);
  const { preview: runPreview, loading: previewing } = usePreviewZoomImport();
  const { apply, loading: applying } = useApplyZoomImport();

  const reset = () => {
    setPreview(null);
    setPreviewError(null);
    setManual({});
    setResult(null);
    setApplyError(null);
  };

  const choose = async (f: File) => {
    reset();
    setFile(null);
    setFileError(null);
    if (f.size === 0) return setFileError(`${f.name} is empty. Export the participants report from Zoom again.`);
    if (f.size > ZOOM_REPORT_MAX_BYTES) {
      return setFileError(
        `${f.name} is ${formatBytes(f.size)}; a participants report is at most ${formatBytes(ZOOM_REPORT_MAX_BYTES)}. Check that you exported the participants of one meeting.`,
      );
    }
    if (!/\.csv$/i.test(f.name) && !/csv|text\/plain/.test(f.type)) return setFileError(`${f.name} is not a CSV file. Zoom exports the report as .csv.`);
    try {
      setFile({ name: f.name, size: f.size, text: await readFileText(f) });
    } catch {
      setFileError(`${f.name} could not be read. Choose it again.`);
    }
  };

  const doPreview = async () => {
    if (!file) return;
    reset();
    try {
      const p = await runPreview({ sessionId, filename: file.name, csv: file.text, zone });
      setPreview(p);
    } catch (e) {
      const info = describeError(e);
      const fieldMessages = Object.values(info.fields).flat();
      setPreviewError(fieldMessages.length ? fieldMessages : [info.message]);
    }
  };

  const doApply = async () => {
    if (!preview) return;
    setApplyError(null);
    try {
      const manualMatches = Object.entries(manual)
        .filter(([, userId]) => userId)
        .map(([participantKey, userId]) => ({ participantKey, userId }));
      const r = await apply({ importId: preview.id, manualMatches });
      if (!r) return;
      setResult({ changed: r.changed, unchanged: r.unchanged });
      setPreview(r.preview);
      setManual({});
    } catch (e) {
      setApplyError(describeError(e).message);
    }
  };

  const absent = preview ? preview.absent.map(studentOf) : [];
  const chosen = new Set(Object.values(manual).filter(Boolean));
  const stillAbsent = absent.filter((s) => !chosen.has(s.id));

  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" component="section" aria-labelledby="zoom-file-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="zoom-file-heading">
            1. The report
          </Title>
          <Text size="sm">
            In Zoom’s web portal: Reports → Usage → this meeting’s participants → Export. Either export works, with or without the meeting data.
          </Text>
          <FilePicker
            name="zoom-file"
            file={file}
            accept=".csv,text/csv"
            chooseLabel="Choose the CSV file"
            emptyText="No file chosen."
            error={fileError}
            onChoose={(f) => void choose(f)}
          />
          <TimeZoneSelect
            label="Time zone of the report’s times"
            description={`Zoom writes times in the host’s zone. The cohort meets on ${cohortZone.replace(/_/g, ' ')} time.`}
            value={zone}
            onChange={(z) => {
              if (!z) return;
              setZone(z);
              reset();
            }}
            maw={420}
          />
          <Group>
            <Button onClick={() => void doPreview()} disabled={!file} loading={previewing}>
              Preview
            </Button>
          </Group>
          {previewError ? (
            <Alert color="red" variant="light" role="alert" title="The report could not be read" data-testid="zoom-preview-error">
              <Stack gap={4}>
                {previewError.map((m) => (
                  <Text key={m} size="sm">
                    {m}
                  </Text>
                ))}
                <Text size="sm">Fix the file or export it from Zoom again, then choose it and preview once more.</Text>
              </Stack>
            </Alert>
          ) : null}
        </Stack>
      </Paper>

      {preview ? (
        <Paper withBorder p="lg" component="section" aria-labelledby="zoom-preview-heading">
          <Stack gap="md">
            <Title order={2} size="h3" id="zoom-preview-heading">
              2. Check the matches
            </Title>
            <Text size="sm">
              {preview.filename}, times read as {preview.zone.replace(/_/g, ' ')}: {plural(preview.matched.length, 'student')} matched,{' '}
              {plural(preview.unmatched.length, 'participant')} not matched, {plural(preview.absent.length, 'student')} not in the report.
            </Text>
            {result ? (
              <Alert color="green" variant="light" role="status" title="Applied" data-testid="zoom-result">
                <Text size="sm">
                  {result.changed} changed, {result.unchanged} unchanged.{' '}
                  <Anchor component={Link} to={paths.sessionRoster.to(cohortId, sessionId)} size="sm">
                    Open the roster
                  </Anchor>
                </Text>
              </Alert>
            ) : preview.alreadyApplied ? (
              <Alert color="blue" variant="light" role="status" title="Already imported" data-testid="zoom-already">
                <Text size="sm">
                  This file was applied to this session{preview.appliedAt ? ` on ${dayAndTime(preview.appliedAt, viewerZone)}` : ''}. Applying it again would change
                  nothing; change single students on the roster instead.
                </Text>
              </Alert>
            ) : null}
            {preview.warnings.length ? (
              <Alert color="yellow" variant="light" title="Worth a look" data-testid="zoom-warnings">
                <List size="sm">
                  {preview.warnings.map((w) => (
                    <List.Item key={w}>{w}</List.Item>
                  ))}
                </List>
              </Alert>
            ) : null}

            <Stack gap={4}>
              <Title order={3} size="h4">
                Matched
              </Title>
              {preview.matched.length === 0 ? (
                <Text size="sm">No participant matched an enrolled student by email or name.</Text>
              ) : (
                <Table.ScrollContainer minWidth={720}>
                  <Table striped verticalSpacing="xs" data-testid="zoom-matched">
                    <Table.Caption>Each student’s rows merged (overlaps counted once) and classified by the cohort’s rule.</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">Participant</Table.Th>
                        <Table.Th scope="col">Student</Table.Th>
                        <Table.Th scope="col">Match</Table.Th>
                        <Table.Th scope="col">Proposed</Table.Th>
                        <Table.Th scope="col">Now</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {preview.matched.map((m) => {
                        const p = participantOf(m.participant);
                        const s = studentOf(m.student);
                        const same = m.current && m.current.status === m.proposedStatus && m.current.minutes === m.proposedMinutes;
                        return (
                          <Table.Tr key={p.key} data-testid="zoom-match" data-changes={!same}>
                            <Table.Td>
                              <Participant p={p} zone={viewerZone} />
                            </Table.Td>
                            <Table.Th scope="row">
                              <Text size="sm" fw={600}>
                                {s.displayName}
                              </Text>
                            </Table.Th>
                            <Table.Td>{KIND_LABEL[m.kind] ?? m.kind}</Table.Td>
                            <Table.Td>
                              <Proposed status={m.proposedStatus} minutes={m.proposedMinutes} />
                            </Table.Td>
                            <Table.Td>
                              {m.current ? (
                                <Text size="sm">
                                  {STATUS_LABEL[m.current.status]}, {m.current.minutes} min{same ? ' (no change)' : ''}
                                </Text>
                              ) : (
                                <Text size="sm" c="dimmed">
                                  No record
                                </Text>
                              )}
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Stack>

            {preview.unmatched.length ? (
              <Stack gap={4}>
                <Title order={3} size="h4">
                  Not matched
                </Title>
                <Text size="sm">Participants no enrolled student matched (the host and mentors are left out). Match a student by hand, or leave them out.</Text>
                <Table.ScrollContainer minWidth={520}>
                  <Table striped verticalSpacing="xs" data-testid="zoom-unmatched">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">Participant</Table.Th>
                        <Table.Th scope="col">Student</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {preview.unmatched.map((ref) => {
                        const p = participantOf(ref);
                        const mine = manual[p.key] ?? '';
                        const options = absent.filter((s) => s.id === mine || !chosen.has(s.id));
                        return (
                          <Table.Tr key={p.key} data-testid="zoom-unmatched-row">
                            <Table.Td>
                              <Participant p={p} zone={viewerZone} />
                            </Table.Td>
                            <Table.Td>
                              <NativeSelect
                                aria-label={`Match ${p.name} to`}
                                value={mine}
                                disabled={!!result || preview.alreadyApplied}
                                onChange={(e) => {
                                  const userId = e.currentTarget.value;
                                  setManual((m) => ({ ...m, [p.key]: userId }));
                                }}
                                data={[{ value: '', label: 'Leave out (not a student)' }, ...options.map((s) => ({ value: s.id, label: s.displayName }))]}
                              />
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Stack>
            ) : null}

            <Stack gap={4}>
              <Title order={3} size="h4">
                Not in the report
              </Title>
              {stillAbsent.length ? (
                <>
                  <Text size="sm">Enrolled students with no rows at all: absent, unless they already have a record.</Text>
                  <List size="sm" data-testid="zoom-absent">
                    {stillAbsent.map((s) => (
                      <List.Item key={s.id}>{s.displayName}</List.Item>
                    ))}
                  </List>
                </>
              ) : (
                <Text size="sm">Every enrolled student is in the report.</Text>
              )}
            </Stack>

            {applyError ? (
              <Alert color="red" variant="light" role="alert" title="Not applied">
                <Text size="sm">{applyError}</Text>
              </Alert>
            ) : null}
            {result || preview.alreadyApplied ? null : (
              <Group>
                <Button color="teal.9" onClick={() => void doApply()} loading={applying}>
                  Apply to the roster
                </Button>
                <Text size="xs" c="dimmed">
                  Records change for the students above; a mentor’s excused mark is kept.
                </Text>
              </Group>
            )}
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}

import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Anchor, Badge, Button, Group, Stack, Table, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState, Loading, QueryError } from '@/components/Feedback';
import { getFragmentData } from '@/gql';
import type { CertificateFieldsFragment, CohortStatus } from '@/gql/graphql';
import { describeError } from '@/lib/errors';
import { paths } from '@/paths';
import { CertificateFields, CohortCertificatesQuery } from '../api/documents';
import { useIssueCertificates, useReissueCertificate, useRevokeCertificate } from '../hooks/useCertificateMutations';
import { hoursText, issuedOn } from '../model';

const REASON_MIN = 3;

function StatusBadge({ cert }: { cert: CertificateFieldsFragment }) {
  if (cert.revokedAt) {
    return (
      <Badge color="red.9" variant="outline">
        {cert.replacedBy ? 'Replaced' : 'Revoked'}
      </Badge>
    );
  }
  return (
    <Badge color="teal.9" variant="outline">
      Valid
    </Badge>
  );
}

/**
 * A cohort's certificates for its mentors and chapter admins: issue them once the cohort
 * is completed (again later for anyone newly eligible), revoke one with a reason, or
 * reissue it with a new code and the current hours.
 */
export function CohortCertificates({ cohortId, status, viewerZone }: { cohortId: string; status: CohortStatus; viewerZone: string }) {
  const { data, error, refetch } = useQuery(CohortCertificatesQuery, { variables: { cohortId }, fetchPolicy: 'cache-and-network' });
  const { issue, loading: issuing } = useIssueCertificates(cohortId);
  const revoke = useRevokeCertificate(cohortId);
  const reissue = useReissueCertificate(cohortId);
  const [issueError, setIssueError] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<CertificateFieldsFragment | null>(null);
  const [reason, setReason] = useState('');
  const [reissuing, setReissuing] = useState<CertificateFieldsFragment | null>(null);
  const completed = status === 'COMPLETED';

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading label="Loading certificates…" />;
  const certs = data.cohortCertificates.map((c) => getFragmentData(CertificateFields, c));
  const valid = certs.filter((c) => !c.revokedAt).length;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center" wrap="wrap">
        <Text size="sm" data-testid="certificates-summary">
          {certs.length ? `${valid} valid, ${certs.length - valid} revoked or replaced.` : 'No certificates yet.'}
        </Text>
        {completed ? (
          <Button
            size="sm"
            loading={issuing}
            onClick={async () => {
              setIssueError(null);
              try {
                await issue(new Set(certs.map((c) => c.id)));
              } catch (e) {
                setIssueError(describeError(e).message);
              }
            }}
          >
            Issue certificates
          </Button>
        ) : null}
      </Group>
      {completed ? (
        <Text size="xs" c="dimmed">
          Each student who attended enough gets one, with their hours and a verification code. Issuing again only adds the ones still missing.
        </Text>
      ) : (
        <Text size="sm">Certificates are issued once the cohort is completed.</Text>
      )}
      {issueError ? (
        <Text c="red.9" role="alert" size="sm">
          {issueError}
        </Text>
      ) : null}
      {certs.length ? (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-label="Certificates">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Student</Table.Th>
                <Table.Th scope="col">Hours</Table.Th>
                <Table.Th scope="col">Code</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {certs.map((c) => (
                <Table.Tr key={c.id} data-testid="certificate-row">
                  <Table.Th scope="row" fw={500}>
                    {c.studentName}
                  </Table.Th>
                  <Table.Td>{Math.round(c.hours * 100) / 100}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={paths.verifyCertificate.to(c.code)} size="sm">
                      <code>{c.code}</code>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Group gap={4}>
                        <StatusBadge cert={c} />
                      </Group>
                      <Text size="xs" c="dimmed">
                        {c.revokedAt ? `Revoked ${issuedOn(c.revokedAt, viewerZone)}${c.revokeReason ? `: ${c.revokeReason}` : ''}` : `Issued ${issuedOn(c.issuedAt, viewerZone)}`}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Anchor href={c.pdfUrl} download size="sm" aria-label={`PDF of ${c.studentName}’s certificate ${c.code}`}>
                        PDF
                      </Anchor>
                      {c.revokedAt ? null : (
                        <Button size="xs" variant="default" color="red" onClick={() => setRevoking(c)} aria-label={`Revoke ${c.studentName}’s certificate`}>
                          Revoke
                        </Button>
                      )}
                      {c.replacedBy ? null : (
                        <Button size="xs" variant="default" onClick={() => setReissuing(c)} aria-label={`Reissue ${c.studentName}’s certificate`}>
                          Reissue
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : completed ? (
        <EmptyState>Nobody has a certificate for this cohort yet.</EmptyState>
      ) : null}

      <ConfirmDialog
        opened={revoking !== null}
        title={`Revoke ${revoking?.studentName ?? ''}’s certificate?`}
        confirmLabel="Revoke certificate"
        danger
        confirmDisabled={reason.trim().length < REASON_MIN}
        onClose={() => {
          setRevoking(null);
          setReason('');
        }}
        onConfirm={async () => {
          if (revoking) await revoke(revoking.id, reason.trim(), revoking.studentName);
        }}
      >
        <Text size="sm">
          Code <code>{revoking?.code}</code> will show as revoked to anyone who checks it. The student keeps their attendance; you can reissue a certificate later.
        </Text>
        <Textarea
          label="Reason"
          description="Required. The student and the cohort’s managers see it; the public verification page does not."
          required
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
      </ConfirmDialog>
      <ConfirmDialog
        opened={reissuing !== null}
        title={`Reissue ${reissuing?.studentName ?? ''}’s certificate?`}
        confirmLabel="Reissue"
        onClose={() => setReissuing(null)}
        onConfirm={async () => {
          if (reissuing) await reissue(reissuing.id, reissuing.studentName);
        }}
      >
        <Text size="sm">
          {reissuing?.revokedAt ? '' : `Code ${reissuing?.code ?? ''} will show as revoked. `}A new certificate with a new code is issued with the hours attendance shows now (
          {reissuing ? hoursText(reissuing.hours) : ''} on the current one).
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}

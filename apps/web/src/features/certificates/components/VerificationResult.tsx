import { Alert, Stack, Table, Text } from '@mantine/core';
import type { VerifyCertificateQuery } from '@/gql/graphql';
import { dateSpan, hoursText, issuedOn } from '../model';

type Verification = NonNullable<VerifyCertificateQuery['verifyCertificate']>;

/**
 * What a code stands for, said plainly enough to print: valid (green), revoked (red,
 * with the date) or unknown. Colour is never the only signal: the title says it.
 */
export function VerificationResult({ code, verification, zone }: { code: string; verification: Verification | null; zone: string }) {
  if (!verification) {
    return (
      <Alert color="yellow" variant="light" title="No certificate has this code" data-testid="verification-status">
        <Text size="sm">
          Nothing was issued with the code <code>{code}</code>. Check it against the certificate: codes are letters and digits, and a single wrong character
          changes them.
        </Text>
      </Alert>
    );
  }
  const v = verification;
  const revoked = v.revoked || !v.valid;
  return (
    <Stack gap="md">
      {revoked ? (
        <Alert color="red" variant="light" title="This certificate was revoked" data-testid="verification-status">
          <Text size="sm">
            {v.revokedAt ? `It was revoked on ${issuedOn(v.revokedAt, zone)} ` : 'It was revoked '}
            by the chapter that issued it and is no longer valid. The details below are what it said.
          </Text>
        </Alert>
      ) : (
        <Alert color="green" variant="light" title="Valid certificate" data-testid="verification-status">
          <Text size="sm">Issued by Gantry for {v.chapterName}, and not revoked.</Text>
        </Alert>
      )}
      <Table variant="vertical" withTableBorder aria-label="Certificate details" layout="fixed">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row" w={160}>
              Issued to
            </Table.Th>
            <Table.Td data-testid="verified-name">{v.studentName}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Study group</Table.Th>
            <Table.Td>{v.cohortName}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Chapter</Table.Th>
            <Table.Td>{v.chapterName}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Attended</Table.Th>
            <Table.Td data-testid="verified-hours">{hoursText(v.hours)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Sessions</Table.Th>
            <Table.Td>{dateSpan(v.firstSessionOn, v.lastSessionOn)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Issued on</Table.Th>
            <Table.Td>{issuedOn(v.issuedAt, zone)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Code</Table.Th>
            <Table.Td>
              <code>{v.code}</code>
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

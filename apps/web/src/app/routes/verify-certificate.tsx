import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { runtimeTimeZone } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { VerifyCertificateQuery } from '@/features/certificates/api/documents';
import { VerificationResult } from '@/features/certificates/components/VerificationResult';
import { VerifyCodeForm } from '@/features/certificates/components/VerifyCodeForm';
import { useViewer } from '@/lib/viewer';

/** On paper, only the result: no navigation, no form, no buttons. */
const PRINT_CSS = `@media print {
  .mantine-AppShell-header, .mantine-AppShell-navbar, .mantine-AppShell-footer, .no-print { display: none !important; }
  .mantine-AppShell-main { padding: 0 !important; }
}`;

/**
 * Public: anyone (an employer, a certification board) checks a certificate of attendance
 * by its code, signed in or not. Valid, revoked or unknown, said in words.
 */
export function Component() {
  const { code: raw = '' } = useParams();
  const code = raw.trim();
  const { viewer } = useViewer();
  const zone = viewer?.timeZone ?? runtimeTimeZone();
  const { data, error, refetch, loading } = useQuery(VerifyCertificateQuery, { variables: { code }, skip: !code, fetchPolicy: 'network-only' });

  return (
    <Stack maw={720} gap="lg">
      <style>{PRINT_CSS}</style>
      <PageTitle documentTitle="Verify a certificate">Certificate verification</PageTitle>
      <Paper withBorder p="lg" component="section" aria-labelledby="result-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="result-heading">
            Code <code>{code}</code>
          </Title>
          {error && !data ? (
            <QueryError error={error} onRetry={() => void refetch()} title="Could not check this code" />
          ) : loading || !data ? (
            <Loading label="Checking the code…" />
          ) : (
            <VerificationResult code={code} verification={data.verifyCertificate ?? null} zone={zone} />
          )}
          {data ? (
            <Text size="xs" c="dimmed">
              Checked {new Date().toLocaleDateString('en-US', { timeZone: zone, dateStyle: 'long' })} on Gantry, which records attendance for CRES study groups. A
              certificate of attendance is not the CRES credential itself.
            </Text>
          ) : null}
        </Stack>
      </Paper>
      <Group className="no-print">
        <Button variant="default" onClick={() => window.print()}>
          Print this page
        </Button>
      </Group>
      <section aria-labelledby="another-heading" className="no-print">
        <Title order={2} size="h4" id="another-heading" mb="xs">
          Check another code
        </Title>
        <VerifyCodeForm key={code} />
      </section>
    </Stack>
  );
}

import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Loading, QueryError } from '@/components/Feedback';
import { getFragmentData } from '@/gql';
import { paths } from '@/paths';
import { CertificateFields, MyCohortCertificateQuery } from '../api/documents';
import { dateSpan, hoursText, issuedOn } from '../model';

/**
 * An enrolled student's certificate of attendance for a completed cohort: hours, code,
 * the PDF and the public verification page; or, when there is none, why.
 */
export function MyCertificateCard({ cohortId, viewerZone }: { cohortId: string; viewerZone: string }) {
  const { data, error, refetch } = useQuery(MyCohortCertificateQuery, { variables: { cohortId }, fetchPolicy: 'cache-and-network' });

  let body;
  if (error && !data) body = <QueryError error={error} onRetry={() => void refetch()} title="Could not load your certificate" />;
  else if (!data) body = <Loading label="Loading your certificate…" />;
  else {
    const { myCertificate, myContactHours, attendanceRule } = data.cohort;
    const cert = myCertificate ? getFragmentData(CertificateFields, myCertificate) : null;
    if (cert) {
      body = (
        <Stack gap="xs">
          <Group gap="xs">
            <Badge color="teal.9" variant="outline">
              Issued
            </Badge>
            <Text size="sm">on {issuedOn(cert.issuedAt, viewerZone)}</Text>
          </Group>
          <Text fw={600} data-testid="certificate-hours">
            {hoursText(cert.hours)}
          </Text>
          <Text size="sm">{dateSpan(cert.firstSessionOn, cert.lastSessionOn)}</Text>
          <Text size="sm">
            Verification code: <code data-testid="certificate-code">{cert.code}</code>
          </Text>
          <Group gap="md" wrap="wrap">
            <Anchor href={cert.pdfUrl} download>
              Download certificate (PDF)
            </Anchor>
            <Anchor component={Link} to={paths.verifyCertificate.to(cert.code)}>
              Verification page
            </Anchor>
          </Group>
          <Text size="xs" c="dimmed">
            Anyone you give the code to (an employer, AAMI) can check it at {cert.verifyUrl}.
          </Text>
        </Stack>
      );
    } else if (myContactHours && !myContactHours.certificateEligible) {
      body = (
        <Text size="sm" data-testid="certificate-missing">
          No certificate: you attended {hoursText(myContactHours.hours)}, {myContactHours.percent} % of the sessions’ time, and a certificate needs{' '}
          {attendanceRule.certificateMinPercent} %. If your attendance is recorded wrong, ask your mentor to correct it.
        </Text>
      );
    } else {
      body = (
        <Text size="sm" data-testid="certificate-missing">
          Your certificate has not been issued yet
          {myContactHours ? ` (${hoursText(myContactHours.hours)} attended)` : ''}. Certificates are issued shortly after the cohort is completed (your
          mentor can also issue them); yours will show here and in your CE hours.
        </Text>
      );
    }
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="certificate-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="certificate-heading">
          Certificate of attendance
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}

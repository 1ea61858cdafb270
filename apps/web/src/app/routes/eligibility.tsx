import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Anchor, Badge, Button, Grid, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { runtimeTimeZone } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { getFragmentData } from '@/gql';
import { CeLedgerFields, CeLedgerQuery, CertificationProfileFields, CredentialRulesFields, MyEligibilityQuery } from '@/features/ce/api/documents';
import { CertificationProfileForm } from '@/features/ce/components/CertificationProfileForm';
import { EligibilityOutcome } from '@/features/ce/components/EligibilityOutcome';
import { degreeLabel, formatLocalDate, num } from '@/features/ce/model';
import { useViewer } from '@/lib/viewer';
import { paths } from '@/paths';

/**
 * The CRES eligibility self-check from the saved certification profile (edited inline),
 * against the rule edition in force.
 */
export function Component() {
  const { viewer } = useViewer();
  const zone = viewer?.timeZone ?? runtimeTimeZone();
  const ledgerQ = useQuery(CeLedgerQuery, { fetchPolicy: 'cache-and-network' });
  const eligibilityQ = useQuery(MyEligibilityQuery, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState(false);
  const error = (ledgerQ.error && !ledgerQ.data) || (eligibilityQ.error && !eligibilityQ.data) ? (ledgerQ.error ?? eligibilityQ.error) : null;

  let body;
  if (error) {
    body = (
      <QueryError
        error={error}
        onRetry={() => {
          void ledgerQ.refetch();
          void eligibilityQ.refetch();
        }}
      />
    );
  } else if (!ledgerQ.data || !eligibilityQ.data) body = <Loading />;
  else {
    const ledger = getFragmentData(CeLedgerFields, ledgerQ.data.myCeLedger);
    const rules = getFragmentData(CredentialRulesFields, ledger.rules);
    const profile = getFragmentData(CertificationProfileFields, ledger.profile);
    body = (
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <section aria-labelledby="result-heading">
              <Title order={2} size="h3" id="result-heading" mb="sm">
                Result
              </Title>
              <EligibilityOutcome result={eligibilityQ.data.myEligibility} />
            </section>
            <Paper withBorder p="lg" component="section" aria-labelledby="answers-heading">
              <Group justify="space-between" mb="sm">
                <Title order={2} size="h3" id="answers-heading">
                  Your answers
                </Title>
                {editing ? null : (
                  <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                    Edit answers
                  </Button>
                )}
              </Group>
              {editing ? (
                <CertificationProfileForm
                  key={profile.version}
                  profile={ledger.profile}
                  viewerZone={zone}
                  show="eligibility"
                  onReload={() => void ledgerQ.refetch()}
                  onDone={() => setEditing(false)}
                />
              ) : (
                <Table variant="vertical" layout="fixed" aria-label="Your answers" data-testid="answers">
                  <Table.Tbody>
                    <Table.Tr>
                      <Table.Th scope="row" w={200}>
                        Education
                      </Table.Th>
                      <Table.Td>{degreeLabel(profile.degree)}</Table.Td>
                    </Table.Tr>
                    <Table.Tr>
                      <Table.Th scope="row">Full-time BMET work</Table.Th>
                      <Table.Td>
                        {profile.bmetYears === null || profile.bmetYears === undefined
                          ? 'Not given'
                          : `${num(profile.bmetYears)} years${profile.experienceAsOf ? ` as of ${formatLocalDate(profile.experienceAsOf)}` : ''}`}
                      </Table.Td>
                    </Table.Tr>
                    <Table.Tr>
                      <Table.Th scope="row">On imaging equipment</Table.Th>
                      <Table.Td>{profile.imagingPercent === null || profile.imagingPercent === undefined ? 'Not given' : `${profile.imagingPercent} %`}</Table.Td>
                    </Table.Tr>
                  </Table.Tbody>
                </Table>
              )}
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="lg" component="section" aria-labelledby="rules-heading">
            <Title order={2} size="h3" id="rules-heading" mb="xs">
              The rules
            </Title>
            <Text size="sm" mb="xs" data-testid="rules-edition">
              Edition {rules.edition}, effective {formatLocalDate(rules.effectiveFrom)}
              {rules.provisional ? ' ' : '.'}
              {rules.provisional ? (
                <Badge component="span" size="sm" color="gray.8" variant="outline">
                  Provisional
                </Badge>
              ) : null}
            </Text>
            <Text size="sm" mb={4}>
              One of these paths:
            </Text>
            <List size="sm" spacing={4} mb="xs">
              {rules.paths.map((p) => (
                <List.Item key={p.pathId}>{p.label}</List.Item>
              ))}
            </List>
            <Text size="sm">
              In every path at least {rules.minImagingPercent} % of full-time work must be on imaging or radiology equipment, and documented.
              {rules.candidateYears > 0
                ? ` Candidate status lets you sit the exam and complete the requirements within ${rules.candidateYears} years.`
                : ''}
            </Text>
          </Paper>
        </Grid.Col>
      </Grid>
    );
  }

  return (
    <Stack>
      <PageTitle>CRES eligibility self-check</PageTitle>
      <Text maw={760}>
        Whether you can sit the CRES exam, from your education and work. This is a self-check: AAMI’s certification board decides on your application.{' '}
        <Anchor component={Link} to={paths.ceLedger.to()}>
          Back to CE hours
        </Anchor>
      </Text>
      {body}
    </Stack>
  );
}

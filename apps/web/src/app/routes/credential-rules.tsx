import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Permission, rolesGrant } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { getFragmentData } from '@/gql';
import type { CredentialRulesFieldsFragment } from '@/gql/graphql';
import { CredentialRuleEditionsQuery, CredentialRulesFields } from '@/features/ce/api/documents';
import { RulesEditionForm } from '@/features/ce/components/RulesEditionForm';
import { degreeLabel, formatLocalDate, num, ratioText } from '@/features/ce/model';
import { BlueprintEditor } from '@/features/practice/components/BlueprintEditor';
import { sharedRoles, useViewer } from '@/lib/viewer';

function CurrentEdition({ rules }: { rules: CredentialRulesFieldsFragment }) {
  return (
    <Stack gap="xs" data-testid="current-edition">
      <Group gap="xs">
        <Text fw={600}>Edition {rules.edition}</Text>
        <Text size="sm">effective {formatLocalDate(rules.effectiveFrom)}</Text>
        {rules.provisional ? (
          <Badge size="sm" color="gray.8" variant="outline">
            Provisional
          </Badge>
        ) : null}
      </Group>
      <Text size="sm">
        Recertification: {rules.requiredUnits} units every {rules.cycleYears} years, at {ratioText(rules.unitsPerContactHour)}.
      </Text>
      <Text size="sm">
        Eligibility: at least {rules.minImagingPercent} % of the work on imaging equipment; candidate status for {rules.candidateYears} years; one of these paths:
      </Text>
      <List size="sm" spacing={2}>
        {rules.paths.map((p) => (
          <List.Item key={p.pathId}>
            {p.label} <Text span size="xs" c="dimmed">({degreeLabel(p.degree)}, {num(p.minYears)} years; id {p.pathId})</Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** Platform admins publish the CRES rules as versioned editions; nothing about them is hard-coded. */
export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return <Loading />;
  const allowed = rolesGrant(sharedRoles(viewer.roles), Permission.ManageCredentialRules);
  return (
    <Stack>
      <PageTitle>CRES rules</PageTitle>
      {allowed ? (
        <>
          <Editions />
          <BlueprintEditor />
        </>
      ) : (
        <Alert color="yellow" variant="light" title="Platform admins only">
          <Text size="sm">The CRES rules apply to everyone on Gantry; only platform admins can publish a new edition.</Text>
        </Alert>
      )}
    </Stack>
  );
}

function Editions() {
  const { data, error, refetch } = useQuery(CredentialRuleEditionsQuery, { fetchPolicy: 'cache-and-network' });
  const [publishing, setPublishing] = useState(false);
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const current = getFragmentData(CredentialRulesFields, data.credentialRules);
  const editions = data.credentialRuleEditions.map((e) => getFragmentData(CredentialRulesFields, e));

  return (
    <Stack gap="lg">
      <Text maw={760}>
        The recertification cycle, the unit ratio and the eligibility paths everyone’s CE ledger and self-check use. When AAMI revises them, publish a new
        edition with the date it takes effect; earlier editions stay on record.
      </Text>
      <Paper withBorder p="lg" component="section" aria-labelledby="current-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="current-heading">
            In force now
          </Title>
          {publishing ? null : <Button onClick={() => setPublishing(true)}>Publish a new edition</Button>}
        </Group>
        <CurrentEdition rules={current} />
      </Paper>
      {publishing ? (
        <Paper withBorder p="lg" component="section" aria-labelledby="publish-heading">
          <Title order={2} size="h3" id="publish-heading" mb="sm">
            New edition
          </Title>
          <Text size="sm" mb="sm">
            Starts from the edition in force; change what the new one changes.
          </Text>
          <RulesEditionForm current={current} onDone={() => setPublishing(false)} />
        </Paper>
      ) : null}
      <section aria-labelledby="history-heading">
        <Title order={2} size="h3" id="history-heading" mb="sm">
          All editions
        </Title>
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label="All editions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Edition</Table.Th>
                <Table.Th scope="col">Effective from</Table.Th>
                <Table.Th scope="col">Cycle</Table.Th>
                <Table.Th scope="col">Unit ratio</Table.Th>
                <Table.Th scope="col">Imaging</Table.Th>
                <Table.Th scope="col">Paths</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {editions.map((e) => (
                <Table.Tr key={e.edition} data-testid="edition-row">
                  <Table.Th scope="row">
                    {e.edition}{' '}
                    {e.edition === current.edition ? (
                      <Badge size="xs" color="teal.9" variant="outline">
                        In force
                      </Badge>
                    ) : null}{' '}
                    {e.provisional ? (
                      <Badge size="xs" color="gray.8" variant="outline">
                        Provisional
                      </Badge>
                    ) : null}
                  </Table.Th>
                  <Table.Td>{formatLocalDate(e.effectiveFrom)}</Table.Td>
                  <Table.Td>
                    {e.requiredUnits} units / {e.cycleYears} years
                  </Table.Td>
                  <Table.Td>{num(e.unitsPerContactHour)} per hour</Table.Td>
                  <Table.Td>{e.minImagingPercent} %</Table.Td>
                  <Table.Td>{e.paths.length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>
    </Stack>
  );
}

import { useQuery } from '@apollo/client/react';
import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { runtimeTimeZone } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { getFragmentData } from '@/gql';
import { CeEntryFields, CeLedgerFields, CeLedgerQuery, CertificationProfileFields, CredentialRulesFields, MyCertificateLinksQuery } from '@/features/ce/api/documents';
import { CeEntriesList } from '@/features/ce/components/CeEntriesList';
import { CertificationProfileForm } from '@/features/ce/components/CertificationProfileForm';
import { CeUnitsChart } from '@/features/ce/components/CeUnitsChart';
import { RecertificationProgress } from '@/features/ce/components/RecertificationProgress';
import { unitsByYear } from '@/features/ce/model';
import { useViewer } from '@/lib/viewer';

/**
 * The viewer's continuing-education ledger toward CRES recertification: the current
 * cycle's progress, hours by year, every entry (Gantry certificates and hours from
 * elsewhere) and the certification profile that sets the cycle.
 */
export function Component() {
  const { viewer } = useViewer();
  const zone = viewer?.timeZone ?? runtimeTimeZone();
  const { data, error, refetch } = useQuery(CeLedgerQuery, { fetchPolicy: 'cache-and-network' });
  // Links only: the ledger shows without them.
  const links = useQuery(MyCertificateLinksQuery, { fetchPolicy: 'cache-and-network' });
  const certificates = new Map((links.data?.myCertificates ?? []).map((c) => [c.id, c]));
  const reload = async () => {
    await refetch();
    notifications.show({ color: 'blue', message: 'Loaded your latest saved ledger. Make your change again.' });
  };

  let body;
  if (error && !data) body = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!data) body = <Loading />;
  else {
    const ledger = getFragmentData(CeLedgerFields, data.myCeLedger);
    const rules = getFragmentData(CredentialRulesFields, ledger.rules);
    const profile = getFragmentData(CertificationProfileFields, ledger.profile);
    const entries = ledger.entries.map((e) => getFragmentData(CeEntryFields, e));
    body = (
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <Paper withBorder p="lg" component="section" aria-labelledby="cycle-heading">
              <Title order={2} size="h3" id="cycle-heading" mb="sm">
                Recertification
              </Title>
              <RecertificationProgress cycle={ledger.cycle ?? null} rules={rules} />
            </Paper>
            <Paper withBorder p="lg" component="section" aria-labelledby="entries-heading">
              <Title order={2} size="h3" id="entries-heading" mb="sm">
                Entries
              </Title>
              <CeEntriesList entries={entries} rules={rules} cycle={ledger.cycle ?? null} certificates={certificates} viewerZone={zone} onReload={() => void reload()} />
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <Paper withBorder p="lg" component="section" aria-labelledby="by-year-heading">
              <Title order={2} size="h3" id="by-year-heading" mb="sm">
                Units by year
              </Title>
              <CeUnitsChart rows={unitsByYear(entries)} />
            </Paper>
            <Paper withBorder p="lg" component="section" aria-labelledby="profile-heading">
              <Title order={2} size="h3" id="profile-heading" mb="sm">
                Certification profile
              </Title>
              <CertificationProfileForm key={profile.version} profile={ledger.profile} viewerZone={zone} onReload={() => void reload()} />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    );
  }

  return (
    <Stack>
      <PageTitle>CE hours</PageTitle>
      <Text maw={760}>
        Continuing education toward keeping your CRES credential: hours from Gantry study groups are added when a certificate is issued; add what you earned
        elsewhere yourself. You log these with AAMI; this is your record.
      </Text>
      {body}
    </Stack>
  );
}

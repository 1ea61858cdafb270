import { useSearchParams } from 'react-router';
import { Alert, Stack, Tabs, Text } from '@mantine/core';
import { Permission, rolesGrant } from '@gantry/shared';
import { Loading } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import type { TaxonomyKind } from '@/gql/graphql';
import { KIND_LABEL } from '@/features/taxonomy/components/TaxonomyEntryForm';
import { TaxonomyTable } from '@/features/taxonomy/components/TaxonomyTable';
import { sharedRoles, useViewer } from '@/lib/viewer';

const KINDS: TaxonomyKind[] = ['MODALITY', 'EXAM_DOMAIN'];

/** Platform admins maintain the modalities and exam domains everything is tagged with. */
export function Component() {
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const kind: TaxonomyKind = params.get('kind') === 'EXAM_DOMAIN' ? 'EXAM_DOMAIN' : 'MODALITY';
  if (!viewer) return <Loading />;
  const allowed = rolesGrant(sharedRoles(viewer.roles), Permission.ManageTaxonomy);
  return (
    <Stack>
      <PageTitle>Modalities and exam domains</PageTitle>
      {allowed ? (
        <>
          <Text>
            Library items, cohorts and (later) questions are tagged with these. Rename or reorder freely; codes are permanent. Retire an entry instead of deleting
            it: what it already tags keeps it.
          </Text>
          <Tabs value={kind} onChange={(v) => setParams(v === 'EXAM_DOMAIN' ? { kind: v } : {}, { replace: true })}>
            <Tabs.List>
              {KINDS.map((k) => (
                <Tabs.Tab key={k} value={k}>
                  {KIND_LABEL[k].many}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {KINDS.map((k) => (
              <Tabs.Panel key={k} value={k} pt="md">
                {k === kind ? <TaxonomyTable kind={k} /> : null}
              </Tabs.Panel>
            ))}
          </Tabs>
        </>
      ) : (
        <Alert color="yellow" variant="light" title="Platform admins only">
          <Text size="sm">Modalities and exam domains are shared by every chapter; only platform admins can change them.</Text>
        </Alert>
      )}
    </Stack>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';
import { Anchor, Badge, Button, Group, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/Feedback';
import type { CeEntryFieldsFragment, CredentialRulesFieldsFragment } from '@/gql/graphql';
import { paths } from '@/paths';
import { useDeleteCeEntry } from '../hooks/useCeMutations';
import { formatLocalDate, num } from '../model';
import { CeEntryForm } from './CeEntryForm';

function GantryLinks({ title, certificateId, certificate }: { title: string; certificateId: string; certificate?: { code: string; cohortId: string } }) {
  return (
    <Group gap="sm" wrap="nowrap">
      <Anchor href={paths.certificatePdf.to(certificateId)} download size="sm" aria-label={`PDF of the certificate for ${title}`}>
        PDF
      </Anchor>
      {certificate ? (
        <>
          <Anchor component={Link} to={paths.verifyCertificate.to(certificate.code)} size="sm" aria-label={`Verify the certificate for ${title}`}>
            Verify
          </Anchor>
          <Anchor component={Link} to={paths.cohort.to(certificate.cohortId)} size="sm" aria-label={`Cohort page of ${title}`}>
            Cohort
          </Anchor>
        </>
      ) : null}
    </Group>
  );
}

/**
 * Every entry of the ledger, newest first: Gantry certificates (read-only, with their
 * PDF) and the hours the certificant adds, edits and deletes.
 */
export function CeEntriesList({
  entries,
  rules,
  cycle,
  certificates = new Map(),
  viewerZone,
  onReload,
}: {
  entries: CeEntryFieldsFragment[];
  rules: Pick<CredentialRulesFieldsFragment, 'unitsPerContactHour'>;
  cycle: { startsOn: string; endsOn: string } | null;
  /** Certificate id → its code and cohort, for links from Gantry entries. */
  certificates?: ReadonlyMap<string, { code: string; cohortId: string }>;
  viewerZone: string;
  onReload: () => void;
}) {
  const [editing, setEditing] = useState<CeEntryFieldsFragment | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CeEntryFieldsFragment | null>(null);
  const remove = useDeleteCeEntry();
  const inCycle = (d: string) => !!cycle && d >= cycle.startsOn && d <= cycle.endsOn;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Hours become units at {num(rules.unitsPerContactHour)} per contact hour.
        </Text>
        <Button onClick={() => setEditing('new')}>Add hours</Button>
      </Group>
      {entries.length ? (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-label="Continuing-education entries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Course or activity</Table.Th>
                <Table.Th scope="col">Completed</Table.Th>
                <Table.Th scope="col" ta="right">
                  Hours
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Units
                </Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.id} data-testid="ce-entry">
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm" fw={500}>
                      {e.title}{' '}
                      <Badge component="span" size="xs" variant="outline" color={e.source === 'GANTRY' ? 'blue.9' : 'gray.8'}>
                        {e.source === 'GANTRY' ? 'Gantry' : 'Added by you'}
                      </Badge>
                    </Text>
                    {e.provider ? (
                      <Text size="xs" c="dimmed">
                        {e.provider}
                      </Text>
                    ) : null}
                    {e.note ? (
                      <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                        {e.note}
                      </Text>
                    ) : null}
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm">{formatLocalDate(e.completedOn)}</Text>
                    {cycle && !inCycle(e.completedOn) ? (
                      <Text size="xs" c="dimmed">
                        Earlier cycle
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right">{num(e.hours)}</Table.Td>
                  <Table.Td ta="right">{num(e.units)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      {e.source === 'GANTRY' ? (
                        e.certificateId ? (
                          <GantryLinks title={e.title} certificateId={e.certificateId} certificate={certificates.get(e.certificateId)} />
                        ) : null
                      ) : (
                        <>
                          <Button size="xs" variant="default" onClick={() => setEditing(e)} aria-label={`Edit ${e.title}`}>
                            Edit
                          </Button>
                          <Button size="xs" variant="default" color="red" onClick={() => setDeleting(e)} aria-label={`Delete ${e.title}`}>
                            Delete
                          </Button>
                        </>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <EmptyState>No entries yet. Certificates from Gantry cohorts appear here by themselves; add hours you earned elsewhere.</EmptyState>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'Add hours from elsewhere' : 'Edit hours'}>
        {editing !== null ? (
          <CeEntryForm entry={editing === 'new' ? undefined : editing} viewerZone={viewerZone} onDone={() => setEditing(null)} onReload={onReload} />
        ) : null}
      </Modal>
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete “${deleting?.title ?? ''}”?`}
        confirmLabel="Delete"
        danger
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (deleting) await remove(deleting.id, deleting.title);
        }}
      >
        <Text size="sm">Its {num(deleting?.hours ?? 0)} hours no longer count toward your cycle.</Text>
      </ConfirmDialog>
    </Stack>
  );
}

import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { Loading, QueryError } from '@/components/Feedback';
import { getFragmentData } from '@/gql';
import type { TaxonomyEntryFieldsFragment, TaxonomyKind } from '@/gql/graphql';
import { SetTaxonomyEntryRetiredMutation, TaxonomyEntryFields, TaxonomyQuery } from '../api/documents';
import { KIND_LABEL, TaxonomyEntryForm } from './TaxonomyEntryForm';

/** One kind's entries: add, edit, retire and restore. Retired entries come last, dimmed. */
export function TaxonomyTable({ kind }: { kind: TaxonomyKind }) {
  const { data, error, loading, refetch } = useQuery(TaxonomyQuery, { variables: { kind }, fetchPolicy: 'cache-and-network' });
  const [setRetired] = useMutation(SetTaxonomyEntryRetiredMutation);
  const [editing, setEditing] = useState<TaxonomyEntryFieldsFragment | 'new' | null>(null);
  const [retiring, setRetiring] = useState<TaxonomyEntryFieldsFragment | null>(null);
  const entries = (data?.taxonomy ?? []).map((e) => getFragmentData(TaxonomyEntryFields, e));
  const label = KIND_LABEL[kind];

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const nextSortOrder = entries.reduce((max, e) => Math.max(max, e.sortOrder), 0) + 10;

  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {entries.filter((e) => !e.retiredAt).length} in use, {entries.filter((e) => e.retiredAt).length} retired
        </Text>
        <Button onClick={() => setEditing('new')}>Add {label.one}</Button>
      </Group>
      <Table.ScrollContainer minWidth={560}>
        <Table striped highlightOnHover aria-label={label.many}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Code</Table.Th>
              <Table.Th scope="col">Order</Table.Th>
              <Table.Th scope="col">Tagged items</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id} c={e.retiredAt ? 'dimmed' : undefined}>
                <Table.Td>
                  <Text fw={500} size="sm">
                    {e.name} {e.retiredAt ? <Badge component="span" color="gray" variant="light" ml="xs">Retired</Badge> : null}
                  </Text>
                  {e.description ? (
                    <Text size="xs" c="dimmed">
                      {e.description}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <code>{e.code}</code>
                </Table.Td>
                <Table.Td>{e.sortOrder}</Table.Td>
                <Table.Td>{e.usage}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="default" onClick={() => setEditing(e)} aria-label={`Edit ${e.name}`}>
                      Edit
                    </Button>
                    {e.retiredAt ? (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`Restore ${e.name}`}
                        onClick={() => void setRetired({ variables: { kind, id: e.id, retired: false, expectedVersion: e.version } }).catch(() => refetch())}
                      >
                        Restore
                      </Button>
                    ) : (
                      <Button size="xs" variant="default" color="red" onClick={() => setRetiring(e)} aria-label={`Retire ${e.name}`}>
                        Retire
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? `Add a ${label.one}` : `Edit ${label.one}`}>
        {editing !== null ? (
          <TaxonomyEntryForm kind={kind} entry={editing === 'new' ? undefined : editing} nextSortOrder={nextSortOrder} onDone={() => setEditing(null)} />
        ) : null}
      </Modal>
      <ConfirmDialog
        opened={retiring !== null}
        title={`Retire ${retiring?.name ?? ''}?`}
        confirmLabel="Retire"
        danger
        onClose={() => setRetiring(null)}
        onConfirm={async () => {
          if (!retiring) return;
          await setRetired({ variables: { kind, id: retiring.id, retired: true, expectedVersion: retiring.version } });
        }}
      >
        <Text size="sm">
          {retiring?.usage
            ? `It stays on the ${retiring.usage} item${retiring.usage === 1 ? '' : 's'} already tagged with it, but nobody can choose it for new ones.`
            : 'Nobody will be able to choose it for new items. You can restore it later.'}
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}

import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Loader, MultiSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { QueryError } from '@/components/Feedback';
import type { MaterialKind } from '@/gql/graphql';
import { formatLength, plural } from '@/lib/format';
import { AgendaLibrarySearchQuery } from '../api/documents';
import { headlineParts, KIND_LABEL } from '../model';

const PAGE = 10;

export interface PickedMaterial {
  id: string;
  title: string;
  kind: MaterialKind;
  minutes: number;
}

interface Option {
  code: string;
  name: string;
}

/** A search headline with the API's «matches» shown as marked text. */
function Headline({ text }: { text: string }) {
  return (
    <Text size="sm" c="dimmed">
      {headlineParts(text).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </Text>
  );
}

/**
 * "Add from library": a search (debounced as you type) over the library the mentor can
 * use, filtered by modality (the cohort's by default) and exam domain; each result adds
 * itself to the end of the agenda.
 */
export function LibraryPicker({
  modalities,
  domains,
  defaultModalityCodes,
  addedIds,
  full,
  onAdd,
}: {
  modalities: readonly Option[];
  domains: readonly Option[];
  defaultModalityCodes: readonly string[];
  addedIds: ReadonlySet<string>;
  /** The agenda has as many items as it may. */
  full: boolean;
  onAdd: (material: PickedMaterial) => void;
}) {
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 300);
  const [modalityCodes, setModalityCodes] = useState<string[]>([...defaultModalityCodes]);
  const [domainCodes, setDomainCodes] = useState<string[]>([]);
  const [first, setFirst] = useState(PAGE);
  const filter = {
    query: query || null,
    modalityCodes: modalityCodes.length ? modalityCodes : null,
    domainCodes: domainCodes.length ? domainCodes : null,
  };
  const { data, previousData, loading, error, refetch } = useQuery(AgendaLibrarySearchQuery, { variables: { filter, first } });
  const shown = data ?? previousData;
  const hits = shown?.materials.nodes ?? [];
  const total = shown?.materials.totalCount ?? 0;

  return (
    <Stack gap="sm">
      <TextInput
        type="search"
        label="Search the library"
        description="Words from titles, summaries and readings"
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setFirst(PAGE);
        }}
        rightSection={loading ? <Loader size="xs" aria-hidden /> : null}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <MultiSelect
          label="Modalities"
          data={modalities.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))}
          value={modalityCodes}
          onChange={(v) => {
            setModalityCodes(v);
            setFirst(PAGE);
          }}
          clearable
          searchable
          placeholder={modalityCodes.length ? undefined : 'Any modality'}
        />
        <MultiSelect
          label="Exam domains"
          data={domains.map((d) => ({ value: d.code, label: d.name }))}
          value={domainCodes}
          onChange={(v) => {
            setDomainCodes(v);
            setFirst(PAGE);
          }}
          clearable
          searchable
          placeholder={domainCodes.length ? undefined : 'Any domain'}
        />
      </SimpleGrid>
      {error ? <QueryError error={error} onRetry={() => void refetch()} title="Could not search the library" /> : null}
      <Text size="sm" role="status" aria-live="polite" data-testid="library-count">
        {shown ? (total ? `${plural(total, 'item')} found${total > hits.length ? `, showing ${hits.length}` : ''}.` : 'Nothing in the library matches. Try other words or fewer filters.') : 'Searching…'}
      </Text>
      {full ? <Text size="sm">The agenda is full. Remove an item to add another.</Text> : null}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Library results">
        {hits.map(({ headline, material: m }) => {
          const added = addedIds.has(m.id);
          const unavailable = added || full;
          return (
            <Paper key={m.id} component="li" withBorder p="sm" data-testid="library-result">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <Stack gap={4} style={{ minWidth: 0 }}>
                  <Text fw={600} size="sm">
                    {m.title}
                  </Text>
                  <Group gap={6} wrap="wrap">
                    <Badge size="sm" variant="outline" color="gray.8">
                      {KIND_LABEL[m.kind]}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {formatLength(m.minutes)}
                    </Text>
                    {m.modalities.map((x) => (
                      <Badge key={x.code} size="sm" variant="outline" color="blue.9" title={x.name}>
                        {x.code}
                      </Badge>
                    ))}
                  </Group>
                  {headline ? <Headline text={headline} /> : m.summary ? <Text size="sm" c="dimmed" lineClamp={2}>{m.summary}</Text> : null}
                </Stack>
                {/* Stays focusable once added, so keyboard users keep their place in the results. */}
                <Button
                  size="xs"
                  variant={added ? 'default' : 'light'}
                  aria-label={added ? `Added: ${m.title}` : `Add ${m.title}`}
                  aria-disabled={unavailable || undefined}
                  data-disabled={unavailable || undefined}
                  onClick={() => {
                    if (!unavailable) onAdd({ id: m.id, title: m.title, kind: m.kind, minutes: m.minutes });
                  }}
                  style={{ flexShrink: 0 }}
                >
                  {added ? 'Added' : 'Add'}
                </Button>
              </Group>
            </Paper>
          );
        })}
      </Stack>
      {total > hits.length && first < 100 ? (
        <Group>
          <Button variant="default" size="xs" onClick={() => setFirst((n) => Math.min(100, n + PAGE))} loading={loading}>
            Show more results
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

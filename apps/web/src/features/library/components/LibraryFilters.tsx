import { useEffect, useState, type FormEvent } from 'react';
import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { MaterialFilterInput } from '@/gql/graphql';
import { isKind, isScope, KIND_LABEL, KINDS, SCOPE_FILTER_LABEL, SCOPES } from './labels';

/** The library's search and filters, as they sit in the URL (`?q=&modality=&domain=&kind=&scope=`). */
export interface LibraryFilterValues {
  q: string | null;
  modality: string | null;
  domain: string | null;
  kind: string | null;
  scope: string | null;
}

export const EMPTY_LIBRARY_FILTERS: LibraryFilterValues = { q: null, modality: null, domain: null, kind: null, scope: null };

export function readLibraryFilters(params: URLSearchParams): LibraryFilterValues {
  const kind = params.get('kind');
  const scope = params.get('scope');
  return {
    q: params.get('q')?.trim() || null,
    modality: params.get('modality') || null,
    domain: params.get('domain') || null,
    // An unknown kind or scope in a hand-edited link is ignored rather than failing the page.
    kind: isKind(kind) ? kind : null,
    scope: isScope(scope) ? scope : null,
  };
}

/** The API's filter for these values: only what is set. */
export function libraryFilterInput(v: LibraryFilterValues): MaterialFilterInput {
  const filter: MaterialFilterInput = {};
  if (v.q) filter.query = v.q;
  if (v.modality) filter.modalityCodes = [v.modality];
  if (v.domain) filter.domainCodes = [v.domain];
  if (isKind(v.kind)) filter.kinds = [v.kind];
  if (isScope(v.scope)) filter.scopes = [v.scope];
  return filter;
}

/**
 * Search box and filters. Selects apply at once; the words apply on Enter or "Search".
 * The page keeps the values in the URL, so a search can be shared and back/forward work.
 */
export function LibraryFilters({
  value,
  onChange,
  modalities,
  domains,
}: {
  value: LibraryFilterValues;
  onChange: (next: LibraryFilterValues) => void;
  modalities: readonly { code: string; name: string }[];
  domains: readonly { code: string; name: string }[];
}) {
  const [q, setQ] = useState(value.q ?? '');
  // The URL is the source of truth (back/forward, "Clear").
  useEffect(() => setQ(value.q ?? ''), [value.q]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ ...value, q: q.trim() || null });
  };
  const any = value.q || value.modality || value.domain || value.kind || value.scope;
  return (
    <form onSubmit={submit} role="search" aria-label="Search the library">
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TextInput
          label="Search"
          placeholder="Words in the title, summary or text"
          type="search"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          maxLength={200}
          style={{ flex: 1, minWidth: 0 }}
        />
        <Button type="submit">Search</Button>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" mt="sm">
        <Select
          label="Modality"
          placeholder="Any modality"
          data={modalities.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))}
          value={value.modality}
          onChange={(modality) => onChange({ ...value, modality })}
          clearable
          searchable
          nothingFoundMessage="No modality matches"
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label="Exam domain"
          placeholder="Any domain"
          data={domains.map((d) => ({ value: d.code, label: d.name }))}
          value={value.domain}
          onChange={(domain) => onChange({ ...value, domain })}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label="Kind"
          placeholder="Any kind"
          data={KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] }))}
          value={value.kind}
          onChange={(kind) => onChange({ ...value, kind })}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label="Scope"
          placeholder="Every library I can use"
          data={SCOPES.map((s) => ({ value: s, label: SCOPE_FILTER_LABEL[s] }))}
          value={value.scope}
          onChange={(scope) => onChange({ ...value, scope })}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      {any ? (
        <Group mt="sm">
          <Button
            variant="subtle"
            onClick={() => {
              setQ('');
              onChange(EMPTY_LIBRARY_FILTERS);
            }}
          >
            Clear search and filters
          </Button>
        </Group>
      ) : null}
    </form>
  );
}

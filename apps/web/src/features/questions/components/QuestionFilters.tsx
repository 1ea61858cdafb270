import { useEffect, useState, type FormEvent } from 'react';
import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { QuestionFilter } from '@/gql/graphql';
import { DIFFICULTIES, DIFFICULTY_LABEL, isDifficulty, isScope, isStatus, SCOPE_FILTER_LABEL, SCOPES, STATUS_LABEL, STATUSES } from './labels';

/** The bank's search and filters, as they sit in the URL (`?q=&domain=&modality=&status=&scope=&difficulty=`); domains and modalities by code. */
export interface QuestionFilterValues {
  q: string | null;
  domain: string | null;
  modality: string | null;
  status: string | null;
  scope: string | null;
  difficulty: string | null;
}

export const FILTER_KEYS = ['q', 'domain', 'modality', 'status', 'scope', 'difficulty'] as const;
export const EMPTY_QUESTION_FILTERS: QuestionFilterValues = { q: null, domain: null, modality: null, status: null, scope: null, difficulty: null };

export function readQuestionFilters(params: URLSearchParams): QuestionFilterValues {
  const status = params.get('status');
  const scope = params.get('scope');
  const difficulty = params.get('difficulty');
  return {
    q: params.get('q')?.trim() || null,
    domain: params.get('domain') || null,
    modality: params.get('modality') || null,
    // An unknown value in a hand-edited link is ignored rather than failing the page.
    status: isStatus(status) ? status : null,
    scope: isScope(scope) ? scope : null,
    difficulty: isDifficulty(difficulty) ? difficulty : null,
  };
}

export function writeQuestionFilters(v: QuestionFilterValues): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = v[key];
    if (value) query.set(key, value);
  }
  return query;
}

type Tag = { id: string; code: string };

/**
 * The API's filter for these values: codes become ids. A code no longer in the taxonomy
 * (a stale link) matches nothing rather than everything.
 */
export function questionFilterInput(v: QuestionFilterValues, modalities: readonly Tag[], domains: readonly Tag[]): QuestionFilter {
  const filter: QuestionFilter = {};
  const idOf = (list: readonly Tag[], code: string) => list.find((t) => t.code === code)?.id ?? '00000000-0000-0000-0000-000000000000';
  if (v.q) filter.q = v.q;
  if (v.domain) filter.domainIds = [idOf(domains, v.domain)];
  if (v.modality) filter.modalityIds = [idOf(modalities, v.modality)];
  if (isStatus(v.status)) filter.statuses = [v.status];
  if (isScope(v.scope)) filter.scopes = [v.scope];
  if (isDifficulty(v.difficulty)) filter.difficulty = v.difficulty;
  return filter;
}

/**
 * Search box and filters. Selects apply at once; the words apply on Enter or "Search".
 * The page keeps the values in the URL, so a search can be shared and back/forward work.
 */
export function QuestionFilters({
  value,
  onChange,
  modalities,
  domains,
}: {
  value: QuestionFilterValues;
  onChange: (next: QuestionFilterValues) => void;
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
  const any = FILTER_KEYS.some((k) => value[k]);
  const select = { clearable: true, comboboxProps: { withinPortal: true } } as const;
  return (
    <form onSubmit={submit} role="search" aria-label="Search the question bank">
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TextInput
          label="Search"
          placeholder="Words in the question or rationale"
          type="search"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          maxLength={200}
          style={{ flex: 1, minWidth: 0 }}
        />
        <Button type="submit">Search</Button>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" mt="sm">
        <Select
          label="Exam domain"
          placeholder="Any domain"
          data={domains.map((d) => ({ value: d.code, label: d.name }))}
          value={value.domain}
          onChange={(domain) => onChange({ ...value, domain })}
          {...select}
        />
        <Select
          label="Modality"
          placeholder="Any modality"
          data={modalities.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))}
          value={value.modality}
          onChange={(modality) => onChange({ ...value, modality })}
          searchable
          nothingFoundMessage="No modality matches"
          {...select}
        />
        <Select
          label="Status"
          placeholder="Draft and reviewed"
          data={STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }))}
          value={value.status}
          onChange={(status) => onChange({ ...value, status })}
          {...select}
        />
        <Select
          label="Scope"
          placeholder="Every bank I can use"
          data={SCOPES.map((s) => ({ value: s, label: SCOPE_FILTER_LABEL[s] }))}
          value={value.scope}
          onChange={(scope) => onChange({ ...value, scope })}
          {...select}
        />
        <Select
          label="Difficulty"
          placeholder="Any difficulty"
          data={DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABEL[d] }))}
          value={value.difficulty}
          onChange={(difficulty) => onChange({ ...value, difficulty })}
          {...select}
        />
      </SimpleGrid>
      {any ? (
        <Group mt="sm">
          <Button
            variant="subtle"
            onClick={() => {
              setQ('');
              onChange(EMPTY_QUESTION_FILTERS);
            }}
          >
            Clear search and filters
          </Button>
        </Group>
      ) : null}
    </form>
  );
}

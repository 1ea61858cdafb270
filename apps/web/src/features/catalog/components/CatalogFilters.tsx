import { useEffect, useState, type FormEvent } from 'react';
import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { DateTime, US_STATES } from '@gantry/shared';

export interface CatalogFilterValues {
  state: string | null;
  modality: string | null;
  month: string | null;
  q: string | null;
}

export const EMPTY_FILTERS: CatalogFilterValues = { state: null, modality: null, month: null, q: null };

/** The API's filter input for these values: only what is set. */
export function catalogFilterInput(v: CatalogFilterValues) {
  const filter: { region?: string; modalityCode?: string; startMonth?: string; search?: string } = {};
  if (v.state) filter.region = v.state;
  if (v.modality) filter.modalityCode = v.modality;
  if (v.month) filter.startMonth = v.month;
  if (v.q?.trim()) filter.search = v.q.trim();
  return filter;
}

const STATE_OPTIONS = Object.entries(US_STATES)
  .map(([code, name]) => ({ value: code, label: name }))
  .sort((a, b) => a.label.localeCompare(b.label));

/** This month and the next eleven, as the viewer's calendar has them. */
export function monthOptions(now: DateTime, zone: string): { value: string; label: string }[] {
  const first = now.setZone(zone).startOf('month').setLocale('en-US');
  return Array.from({ length: 12 }, (_, i) => {
    const m = first.plus({ months: i });
    return { value: m.toFormat('yyyy-MM'), label: m.toFormat('LLLL yyyy') };
  });
}

/**
 * The catalog's filters. Selects apply at once; the search applies on Enter or "Search".
 * The values live in the URL (the page owns them), so a filtered catalog can be shared.
 */
export function CatalogFilters({
  value,
  onChange,
  modalities,
  months,
}: {
  value: CatalogFilterValues;
  onChange: (next: CatalogFilterValues) => void;
  modalities: readonly { code: string; name: string }[];
  months: { value: string; label: string }[];
}) {
  const [q, setQ] = useState(value.q ?? '');
  // The URL is the source of truth (back/forward, "Clear filters").
  useEffect(() => setQ(value.q ?? ''), [value.q]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ ...value, q: q.trim() || null });
  };
  const any = value.state || value.modality || value.month || value.q;
  // A month from a shared link that is no longer in the next twelve still shows.
  const monthData = value.month && !months.some((m) => m.value === value.month) ? [{ value: value.month, label: value.month }, ...months] : months;
  return (
    <form onSubmit={submit} role="search" aria-label="Filter cohorts">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <Select
          label="State"
          placeholder="Any state"
          data={STATE_OPTIONS}
          value={value.state}
          onChange={(state) => onChange({ ...value, state })}
          searchable
          clearable
          nothingFoundMessage="No state matches"
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label="Modality"
          placeholder="Any modality"
          data={modalities.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))}
          value={value.modality}
          onChange={(modality) => onChange({ ...value, modality })}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label="Starts in"
          placeholder="Any month"
          data={monthData}
          value={value.month}
          onChange={(month) => onChange({ ...value, month })}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput label="Search" placeholder="Title or description" value={q} onChange={(e) => setQ(e.currentTarget.value)} type="search" />
      </SimpleGrid>
      <Group mt="sm" gap="sm">
        <Button type="submit">Search</Button>
        {any ? (
          <Button
            variant="subtle"
            onClick={() => {
              setQ('');
              onChange(EMPTY_FILTERS);
            }}
          >
            Clear filters
          </Button>
        ) : null}
      </Group>
    </form>
  );
}

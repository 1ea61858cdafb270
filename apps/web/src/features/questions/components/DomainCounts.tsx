import '@mantine/charts/styles.css';
import { useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { SegmentedControl, Stack, Table, Text } from '@mantine/core';
import type { QuestionFilter } from '@/gql/graphql';
import { Loading, QueryError } from '@/components/Feedback';
import { QuestionCountQuery } from '../api/documents';

interface Row {
  id: string;
  name: string;
  count: number;
}

/**
 * How many questions each exam domain has under the current filters (all but the
 * domain), as bars or, for reading the numbers (and screen readers), a table. One small
 * count per domain; loaded only when the panel is opened.
 */
export function DomainCounts({ filter, domains }: { filter: QuestionFilter; domains: readonly { id: string; code: string; name: string }[] }) {
  const client = useApolloClient();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [attempt, setAttempt] = useState(0);
  const base = JSON.stringify({ ...filter, domainIds: undefined });

  useEffect(() => {
    let live = true;
    setError(null);
    const without = JSON.parse(base) as QuestionFilter;
    Promise.all(
      domains.map(async (d) => {
        const { data } = await client.query({ query: QuestionCountQuery, variables: { filter: { ...without, domainIds: [d.id] } }, fetchPolicy: 'network-only' });
        return { id: d.id, name: d.name, count: data?.questions.totalCount ?? 0 };
      }),
    ).then(
      (r) => live && setRows(r),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [client, base, domains, attempt]);

  if (error) return <QueryError error={error} title="Could not count the questions" onRetry={() => setAttempt((n) => n + 1)} />;
  if (!rows) return <Loading label="Counting questions per domain…" />;
  const empty = rows.filter((r) => r.count === 0);
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label="Show counts as"
        value={view}
        onChange={(v) => setView(v as 'chart' | 'table')}
        data={[
          { value: 'chart', label: 'Chart' },
          { value: 'table', label: 'Table' },
        ]}
        maw={240}
      />
      <Text size="sm" data-testid="domain-gaps">
        {empty.length ? `No questions yet for: ${empty.map((r) => r.name).join(', ')}.` : 'Every exam domain has questions.'}
      </Text>
      {view === 'chart' ? (
        <div role="img" aria-label={`Questions per exam domain: ${rows.map((r) => `${r.name} ${r.count}`).join(', ')}.`}>
          <BarChart
            h={Math.max(160, rows.length * 34)}
            data={rows.map((r) => ({ label: r.name, Questions: r.count }))}
            dataKey="label"
            orientation="vertical"
            yAxisProps={{ width: 180, interval: 0, tick: { fontSize: 11, fill: 'currentColor' } }}
            series={[{ name: 'Questions', color: 'blue.8' }]}
            accessibilityLayer={false}
            tooltipAnimationDuration={0}
            gridAxis="x"
            minBarSize={0}
          />
        </div>
      ) : (
        <Table.ScrollContainer minWidth={280}>
          <Table striped data-testid="domain-counts-table">
            <Table.Caption>Questions per exam domain, with the other filters applied</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Exam domain</Table.Th>
                <Table.Th scope="col" ta="right">
                  Questions
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Th scope="row" fw={400}>
                    {r.name}
                  </Table.Th>
                  <Table.Td ta="right">{r.count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

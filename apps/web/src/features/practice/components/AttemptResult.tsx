import '@mantine/charts/styles.css';
import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import { Alert, Badge, Group, Paper, SegmentedControl, Stack, Table, Text, Title, Typography } from '@mantine/core';
import type { AttemptItemFieldsFragment, AttemptResultFieldsFragment } from '@/gql/graphql';

interface Row {
  key: string;
  name: string;
  correct: number;
  total: number;
  percent: number;
}

function ScoreTable({ caption, what, rows }: { caption: string; what: string; rows: Row[] }) {
  return (
    <Table.ScrollContainer minWidth={300}>
      <Table striped data-testid="score-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{what}</Table.Th>
            <Table.Th scope="col" ta="right">
              Correct
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Questions
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Score
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row" fw={400}>
                {r.name}
              </Table.Th>
              <Table.Td ta="right">{r.correct}</Table.Td>
              <Table.Td ta="right">{r.total}</Table.Td>
              <Table.Td ta="right">{r.percent} %</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ScoreChart({ label, rows }: { label: string; rows: Row[] }) {
  const weakest = [...rows].sort((a, b) => a.percent - b.percent)[0];
  return (
    <div role="img" aria-label={`${label}${weakest ? `; lowest: ${weakest.name} at ${weakest.percent} %` : ''}. Switch to the table view for the numbers.`}>
      <BarChart
        h={Math.max(120, rows.length * 36)}
        data={rows.map((r) => ({ label: r.name, Score: r.percent }))}
        dataKey="label"
        orientation="vertical"
        yAxisProps={{ width: 150, interval: 0, tick: { fontSize: 11, fill: 'currentColor' } }}
        xAxisProps={{ domain: [0, 100] }}
        unit=" %"
        series={[{ name: 'Score', color: 'blue.8' }]}
        accessibilityLayer={false}
        tooltipAnimationDuration={0}
        gridAxis="x"
        minBarSize={0}
      />
    </div>
  );
}

function optionText(item: AttemptItemFieldsFragment, optionId: string | null | undefined) {
  const i = item.question.options.findIndex((o) => o.id === optionId);
  if (i < 0) return null;
  return (
    <>
      <strong>{String.fromCharCode(65 + i)}.</strong> <span dangerouslySetInnerHTML={{ __html: item.question.options[i]!.textHtml }} />
    </>
  );
}

function ItemReview({ item }: { item: AttemptItemFieldsFragment }) {
  const n = item.position + 1;
  const verdict = item.correct ? 'Correct' : item.answered ? 'Incorrect' : 'Not answered';
  return (
    <Paper withBorder p="md" component="li" data-testid="result-item" aria-labelledby={`result-q-${n}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h5" id={`result-q-${n}`}>
            Question {n}
          </Title>
          <Badge color={item.correct ? 'teal.9' : 'red.9'} variant="outline">
            {item.correct ? '✓ ' : '✗ '}
            {verdict}
          </Badge>
        </Group>
        <Typography>
          <div dangerouslySetInnerHTML={{ __html: item.question.stemHtml }} />
        </Typography>
        <Text size="sm">
          <Text span fw={600}>
            Your answer:{' '}
          </Text>
          {optionText(item, item.selectedOptionId) ?? 'none'}
        </Text>
        {item.question.correctOptionId ? (
          <Text size="sm">
            <Text span fw={600}>
              Correct answer:{' '}
            </Text>
            {optionText(item, item.question.correctOptionId)}
          </Text>
        ) : null}
        {item.question.rationaleHtml ? (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              Why
            </Text>
            <Typography fz="sm">
              <div dangerouslySetInnerHTML={{ __html: item.question.rationaleHtml }} />
            </Typography>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

/**
 * A submitted attempt: the score, by exam domain and by modality (chart or table), and
 * every question with the student's answer, the correct one and why.
 */
export function AttemptResult({
  result,
  items,
  autoSubmitted,
  submittedText,
}: {
  result: AttemptResultFieldsFragment;
  items: readonly AttemptItemFieldsFragment[];
  autoSubmitted: boolean;
  submittedText: string | null;
}) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const domains: Row[] = result.byDomain.map((d) => ({ key: d.domain.id, name: d.domain.name, correct: d.correct, total: d.total, percent: d.percent }));
  const modalities: Row[] = result.byModality.map((m) => ({
    key: m.modality?.id ?? 'general',
    name: m.modality?.name ?? 'General (any modality)',
    correct: m.correct,
    total: m.total,
    percent: m.percent,
  }));
  return (
    <Stack gap="lg">
      {autoSubmitted ? (
        <Alert color="yellow" variant="light" title="Time ran out" data-testid="auto-submitted">
          <Text size="sm">The server submitted this attempt when its time ran out. Answers saved before then count.</Text>
        </Alert>
      ) : null}
      <Paper withBorder p="lg" component="section" aria-labelledby="score-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="score-heading">
            Your score
          </Title>
          <Text size="xl" fw={700} data-testid="attempt-score">
            {result.correct} of {result.total} correct ({result.percent} %)
          </Text>
          {submittedText ? (
            <Text size="sm" c="dimmed">
              {submittedText}
            </Text>
          ) : null}
          <SegmentedControl
            aria-label="Show scores as"
            value={view}
            onChange={(v) => setView(v as 'chart' | 'table')}
            data={[
              { value: 'chart', label: 'Chart' },
              { value: 'table', label: 'Table' },
            ]}
            maw={240}
          />
          {[
            { title: 'By exam domain', what: 'Exam domain', rows: domains },
            { title: 'By modality', what: 'Modality', rows: modalities },
          ].map((g) => (
            <Stack key={g.title} gap={4}>
              <Title order={3} size="h5">
                {g.title}
              </Title>
              {view === 'chart' ? <ScoreChart label={`Score ${g.title.toLowerCase()}`} rows={g.rows} /> : <ScoreTable caption={`Score ${g.title.toLowerCase()}`} what={g.what} rows={g.rows} />}
            </Stack>
          ))}
        </Stack>
      </Paper>
      <section aria-labelledby="answers-heading">
        <Title order={2} size="h3" id="answers-heading" mb="sm">
          Questions and answers
        </Title>
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((it) => (
            <ItemReview key={it.position} item={it} />
          ))}
        </Stack>
      </section>
    </Stack>
  );
}

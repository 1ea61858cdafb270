import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { plural } from '@/lib/format';
import { paths } from '@/paths';
import { formatPercent, type ScoreRow } from '../model';
import { ScoreBars } from './ScoreBars';
import { StudyNextList } from './StudyNextList';
import { TrendChart } from './TrendChart';

export const ReadinessMapFragment = graphql(`
  fragment ReadinessMap_readiness on Readiness {
    answered
    coveredDomains
    coveragePercent
    byDomain {
      correct
      total
      percent
      domain {
        id
        code
        name
      }
    }
    byModality {
      correct
      total
      percent
      modality {
        id
        code
        name
      }
    }
    trend {
      attemptId
      ...TrendChart_point
    }
    studyNext {
      domain {
        id
      }
      ...StudyNextList_item
    }
  }
`);

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** Where to practise when there is nothing to map yet. */
export function ReadinessEmpty() {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="readiness-empty-heading" data-testid="readiness-empty">
      <Stack gap="sm">
        <Title order={2} size="h3" id="readiness-empty-heading">
          No answers yet
        </Title>
        <Text>
          Your map fills in as you answer practice questions: each quiz your mentor sets and each mock exam adds to your score per exam domain and
          modality, and shows where to study next.
        </Text>
        <Group gap="sm">
          <Button component={Link} to={paths.mockExam.to()} variant="light">
            Start with a mock exam
          </Button>
          <Button component={Link} to={paths.todo.to()} variant="default">
            See your quizzes and homework
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * A student's weak-area map: score and coverage per exam domain and per modality, the
 * trend over attempts, and what to study next.
 */
export function ReadinessMap({ readiness: ref, viewerZone, canUseLibrary }: { readiness: FragmentType<typeof ReadinessMapFragment>; viewerZone: string; canUseLibrary: boolean }) {
  const r = getFragmentData(ReadinessMapFragment, ref);
  if (r.answered === 0 && r.trend.length === 0) return <ReadinessEmpty />;

  const domains: ScoreRow[] = r.byDomain.map((c) => ({ key: c.domain.id, label: c.domain.name, correct: c.correct, total: c.total, percent: c.percent }));
  const modalities: ScoreRow[] = r.byModality.map((c) => ({
    key: c.modality?.id ?? 'general',
    label: c.modality?.name ?? 'General (any modality)',
    correct: c.correct,
    total: c.total,
    percent: c.percent,
  }));
  const correct = domains.reduce((s, d) => s + d.correct, 0);
  const overall = r.answered ? Math.round((100 * correct) / r.answered) : null;

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md" data-testid="readiness-summary">
        <Paper withBorder p="sm">
          <Text size="xs" c="dimmed">
            Overall
          </Text>
          <Text size="xl" fw={700}>
            {formatPercent(overall)}
          </Text>
          <Text size="xs">{plural(r.answered, 'answer')}</Text>
        </Paper>
        <Paper withBorder p="sm">
          <Text size="xs" c="dimmed">
            Coverage
          </Text>
          <Text size="xl" fw={700}>
            {r.coveragePercent} %
          </Text>
          <Text size="xs">
            {r.coveredDomains} of {plural(domains.length, 'domain')} with 5 or more answers
          </Text>
        </Paper>
        <Paper withBorder p="sm">
          <Text size="xs" c="dimmed">
            Attempts
          </Text>
          <Text size="xl" fw={700}>
            {r.trend.length}
          </Text>
          <Text size="xs">submitted</Text>
        </Paper>
      </SimpleGrid>

      <Section id="study-next-heading" title="Study next">
        <StudyNextList items={r.studyNext} canUseLibrary={canUseLibrary} />
      </Section>

      <Section id="by-domain-heading" title="By exam domain">
        <ScoreBars rows={domains} caption="Score by exam domain" what="Exam domain" testId="domain-scores" />
      </Section>

      <Section id="by-modality-heading" title="By modality">
        {modalities.length ? (
          <ScoreBars rows={modalities} caption="Score by modality" what="Modality" testId="modality-scores" />
        ) : (
          <Text size="sm">No answers by modality yet.</Text>
        )}
      </Section>

      <Section id="trend-heading" title="Over time">
        <TrendChart points={r.trend} viewerZone={viewerZone} />
      </Section>
    </Stack>
  );
}

import { Link } from 'react-router';
import { Anchor, Badge, Group, Progress, Stack, Text } from '@mantine/core';
import type { CeLedgerFieldsFragment, CredentialRulesFieldsFragment } from '@/gql/graphql';
import { paths } from '@/paths';
import { formatLocalDate, num, ratioText } from '../model';

type Cycle = NonNullable<CeLedgerFieldsFragment['cycle']>;

/** "18.5 of 30 units · cycle ends March 3, 2027 · 101 days left" */
export function cycleText(cycle: Cycle): string {
  const left = cycle.daysLeft === 0 ? 'last day' : `${cycle.daysLeft} day${cycle.daysLeft === 1 ? '' : 's'} left`;
  return `${num(cycle.earnedUnits)} of ${cycle.requiredUnits} units · cycle ends ${formatLocalDate(cycle.endsOn)} · ${left}`;
}

/**
 * The current recertification cycle as a labelled progress bar (units earned of units
 * required) and the same in words, under the rule edition in force.
 */
export function RecertificationProgress({ cycle, rules }: { cycle: Cycle | null; rules: CredentialRulesFieldsFragment }) {
  return (
    <Stack gap="sm">
      {cycle ? (
        <Stack gap={4} data-testid="cycle">
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" fw={600}>
              Cycle {formatLocalDate(cycle.startsOn)} – {formatLocalDate(cycle.endsOn)}
            </Text>
            <Text size="sm" c="dimmed">
              {cycle.percent}%
            </Text>
          </Group>
          <Progress.Root
            size="lg"
            role="progressbar"
            aria-label="Units this cycle"
            aria-valuemin={0}
            aria-valuemax={cycle.requiredUnits}
            aria-valuenow={Math.min(cycle.earnedUnits, cycle.requiredUnits)}
            aria-valuetext={cycleText(cycle)}
          >
            <Progress.Section value={Math.min(100, cycle.percent)} color={cycle.percent >= 100 ? 'teal.9' : 'blue.8'} withAria={false} />
          </Progress.Root>
          <Text size="sm" data-testid="cycle-text">
            {cycleText(cycle)}
          </Text>
          {cycle.percent >= 100 ? (
            <Text size="sm" c="teal.9">
              You have the units this cycle asks for.
            </Text>
          ) : null}
        </Stack>
      ) : (
        <Text size="sm" data-testid="cycle-text">
          Enter the date you were certified (below) to see your recertification cycle. Until then your hours are still kept here.
        </Text>
      )}
      <Stack gap={2}>
        <Text size="sm">
          CRES rules edition <strong>{rules.edition}</strong>, in force since {formatLocalDate(rules.effectiveFrom)}: {rules.requiredUnits} units every{' '}
          {rules.cycleYears} years.{' '}
          {rules.provisional ? (
            <Badge component="span" size="sm" color="gray.8" variant="outline">
              Provisional
            </Badge>
          ) : null}
        </Text>
        <Text size="sm" data-testid="unit-ratio">
          Unit ratio (a setting): {ratioText(rules.unitsPerContactHour)}
          {rules.provisional ? ' — provisional' : ''}. AAMI does not publish how a contact hour converts; a platform admin sets it.
        </Text>
        <Anchor component={Link} to={paths.eligibility.to()} size="sm">
          Not certified yet? Check your eligibility
        </Anchor>
      </Stack>
    </Stack>
  );
}

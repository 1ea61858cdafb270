import { Alert, List, Text } from '@mantine/core';
import type { MyEligibilityQuery } from '@/gql/graphql';
import { formatLocalDate } from '../model';

type Result = MyEligibilityQuery['myEligibility'];

/** "Eligible now via …", or what is missing and (when only time is) the date they will be. */
export function EligibilityOutcome({ result }: { result: Result }) {
  if (result.eligible) {
    return (
      <Alert color="green" variant="light" title={`Eligible now${result.path ? ` via ${result.path.label}` : ''}`} data-testid="eligibility-result">
        <Text size="sm">
          By what you entered, you meet a path of the current rules. AAMI decides on your application: keep records of your work on imaging equipment.
        </Text>
      </Alert>
    );
  }
  return (
    <Alert
      color="yellow"
      variant="light"
      title={result.eligibleOn ? `Not yet: eligible on ${formatLocalDate(result.eligibleOn)}` : 'Not eligible yet'}
      data-testid="eligibility-result"
    >
      <Text size="sm" mb={4}>
        {result.missing.length ? 'What is missing:' : 'By what you entered, no path of the current rules is met.'}
      </Text>
      {result.missing.length ? (
        <List size="sm" spacing={4}>
          {result.missing.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      ) : null}
      {result.eligibleOn && result.path ? (
        <Text size="sm" mt="xs">
          At your pace you qualify via {result.path.label} on {formatLocalDate(result.eligibleOn)}, if you keep working full-time.
        </Text>
      ) : null}
      {result.candidateUntil ? (
        <Text size="sm" mt="xs" data-testid="candidate-until">
          Or apply as a candidate: sit the exam now and meet the requirements by {formatLocalDate(result.candidateUntil)}.
        </Text>
      ) : null}
    </Alert>
  );
}

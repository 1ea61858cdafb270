import { Link, useLocation } from 'react-router';
import { Alert, Anchor, Text } from '@mantine/core';
import { paths } from '@/paths';

/** Shown on every page while a mock exam runs: closed book, and the way back to it. */
export function MockExamBanner({ attemptId }: { attemptId: string }) {
  const { pathname } = useLocation();
  const onExam = pathname === paths.attempt.to(attemptId);
  return (
    <Alert color="yellow" variant="light" mb="md" p="xs" data-testid="mock-exam-banner" role="region" aria-label="Mock exam in progress">
      <Text size="sm">
        <strong>Mock exam in progress</strong> — lesson material is hidden until you submit.{' '}
        {onExam ? null : (
          <Anchor component={Link} to={paths.attempt.to(attemptId)} inherit fw={600} underline="always">
            Resume the mock exam
          </Anchor>
        )}
      </Text>
    </Alert>
  );
}

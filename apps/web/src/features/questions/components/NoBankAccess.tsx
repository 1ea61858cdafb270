import { Link } from 'react-router';
import { Anchor, Stack, Text } from '@mantine/core';
import { PageTitle } from '@/components/PageTitle';
import { paths } from '@/paths';

/** For signed-in users whose role does not include the bank (students). */
export function NoBankAccess({ title = 'Question bank' }: { title?: string }) {
  return (
    <Stack maw={640}>
      <PageTitle>{title}</PageTitle>
      <Text>You don’t have access to the question bank. Mentors and chapter admins write and review questions here; students meet them in practice quizzes and mock exams.</Text>
      <Anchor component={Link} to={paths.home.to()}>
        Go to your home page
      </Anchor>
    </Stack>
  );
}

import { useState } from 'react';
import { Badge, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { emailSchema } from '@gantry/shared';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { FormError } from '@/components/Feedback';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { applyServerErrors } from '@/lib/errors';
import { useAddCoMentor, useRemoveCoMentor } from '../hooks/useCohortMutations';

export const CoMentorsFragment = graphql(`
  fragment CoMentors_cohort on Cohort {
    id
    mentors {
      userId
      displayName
      isLead
    }
  }
`);

/** The cohort's mentors: the lead, co-mentors (remove after confirming) and adding one by email. */
export function CoMentors({ cohort: ref, viewerId }: { cohort: FragmentType<typeof CoMentorsFragment>; viewerId: string }) {
  const cohort = getFragmentData(CoMentorsFragment, ref);
  const { add, loading } = useAddCoMentor();
  const { remove } = useRemoveCoMentor();
  const [removing, setRemoving] = useState<{ userId: string; displayName: string } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '' },
    validate: {
      email: (v: string) => {
        const r = emailSchema.safeParse(v);
        return r.success ? null : (r.error.issues[0]?.message ?? 'Enter an email address.');
      },
    },
  });
  const submit = form.onSubmit(async ({ email }) => {
    setFormError(null);
    try {
      await add(cohort.id, email.trim());
      form.reset();
    } catch (e) {
      setFormError(applyServerErrors(form, e));
    }
  });

  return (
    <Stack gap="sm">
      <List spacing="xs" listStyleType="none" aria-label="Mentors">
        {cohort.mentors.map((m) => (
          <List.Item key={m.userId}>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {m.displayName}
                {m.userId === viewerId ? ' (you)' : ''}
              </Text>
              <Badge size="sm" variant="outline" color={m.isLead ? 'blue.9' : 'gray.8'}>
                {m.isLead ? 'Lead mentor' : 'Co-mentor'}
              </Badge>
              {!m.isLead ? (
                <Button size="compact-xs" variant="subtle" c="red.9" onClick={() => setRemoving(m)} aria-label={`Remove ${m.displayName} as co-mentor`}>
                  Remove
                </Button>
              ) : null}
            </Group>
          </List.Item>
        ))}
      </List>
      <form onSubmit={submit} noValidate aria-label="Add a co-mentor">
        <Stack gap="xs">
          <FormError message={formError} title="Could not add the co-mentor" />
          <Group align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              label="Co-mentor’s email"
              description="They must already be a mentor of this chapter."
              type="email"
              autoComplete="off"
              style={{ flex: 1, minWidth: 0 }}
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={loading} mt={46}>
              Add
            </Button>
          </Group>
        </Stack>
      </form>
      <ConfirmDialog
        opened={removing !== null}
        title="Remove this co-mentor?"
        confirmLabel={removing ? `Remove ${removing.displayName}` : 'Remove'}
        danger
        onClose={() => setRemoving(null)}
        onConfirm={() => remove(cohort.id, removing!.userId, removing!.displayName)}
      >
        <Text>{removing?.displayName} will no longer be able to manage this cohort. They stay a mentor of the chapter.</Text>
      </ConfirmDialog>
    </Stack>
  );
}

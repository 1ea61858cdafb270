import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorCode, updateProfileSchema } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import { TimeZoneSelect } from '@/components/TimeZoneSelect';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { applyServerErrors, describeError } from '@/lib/errors';
import { validateWith } from '@/lib/form';
import { useUpdateProfile } from '../hooks/useProfileMutations';

export const ProfileFormFragment = graphql(`
  fragment ProfileForm_me on Me {
    id
    email
    displayName
    timeZone
    version
  }
`);

/**
 * Name and time zone. Saves with the version it was loaded at; if the profile changed
 * meanwhile (another tab), the API answers CONFLICT and the user is asked to reload.
 * The parent keys this form by version, so a reload starts it from the latest values.
 */
export function ProfileForm({ me: ref, onReload }: { me: FragmentType<typeof ProfileFormFragment>; onReload: () => void }) {
  const me = getFragmentData(ProfileFormFragment, ref);
  const { updateProfile, loading } = useUpdateProfile();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { displayName: me.displayName, timeZone: me.timeZone },
    validate: validateWith(updateProfileSchema),
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setConflict(false);
    try {
      await updateProfile({ displayName: values.displayName.trim(), timeZone: values.timeZone, expectedVersion: me.version });
    } catch (e) {
      setConflict(describeError(e).code === ErrorCode.Conflict);
      setFormError(applyServerErrors(form, e));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Your profile">
      <Stack>
        <FormError message={formError}>
          {conflict ? (
            <Button mt="xs" size="xs" variant="default" onClick={onReload}>
              Reload my profile
            </Button>
          ) : null}
        </FormError>
        <Text size="sm">
          You sign in as <strong>{me.email}</strong>.
        </Text>
        <TextInput label="Your name" autoComplete="name" required {...form.getInputProps('displayName')} />
        <TimeZoneSelect description="Every time on Gantry is shown to you in this zone." required {...form.getInputProps('timeZone')} />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

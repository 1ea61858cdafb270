import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { DateTime, recordingSchema } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { applyServerErrors } from '@/lib/errors';
import { useSetSessionRecording } from '../hooks/useAgendaMutations';

export const RecordingFormFragment = graphql(`
  fragment RecordingForm_session on CohortSession {
    id
    endsAt
    recordingUrl
    slidesUrl
  }
`);

/** A link field's message from the shared rule (empty is allowed: it clears the link). */
function checkLink(value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  const r = recordingSchema.shape.recordingUrl.safeParse(v);
  return r.success ? null : (r.error.issues[0]?.message ?? 'Use an https:// link.');
}

/** The recording and slides links students see on the session page once it is over. */
export function RecordingForm({ session: ref }: { session: FragmentType<typeof RecordingFormFragment> }) {
  const session = getFragmentData(RecordingFormFragment, ref);
  const { setRecording, loading } = useSetSessionRecording();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { recordingUrl: session.recordingUrl ?? '', slidesUrl: session.slidesUrl ?? '' },
    validate: { recordingUrl: checkLink, slidesUrl: checkLink },
  });
  const ended = DateTime.fromISO(session.endsAt) <= DateTime.utc();

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        setError(null);
        try {
          await setRecording(session.id, v.recordingUrl.trim() || null, v.slidesUrl.trim() || null);
          form.resetDirty();
        } catch (e) {
          setError(applyServerErrors(form, e));
        }
      })}
    >
      <Stack gap="sm">
        <Text size="sm">{ended ? 'Share the recording and slides with the students.' : 'After the session, add the recording and slides here; students see them on the session page.'}</Text>
        <FormError message={error} />
        <TextInput label="Recording URL" type="url" placeholder="https://" {...form.getInputProps('recordingUrl')} />
        <TextInput label="Slides URL" type="url" placeholder="https://" {...form.getInputProps('slidesUrl')} />
        <Group>
          <Button type="submit" loading={loading} variant="light">
            Save links
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

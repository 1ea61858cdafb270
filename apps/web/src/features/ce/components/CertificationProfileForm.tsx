import { useState } from 'react';
import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { certificationProfileSchema, ErrorCode, todayIn, type DegreeKind } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import { getFragmentData, type FragmentType } from '@/gql';
import { applyServerErrors, describeError } from '@/lib/errors';
import { validateWith } from '@/lib/form';
import { CertificationProfileFields } from '../api/documents';
import { useSaveCertificationProfile } from '../hooks/useCeMutations';
import { DEGREE_OPTIONS, numberOrNull } from '../model';

interface Values {
  certifiedOn: string;
  degree: string | null;
  bmetYears: number | string;
  experienceAsOf: string;
  imagingPercent: number | string;
}

function toInput(v: Values) {
  return {
    certifiedOn: v.certifiedOn || null,
    degree: (v.degree || null) as DegreeKind | null,
    bmetYears: numberOrNull(v.bmetYears),
    experienceAsOf: v.experienceAsOf || null,
    imagingPercent: numberOrNull(v.imagingPercent),
  };
}

/**
 * The certification date (it sets the recertification cycle) and the eligibility inputs.
 * Every field may stay empty. Saves at the version it was loaded with; a change made
 * meanwhile (another tab) is a CONFLICT, and the parent reloads it (keyed by version).
 */
export function CertificationProfileForm({
  profile: ref,
  viewerZone,
  onReload,
  onDone,
  show = 'all',
}: {
  profile: FragmentType<typeof CertificationProfileFields>;
  viewerZone: string;
  onReload: () => void;
  onDone?: () => void;
  /** The eligibility page asks only for the eligibility inputs. */
  show?: 'all' | 'eligibility';
}) {
  const profile = getFragmentData(CertificationProfileFields, ref);
  const { save, loading } = useSaveCertificationProfile();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const today = todayIn(viewerZone);
  const check = validateWith(certificationProfileSchema(today));
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      certifiedOn: profile.certifiedOn ?? '',
      degree: profile.degree ?? null,
      bmetYears: profile.bmetYears ?? '',
      experienceAsOf: profile.experienceAsOf ?? '',
      imagingPercent: profile.imagingPercent ?? '',
    },
    validate: (values) => check(toInput(values)),
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setConflict(false);
    try {
      await save({ ...toInput(values), expectedVersion: profile.version });
      onDone?.();
    } catch (e) {
      setConflict(describeError(e).code === ErrorCode.Conflict);
      setFormError(applyServerErrors(form, e));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Certification profile">
      <Stack>
        <FormError message={formError}>
          {conflict ? (
            <Button mt="xs" size="xs" variant="default" onClick={onReload}>
              Load my saved profile
            </Button>
          ) : null}
        </FormError>
        {show === 'all' ? (
          <TextInput
            type="date"
            label="Certified on"
            description="The date on your CRES certificate. Your three-year recertification cycles count from it. Leave empty if you are not certified yet."
            max={today}
            {...form.getInputProps('certifiedOn')}
          />
        ) : null}
        <Select label="Education" placeholder="Choose…" data={DEGREE_OPTIONS} clearable allowDeselect {...form.getInputProps('degree')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label="Years of full-time BMET work"
            description="Part-time work counts pro rata."
            min={0}
            max={60} clampBehavior="none"
            step={0.5}
            decimalScale={1}
            {...form.getInputProps('bmetYears')}
          />
          <TextInput
            type="date"
            label="Counted as of"
            description="The date those years were true on; they keep growing from it. Empty: today."
            max={today}
            {...form.getInputProps('experienceAsOf')}
          />
        </SimpleGrid>
        <NumberInput
          label="Share of your work on imaging or radiology equipment (%)"
          min={0}
          max={100} clampBehavior="none"
          allowDecimal={false}
          {...form.getInputProps('imagingPercent')}
        />
        <Group justify="flex-end">
          {onDone ? (
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" loading={loading}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

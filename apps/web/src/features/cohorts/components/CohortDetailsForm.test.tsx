import { screen, within } from '@testing-library/react';
import { ErrorCode } from '@gantry/shared';
import { makeFragmentData } from '@/gql';
import { modalities } from '@/testing/cohorts';
import { gqlError } from '@/testing/fixtures';
import { renderAt } from '@/testing/render';
import { UpdateCohortMutation } from '../api/documents';
import { CohortDetailsForm } from './CohortDetailsForm';
import { CohortSettingsFragment } from './cohortSettings';

const settings = makeFragmentData(
  {
    id: 'cohort-1',
    version: 7,
    title: 'CRES study group — CT and MRI',
    description: 'Five evenings.',
    capacity: 12,
    timeZone: 'America/Denver',
    requiresApproval: false,
    enrollmentClosed: false,
    enrollmentOpensAt: null,
    enrollmentClosesAt: null,
    meeting: { url: 'https://zoom.us/j/95550100123', passcode: 'cres2027' },
    modalities: [{ id: 'mod-ct', code: 'CT' }],
  },
  CohortSettingsFragment,
);

const base = {
  id: 'cohort-1',
  expectedVersion: 7,
  title: 'CRES study group — CT and MRI',
  description: 'Five evenings.',
  timeZone: 'America/Denver',
  requiresApproval: false,
  enrollmentClosed: false,
  enrollmentOpensAt: null,
  enrollmentClosesAt: null,
  meetingUrl: 'https://zoom.us/j/95550100123',
  meetingPasscode: 'cres2027',
  modalityCodes: ['CT'],
};

describe('cohort details form', () => {
  it('puts “capacity below enrolled” on the Seats field, and a CONFLICT offers a reload', async () => {
    const capacityMessage = '5 students are enrolled, so capacity cannot go below 5. Remove or move students first.';
    const onReload = vi.fn();
    const { user } = renderAt('/', <CohortDetailsForm cohort={settings} modalities={modalities} onDone={() => {}} onReload={onReload} />, [
      { request: { query: UpdateCohortMutation, variables: { input: { ...base, capacity: 3 } } }, result: { errors: [gqlError(ErrorCode.BadUserInput, 'Invalid input', { capacity: [capacityMessage] })] } },
      { request: { query: UpdateCohortMutation, variables: { input: { ...base, capacity: 14 } } }, result: { errors: [gqlError(ErrorCode.Conflict, 'Someone else changed this cohort while you were editing.')] } },
    ]);
    const form = screen.getByRole('form', { name: 'Cohort details' });
    const seats = within(form).getByRole('textbox', { name: 'Seats' });
    await user.clear(seats);
    await user.type(seats, '3');
    await user.click(within(form).getByRole('button', { name: 'Save details' }));
    expect(await within(form).findByText(capacityMessage)).toBeInTheDocument();
    expect(seats).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();

    await user.clear(seats);
    await user.type(seats, '14');
    await user.click(within(form).getByRole('button', { name: 'Save details' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this cohort while you were editing.');
    await user.click(within(alert).getByRole('button', { name: 'Reload the cohort' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ErrorCode } from '@gantry/shared';
import { makeFragmentData } from '@/gql';
import { gqlError } from '@/testing/fixtures';
import { renderAt, type Mocks } from '@/testing/render';
import { CreateAssignmentMutation, UpdateAssignmentMutation } from '../api/documents';
import { assignment, criterion, SESSION_1, SESSION_2, SESSIONS } from '../testing';
import { AssignmentForm, AssignmentFormFragment } from './AssignmentForm';

// A mentor in New York editing a Denver cohort's homework.
const VIEWER_ZONE = 'America/New_York';
const COHORT_ZONE = 'America/Denver';

function renderForm(mocks: Mocks, saved?: ReturnType<typeof assignment>) {
  const onSaved = vi.fn();
  const onConflict = vi.fn(async () => undefined);
  const result = renderAt(
    '/plan',
    <AssignmentForm
      assignment={saved ? makeFragmentData(saved, AssignmentFormFragment) : undefined}
      cohortId="cohort-1"
      sessionId={SESSION_1}
      sessions={SESSIONS}
      viewerZone={VIEWER_ZONE}
      cohortZone={COHORT_ZONE}
      onSaved={onSaved}
      onCancel={() => {}}
      onConflict={onConflict}
    />,
    mocks,
  );
  return { ...result, onSaved, onConflict };
}

const input = {
  sessionId: SESSION_1,
  title: 'Tube warm-up worksheet',
  instructionsMarkdown: '',
  kind: 'WRITTEN',
  points: 10,
  dueMode: 'RELATIVE',
  dueAt: null,
  dueSessionId: SESSION_2,
  dueOffsetMinutes: -60,
  latePolicy: 'ACCEPT_LATE',
  rubric: [],
  publish: false,
};

describe('assignment form', () => {
  it('computes a relative due time live in the viewer’s zone and sends it as minutes from the session’s start', async () => {
    const { user, onSaved } = renderForm([
      {
        request: { query: CreateAssignmentMutation, variables: { input: { ...input, dueSessionId: SESSION_1, dueOffsetMinutes: 2 * 1440, publish: true } } },
        result: { data: { createAssignment: assignment({ dueSessionId: SESSION_1, dueOffsetMinutes: 2880, dueAt: '2030-01-11T02:00:00.000Z', published: true }) } },
      },
    ]);
    const form = screen.getByRole('form', { name: 'New assignment' });
    // Homework set at session 1 defaults to one hour before session 2 (7 pm MST = 9 pm EST).
    expect(within(form).getByRole('textbox', { name: 'How many' })).toHaveValue('1');
    expect(within(form).getByRole('combobox', { name: 'Unit' })).toHaveValue('HOURS');
    expect(within(form).getByRole('combobox', { name: 'Before or after' })).toHaveValue('BEFORE');
    expect(within(form).getByRole('combobox', { name: 'The start of' })).toHaveValue(SESSION_2);
    expect(screen.getByTestId('due-preview')).toHaveTextContent('Due Tue, Jan 15, 8:00 PM EST (6:00 PM MST cohort time) — 1 hour before session 2.');

    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Tube warm-up worksheet');
    const amount = within(form).getByRole('textbox', { name: 'How many' });
    await user.clear(amount);
    await user.type(amount, '2');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Unit' }), 'DAYS');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Before or after' }), 'AFTER');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'The start of' }), SESSION_1);
    // Two days (48 hours) after 9 pm EST on Tue, Jan 8.
    expect(screen.getByTestId('due-preview')).toHaveTextContent('Due Thu, Jan 10, 9:00 PM EST (7:00 PM MST cohort time) — 2 days after session 1 starts.');

    await user.click(within(form).getByRole('switch', { name: 'Published' }));
    await user.click(within(form).getByRole('button', { name: 'Create assignment' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('asg-1'));
    expect(await screen.findByText('Assignment published: students in the cohort see it now.')).toBeInTheDocument();
  }, 30_000);

  it('reads an absolute due time as wall-clock time in the cohort’s zone, not the viewer’s', async () => {
    const { user, onSaved } = renderForm([
      {
        // 7 pm MDT in Denver on Mar 12 is 01:00 UTC on Mar 13.
        request: { query: CreateAssignmentMutation, variables: { input: { ...input, dueMode: 'ABSOLUTE', dueAt: '2030-03-13T01:00:00.000Z', dueSessionId: null, dueOffsetMinutes: null } } },
        result: { data: { createAssignment: assignment({ dueMode: 'ABSOLUTE', dueAt: '2030-03-13T01:00:00.000Z', dueSessionId: null, dueOffsetMinutes: null, dueDescription: null }) } },
      },
    ]);
    const form = screen.getByRole('form', { name: 'New assignment' });
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Tube warm-up worksheet');
    await user.click(within(form).getByRole('radio', { name: 'On a date and time' }));
    expect(within(form).getByRole('group', { name: /^Due date and time, in the cohort’s zone: America\/Denver/ })).toBeInTheDocument();
    const date = within(form).getByLabelText(/^Due date \(cohort time\)/);
    const time = within(form).getByLabelText(/^Due time \(cohort time\)/);

    // A time the clocks skip (spring forward) is said so.
    fireEvent.change(date, { target: { value: '2030-03-10' } });
    fireEvent.change(time, { target: { value: '02:30' } });
    expect(screen.getByTestId('due-preview')).toHaveTextContent('That time does not exist on that day in the cohort’s zone');

    fireEvent.change(date, { target: { value: '2030-03-12' } });
    fireEvent.change(time, { target: { value: '19:00' } });
    expect(screen.getByTestId('due-preview')).toHaveTextContent('Due Tue, Mar 12, 9:00 PM EDT (7:00 PM MDT cohort time).');
    expect(screen.getByTestId('due-preview')).not.toHaveTextContent('does not exist');

    await user.click(within(form).getByRole('button', { name: 'Create assignment' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('asg-1'));
  }, 30_000);

  it('says what the API would: the title, a rubric that does not add up, and a relative due time without a session', async () => {
    const saved = assignment({ dueMode: 'ABSOLUTE', dueAt: '2030-01-14T02:00:00.000Z', dueSessionId: null, dueOffsetMinutes: null, dueDescription: null });
    const { user } = renderForm([], saved);
    const form = screen.getByRole('form', { name: 'Edit assignment: Tube warm-up worksheet' });
    // Shown back in the cohort's zone: 02:00 UTC is 7 pm the evening before in Denver.
    expect(within(form).getByLabelText(/^Due date \(cohort time\)/)).toHaveValue('2030-01-13');
    expect(within(form).getByLabelText(/^Due time \(cohort time\)/)).toHaveValue('19:00');

    const title = within(form).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Tu');

    await user.click(within(form).getByRole('button', { name: 'Add criterion' }));
    await user.type(within(form).getByRole('textbox', { name: 'Criterion 1' }), 'Names the parts');
    const points = within(form).getByRole('textbox', { name: 'Points for criterion 1' });
    await user.clear(points);
    await user.type(points, '5');
    await user.click(within(form).getByRole('button', { name: 'Add criterion' }));
    await user.type(within(form).getByRole('textbox', { name: 'Criterion 2' }), 'Explains the heat');
    expect(screen.getByTestId('rubric-total')).toHaveTextContent('Criteria total: 6 points of 10');

    await user.click(within(form).getByRole('radio', { name: 'Relative to a session' }));
    expect(within(form).getByRole('combobox', { name: 'The start of' })).toHaveValue('');
    await user.click(within(form).getByRole('button', { name: 'Save assignment' }));

    expect(await within(form).findByText('A title has at least 3 characters.')).toBeInTheDocument();
    expect(within(form).getByText('Choose the session the due time follows.')).toBeInTheDocument();
    expect(within(form).getByText('The criteria add up to 6 points; the assignment is worth 10.')).toBeInTheDocument();

    // Ungraded with a rubric: the schema's own words.
    await user.click(within(form).getByRole('checkbox', { name: 'Ungraded (feedback only)' }));
    await user.click(within(form).getByRole('button', { name: 'Save assignment' }));
    expect(await within(form).findByText('A rubric needs points: give the assignment points or remove the rubric.')).toBeInTheDocument();

    // Removing the criteria clears it.
    await user.click(within(form).getByRole('button', { name: 'Remove criterion 2' }));
    await user.click(within(form).getByRole('button', { name: 'Remove criterion 1' }));
    await user.click(within(form).getByRole('button', { name: 'Save assignment' }));
    await waitFor(() => expect(within(form).queryByText(/A rubric needs points/)).not.toBeInTheDocument());
  }, 30_000);

  it('puts the API’s field errors on their fields, and keeps the user’s edits after a CONFLICT', async () => {
    const saved = assignment({ rubric: [criterion('c-1', 'Names the parts', 10)] });
    const edited = {
      ...input,
      dueSessionId: SESSION_2,
      rubric: [{ id: 'c-1', title: 'Names the parts', description: '', points: 10 }],
      instructionsMarkdown: 'Answer the questions.',
    };
    const { user, onConflict } = renderForm(
      [
        {
          request: { query: UpdateAssignmentMutation, variables: { input: { ...edited, title: 'Tube warm-up worksheet', id: 'asg-1', expectedVersion: 1 } } },
          result: { errors: [gqlError(ErrorCode.BadUserInput, 'Invalid input', { dueOffsetMinutes: ['Homework cannot be due before the session it is set at.'] })] },
        },
        {
          request: { query: UpdateAssignmentMutation, variables: { input: { ...edited, title: 'Tube warm-up, take 2', id: 'asg-1', expectedVersion: 1 } } },
          result: { errors: [gqlError(ErrorCode.Conflict, 'This assignment was changed by someone else.')] },
        },
      ],
      saved,
    );
    const form = screen.getByRole('form', { name: 'Edit assignment: Tube warm-up worksheet' });
    // A rule only the API knows: its message lands on the field it names.
    await user.click(within(form).getByRole('button', { name: 'Save assignment' }));
    const amount = within(form).getByRole('textbox', { name: 'How many' });
    expect(await within(form).findByText('Homework cannot be due before the session it is set at.')).toBeInTheDocument();
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();

    const title = within(form).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Tube warm-up, take 2');
    await user.click(within(form).getByRole('button', { name: 'Save assignment' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Not saved: someone else saved first');
    expect(alert).toHaveTextContent('Someone else changed this assignment while you were editing. Your changes are still in the form.');
    expect(onConflict).toHaveBeenCalled();
    expect(title).toHaveValue('Tube warm-up, take 2');

    await user.click(within(alert).getByRole('button', { name: 'Discard mine and load theirs' }));
    expect(title).toHaveValue('Tube warm-up worksheet');
  }, 30_000);
});

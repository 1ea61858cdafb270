import { screen, waitFor, within } from '@testing-library/react';
import { ErrorCode } from '@gantry/shared';
import { AgendaLibrarySearchDocument, PlanSessionPageDocument, SetSessionAgendaDocument, SetSessionRecordingDocument } from '@/gql/graphql';
import { coverageRow, ctAgenda, material } from '@/features/agenda/testing';
import { CreateAssignmentMutation, DeleteAssignmentMutation, MoveAssignmentMutation } from '@/features/assignments/api/documents';
import { assignment, counts, SESSION_1, SESSION_2, SESSIONS } from '@/features/assignments/testing';
import { modalities } from '@/testing/cohorts';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as PlanSessionRoute } from './plan-session';

// A mentor in New York planning a Denver cohort's session (7 pm MST = 02:00 UTC next day).
const mentor = me({ id: 'user-3', displayName: 'Dale Okafor', timeZone: 'America/New_York', roles: ['MENTOR'] });
const startsAt = '2030-01-09T02:00:00.000Z';
const endsAt = '2030-01-09T04:00:00.000Z';

const domains = [
  { __typename: 'ExamDomain' as const, id: 'dom-1', code: 'IMAGING_EQUIPMENT', name: 'Imaging equipment function and operation' },
  { __typename: 'ExamDomain' as const, id: 'dom-2', code: 'SAFETY', name: 'Safety and regulatory compliance' },
];

function session(agenda: unknown[]) {
  return { __typename: 'CohortSession', id: 'session-1', number: 1, title: 'CT: gantry, tube and detector', startsAt, endsAt, status: 'SCHEDULED', recordingUrl: null, slidesUrl: null, agenda, assignments: [] };
}

function planPage(agenda: unknown[], viewerCanManage = true) {
  return {
    cohort: {
      __typename: 'Cohort',
      id: 'cohort-1',
      title: 'CRES study group — CT and MRI',
      timeZone: 'America/Denver',
      viewerCanManage,
      modalities: modalities.slice(0, 2),
      sessions: [session(agenda)],
      coverage: [
        coverageRow('MODALITY', 'CT', 'Computed tomography', 3, ['session-1']),
        coverageRow('MODALITY', 'MRI', 'Magnetic resonance imaging', 0, []),
        coverageRow('MODALITY', 'PACS', 'PACS and imaging informatics', 0, []),
        coverageRow('DOMAIN', 'IMAGING_EQUIPMENT', 'Imaging equipment function and operation', 2, ['session-1']),
        coverageRow('DOMAIN', 'SAFETY', 'Safety and regulatory compliance', 0, []),
      ],
    },
    modalities,
    examDomains: domains,
  };
}

const librarySearch: Mocks[number] = {
  request: { query: AgendaLibrarySearchDocument, variables: { filter: { query: null, modalityCodes: ['CT', 'MRI'], domainCodes: null }, first: 10 } },
  result: {
    data: {
      materials: {
        __typename: 'MaterialSearchPage',
        totalCount: 1,
        nodes: [{ __typename: 'MaterialSearchHit', headline: null, material: material('mat-9', 'MRI safety zones', 7, { modalities: [{ __typename: 'Modality', code: 'MRI', name: 'Magnetic resonance imaging' }] }) }],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function render(mocks: Mocks) {
  return renderRoutes(
    [
      { path: '/cohorts/:id/manage/sessions/:sessionId', element: <PlanSessionRoute /> },
      { path: '/cohorts/:id/manage', element: <p>Manage page</p> },
    ],
    { path: '/cohorts/cohort-1/manage/sessions/session-1', mocks: [viewerMock(mentor), librarySearch, ...mocks] },
  );
}

const rows = () => screen.getAllByTestId('plan-item');
/** The order of the rows, by material id. */
const titles = () => rows().map((r) => r.getAttribute('data-row'));

describe('session plan page', () => {
  it('reorders with Move up / Move down (announced, focus kept), asks before leaving unsaved, and saves the new order', async () => {
    const reordered = ctAgenda();
    const saved = [reordered[1]!, reordered[0]!, reordered[2]!].map((i, position) => ({ ...i, position }));
    const { user, router } = render([
      { request: { query: PlanSessionPageDocument, variables: { id: 'cohort-1' } }, result: { data: planPage(ctAgenda()) } },
      {
        request: {
          query: SetSessionAgendaDocument,
          variables: {
            sessionId: 'session-1',
            items: [
              { materialId: 'mat-2', phase: 'BEFORE', release: 'NOW', releaseDays: null },
              { materialId: 'mat-1', phase: 'BEFORE', release: 'NOW', releaseDays: null },
              { materialId: 'mat-3', phase: 'AFTER', release: 'NOW', releaseDays: null },
            ],
          },
        },
        result: { data: { setSessionAgenda: saved.map(({ id, position, phase, release, releaseDays }) => ({ __typename: 'AgendaItem', id, position, phase, release, releaseDays })) } },
      },
      // The page is re-read after saving.
      { request: { query: PlanSessionPageDocument, variables: { id: 'cohort-1' } }, result: { data: planPage(saved) } },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Plan session 1: CT: gantry, tube and detector' })).toBeInTheDocument();
    expect(titles()).toEqual(['mat-1', 'mat-2', 'mat-3']);
    expect(screen.getByTestId('phase-minutes')).toHaveTextContent('Before: 13 minDuring: 0 minAfter: 5 minTotal: 18 min');
    expect(screen.getByRole('button', { name: 'Move CT x-ray tubes and the rotating gantry up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Save agenda' })).toBeDisabled();

    // Keyboard only: focus "Move up" on the second item and press Enter.
    const up = screen.getByRole('button', { name: 'Move CT detectors and calibration up' });
    up.focus();
    await user.keyboard('{Enter}');
    expect(titles()).toEqual(['mat-2', 'mat-1', 'mat-3']);
    await waitFor(() => expect(screen.getByTestId('plan-announcer')).toHaveTextContent('CT detectors and calibration moved to position 1 of 3.'));
    // At the top its "Move up" is disabled, so focus moved to its "Move down".
    expect(screen.getByRole('button', { name: 'Move CT detectors and calibration down' })).toHaveFocus();
    expect(screen.getByTestId('save-state')).toHaveTextContent('You have unsaved changes.');

    // Move the last one up and back down again: same order as before that.
    await user.click(screen.getByRole('button', { name: 'Move CT dose and radiation safety up' }));
    expect(titles()).toEqual(['mat-2', 'mat-3', 'mat-1']);
    await user.click(screen.getByRole('button', { name: 'Move CT dose and radiation safety down' }));
    expect(titles()).toEqual(['mat-2', 'mat-1', 'mat-3']);

    // Leaving with unsaved changes asks first; staying keeps the draft.
    await user.click(screen.getByRole('link', { name: 'Manage CRES study group — CT and MRI' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay and keep editing' }));
    expect(router.state.location.pathname).toBe('/cohorts/cohort-1/manage/sessions/session-1');
    expect(titles()).toEqual(['mat-2', 'mat-1', 'mat-3']);

    await user.click(screen.getByRole('button', { name: 'Save agenda' }));
    expect(await screen.findByText('All changes saved.')).toBeInTheDocument();
    expect(titles()).toEqual(['mat-2', 'mat-1', 'mat-3']);
    expect(await screen.findByText('Agenda saved. Students see each item once it is released.')).toBeInTheDocument();

    // Saved: leaving no longer asks.
    await user.click(screen.getByRole('link', { name: 'Manage CRES study group — CT and MRI' }));
    expect(await screen.findByText('Manage page')).toBeInTheDocument();
  }, 60_000);

  it('edits release rules with the release moment in the viewer’s zone, adds from the library with the defaults, and saves them', async () => {
    const { user } = render([
      { request: { query: PlanSessionPageDocument, variables: { id: 'cohort-1' } }, result: { data: planPage(ctAgenda().slice(0, 1)) } },
      {
        request: {
          query: SetSessionAgendaDocument,
          variables: {
            sessionId: 'session-1',
            items: [
              { materialId: 'mat-1', phase: 'DURING', release: 'DAYS_BEFORE', releaseDays: 3 },
              { materialId: 'mat-9', phase: 'BEFORE', release: 'DAYS_BEFORE', releaseDays: 7 },
            ],
          },
        },
        result: {
          errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: { 'items.1.materialId': ['This item is not in a library you can use.'] } } }],
        },
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: /^Plan session 1/ });
    const row = screen.getAllByTestId('plan-item')[0]!;
    expect(row).toHaveTextContent('Students see it now.');

    await user.selectOptions(within(row).getByRole('combobox', { name: 'Release of CT x-ray tubes and the rotating gantry' }), 'DAYS_BEFORE');
    const days = within(row).getByRole('textbox', { name: 'Days before the session for CT x-ray tubes and the rotating gantry' });
    expect(days).toHaveValue('7');
    await user.clear(days);
    await user.type(days, '3');
    // Three days before 9 pm EST on Tue, Jan 8 (7 pm in Denver).
    expect(row).toHaveTextContent('Students see it from Sat, Jan 5, 9:00 PM EST (7:00 PM MST cohort time)');
    await user.clear(days);
    await user.type(days, '45');
    expect(within(row).getByText('Use 1 to 30 days.')).toBeInTheDocument();
    await user.clear(days);
    await user.type(days, '3');

    await user.selectOptions(within(row).getByRole('combobox', { name: 'Phase of CT x-ray tubes and the rotating gantry' }), 'DURING');
    expect(screen.getByTestId('phase-minutes')).toHaveTextContent('Before: 0 minDuring: 7 min');

    // From the library: appended, before the session, released 7 days ahead.
    const results = await screen.findByRole('list', { name: 'Library results' });
    await user.click(within(results).getByRole('button', { name: 'Add MRI safety zones' }));
    const added = screen.getAllByTestId('plan-item')[1]!;
    expect(added).toHaveTextContent('MRI safety zones');
    expect(within(added).getByRole('combobox', { name: 'Phase of MRI safety zones' })).toHaveValue('BEFORE');
    expect(within(added).getByRole('combobox', { name: 'Release of MRI safety zones' })).toHaveValue('DAYS_BEFORE');
    expect(added).toHaveTextContent('Students see it from Tue, Jan 1, 9:00 PM EST');
    expect(within(results).getByRole('button', { name: 'Added: MRI safety zones' })).toHaveAttribute('aria-disabled', 'true');

    // The API refuses one item: the message shows on that row.
    await user.click(screen.getByRole('button', { name: 'Save agenda' }));
    expect(await within(added).findByText('This item is not in a library you can use.')).toBeInTheDocument();
    expect(screen.getByText('Some items could not be saved; see the messages on them.')).toBeInTheDocument();
    expect(screen.getByTestId('save-state')).toHaveTextContent('You have unsaved changes.');

    await user.selectOptions(within(row).getByRole('combobox', { name: 'Release of CT x-ray tubes and the rotating gantry' }), 'AFTER_END');
    expect(within(row).queryByRole('textbox', { name: /^Days before/ })).not.toBeInTheDocument();
    expect(row).toHaveTextContent('Students see it from Tue, Jan 8, 11:00 PM EST (9:00 PM MST cohort time)');
  }, 60_000);

  it('shows the coverage as a table on request, with the uncovered modalities and domains at 0', async () => {
    const { user } = render([{ request: { query: PlanSessionPageDocument, variables: { id: 'cohort-1' } }, result: { data: planPage(ctAgenda()) } }]);
    const region = await screen.findByRole('region', { name: 'Coverage' });
    expect(within(region).getByTestId('coverage-gaps')).toHaveTextContent('Not covered yet: Magnetic resonance imaging, Safety and regulatory compliance.');
    expect(within(region).getByRole('img', { name: 'Coverage by modality: 1 of 3 covered. Switch to the table view for the numbers.' })).toBeInTheDocument();

    await user.click(within(region).getByRole('radio', { name: 'Table' }));
    const table = within(region).getByRole('table', { name: /^Coverage by modality/ });
    const mri = within(table).getByRole('row', { name: /Magnetic resonance imaging/ });
    expect(within(mri).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '0']);
    expect(mri).toHaveTextContent('Not covered');
    const pacs = within(table).getByRole('row', { name: /PACS and imaging informatics/ });
    expect(within(pacs).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '0']);
    const ct = within(table).getByRole('row', { name: /Computed tomography/ });
    expect(within(ct).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3', '1']);
    const domainsTable = within(region).getByRole('table', { name: /^Coverage by exam domain/ });
    expect(within(within(domainsTable).getByRole('row', { name: /Safety and regulatory compliance/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '0']);
  });

  it('saves the recording and slides links (https only)', async () => {
    const { user } = render([
      { request: { query: PlanSessionPageDocument, variables: { id: 'cohort-1' } }, result: { data: planPage([]) } },
      {
        request: { query: SetSessionRecordingDocument, variables: { sessionId: 'session-1', recordingUrl: 'https://example.org/rec/1', slidesUrl: null } },
        result: { data: { setSessionRecording: { __typename: 'CohortSession', id: 'session-1', recordingUrl: 'https://example.org/rec/1', slidesUrl: null } } },
      },
    ]);
    const region = await screen.findByRole('region', { name: 'Recording and slides' });
    expect(screen.getByText('Nothing on this session’s agenda yet. Add items from the library below.')).toBeInTheDocument();
    const recording = within(region).getByRole('textbox', { name: 'Recording URL' });
    await user.type(recording, 'http://example.org/rec/1');
    await user.click(within(region).getByRole('button', { name: 'Save links' }));
    expect(await within(region).findByText('Use an https:// link.')).toBeInTheDocument();
    await user.clear(recording);
    await user.type(recording, 'https://example.org/rec/1');
    await user.click(within(region).getByRole('button', { name: 'Save links' }));
    expect(await screen.findByText('Recording links saved. Students see them on the session page.')).toBeInTheDocument();
  });

  it('is only for the cohort’s managers', async () => {
    render([{ request: { query: PlanSessionPageDocument, variables: { id: 'cohort-1' } }, result: { data: planPage([], false) } }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not your cohort' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save agenda' })).not.toBeInTheDocument();
  });
});

describe('homework on the session plan page', () => {
  /** The plan page with homework on session 1 of three (ids as the API's: uuids). */
  function homeworkPage(assignments: unknown[]) {
    const page = planPage([]);
    const sessions = SESSIONS.map((x, i) => ({
      ...session([]),
      ...x,
      endsAt: endsAt.replace('2030-01-09', x.startsAt.slice(0, 10)),
      assignments: i === 0 ? assignments : [],
    }));
    return { ...page, cohort: { ...page.cohort, sessions } };
  }

  const worksheet = assignment({ published: true, rubric: [] });
  const quiz = assignment({
    id: 'asg-2',
    position: 1,
    title: 'Detector calibration log',
    kind: 'FILE',
    points: null,
    dueMode: 'ABSOLUTE',
    dueAt: '2030-01-14T02:00:00.000Z',
    dueSessionId: null,
    dueOffsetMinutes: null,
    dueDescription: null,
    latePolicy: 'CLOSE',
    submissionCounts: counts(5, 0, 0, 0),
  });

  function renderHomework(mocks: Mocks, assignments: unknown[] = [worksheet, quiz]) {
    return renderRoutes(
      [
        { path: '/cohorts/:id/manage/sessions/:sessionId', element: <PlanSessionRoute /> },
        { path: '/assignments/:id/grade', element: <p>Grading queue</p> },
      ],
      {
        path: `/cohorts/cohort-1/manage/sessions/${SESSION_1}`,
        mocks: [viewerMock(mentor), librarySearch, { request: { query: PlanSessionPageDocument, variables: { id: 'cohort-1' } }, result: { data: homeworkPage(assignments) } }, ...mocks],
      },
    );
  }

  it('lists the session’s homework with its status, due time in both zones, counts and links; reorders and refuses a delete with the API’s words', async () => {
    const { user } = renderHomework([
      {
        request: { query: MoveAssignmentMutation, variables: { id: 'asg-1', position: 1 } },
        result: { data: { moveAssignment: [{ __typename: 'Assignment', id: 'asg-2', position: 0 }, { __typename: 'Assignment', id: 'asg-1', position: 1 }] } },
      },
      {
        request: { query: DeleteAssignmentMutation, variables: { id: 'asg-1' } },
        result: { errors: [gqlError(ErrorCode.Conflict, 'Students have handed this assignment in, so it can no longer be deleted. Unpublish it instead.')] },
      },
    ]);
    const region = await screen.findByRole('region', { name: 'Homework' });
    const list = within(region).getByRole('list', { name: 'Homework set at session 1' });
    const rows = () => within(list).getAllByTestId('assignment-row');
    expect(rows()).toHaveLength(2);
    const [first, second] = rows();
    expect(first).toHaveTextContent('Tube warm-up worksheetPublished');
    // The viewer is in New York; the cohort in Denver.
    expect(first).toHaveTextContent('Due Tue, Jan 15, 8:00 PM EST (6:00 PM MST cohort time) — 1 hour before session 2');
    expect(first).toHaveTextContent('Written answer · 10 points · accept late work and mark it late');
    expect(within(first!).getByTestId('submission-counts')).toHaveTextContent('3 submitted, 1 late, 1 returned, 2 missing (5 students)');
    expect(within(first!).getByRole('link', { name: 'Grading queue for Tube warm-up worksheet' })).toHaveAttribute('href', '/assignments/asg-1/grade');
    expect(within(first!).getByRole('link', { name: 'Open Tube warm-up worksheet' })).toHaveAttribute('href', '/assignments/asg-1');
    expect(second).toHaveTextContent('Detector calibration logDraft');
    expect(second).toHaveTextContent('Due Sun, Jan 13, 9:00 PM EST (7:00 PM MST cohort time)');
    expect(second).toHaveTextContent('File upload · ungraded · close at the due time');
    expect(within(region).getByRole('link', { name: 'Open the gradebook' })).toHaveAttribute('href', '/cohorts/cohort-1/gradebook');

    // Reorder: the answer's positions re-sort the list; focus stays on the moved item.
    expect(within(first!).getByRole('button', { name: 'Move Tube warm-up worksheet up' })).toBeDisabled();
    await user.click(within(first!).getByRole('button', { name: 'Move Tube warm-up worksheet down' }));
    await waitFor(() => expect(rows().map((r) => r.getAttribute('data-assignment'))).toEqual(['asg-2', 'asg-1']));
    await waitFor(() => expect(screen.getByTestId('assignment-announcer')).toHaveTextContent('Tube warm-up worksheet moved to position 2 of 2.'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move Tube warm-up worksheet up' })).toHaveFocus());

    // Delete asks first, and shows why the API refuses.
    await user.click(screen.getByRole('button', { name: 'Delete Tube warm-up worksheet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Tube warm-up worksheet”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete assignment' }));
    expect(await within(dialog).findByText('Students have handed this assignment in, so it can no longer be deleted. Unpublish it instead.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(rows()).toHaveLength(2);
  }, 60_000);

  it('creates an assignment with a rubric from the form; it joins the list and focus returns to it', async () => {
    const created = assignment({
      id: 'asg-3',
      title: 'Quench drill',
      published: true,
      rubric: [{ __typename: 'RubricCriterion', id: 'crit-1', title: 'Steps in order', description: '', points: 6 }, { __typename: 'RubricCriterion', id: 'crit-2', title: 'Safety calls', description: '', points: 4 }],
      submissionCounts: counts(5, 0, 0, 0),
    });
    const ids = ['crit-1', 'crit-2'];
    const uuid = vi.spyOn(globalThis.crypto, 'randomUUID').mockImplementation(() => ids.shift() as `${string}-${string}-${string}-${string}-${string}`);
    const { user } = renderHomework(
      [
        {
          request: {
            query: CreateAssignmentMutation,
            variables: {
              input: {
                sessionId: SESSION_1,
                title: 'Quench drill',
                instructionsMarkdown: 'Walk through a **quench**.',
                kind: 'WRITTEN',
                points: 10,
                dueMode: 'RELATIVE',
                dueAt: null,
                dueSessionId: SESSION_2,
                dueOffsetMinutes: -60,
                latePolicy: 'ACCEPT_LATE',
                rubric: [
                  { id: 'crit-1', title: 'Steps in order', description: '', points: 6 },
                  { id: 'crit-2', title: 'Safety calls', description: '', points: 4 },
                ],
                publish: true,
              },
            },
          },
          result: { data: { createAssignment: created } },
        },
      ],
      [],
    );
    const region = await screen.findByRole('region', { name: 'Homework' });
    expect(within(region).getByText('No homework on this session yet.')).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'New assignment' }));
    const form = within(region).getByRole('form', { name: 'New assignment' });
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveFocus();
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Quench drill');
    await user.type(within(form).getByRole('textbox', { name: 'Instructions' }), 'Walk through a **quench**.');
    for (const [i, [title, points]] of [['Steps in order', '6'], ['Safety calls', '4']].entries()) {
      await user.click(within(form).getByRole('button', { name: 'Add criterion' }));
      await user.type(within(form).getByRole('textbox', { name: `Criterion ${i + 1}` }), title!);
      const p = within(form).getByRole('textbox', { name: `Points for criterion ${i + 1}` });
      await user.clear(p);
      await user.type(p, points!);
    }
    expect(within(form).getByTestId('rubric-total')).toHaveTextContent('Criteria total: 10 points of 10 ✓');
    await user.click(within(form).getByRole('switch', { name: 'Published' }));
    await user.click(within(form).getByRole('button', { name: 'Create assignment' }));

    const row = await within(region).findByTestId('assignment-row');
    expect(row).toHaveTextContent('Quench drillPublished');
    expect(row).toHaveTextContent('rubric of 2 criteria');
    await waitFor(() => expect(within(region).queryByRole('form')).not.toBeInTheDocument());
    await waitFor(() => expect(within(row).getByRole('button', { name: 'Edit Quench drill' })).toHaveFocus());
    uuid.mockRestore();
  }, 60_000);
});

import axe from 'axe-core';
import { screen, within } from '@testing-library/react';
import { ChapterReadinessDocument, ChapterReadinessViewerDocument } from '@/gql/graphql';
import { QueryAnswered, renderAt, type Mocks } from '@/testing/render';
import { cell, DOMAINS } from '../testing';
import { ChapterReadinessSection } from './ChapterReadinessSection';

const [care, safety, equipment, networking] = DOMAINS;

function viewer(memberships: { chapterId: string; role: 'CHAPTER_ADMIN' | 'MENTOR' }[], isPlatformAdmin = false): Mocks[number] {
  return {
    request: { query: ChapterReadinessViewerDocument },
    result: {
      data: {
        viewer: { __typename: 'Me', id: 'user-9', isPlatformAdmin, memberships: memberships.map((m, i) => ({ __typename: 'ChapterMembership', id: `m-${i}`, ...m })) },
      },
    },
  };
}

function summary(cohortId: string, title: string, students: number, studentsWithData: number, cells: ReturnType<typeof cell>[], weakest: ReturnType<typeof cell>[]) {
  const answered = cells.reduce((n, c) => n + c.total, 0);
  return { __typename: 'CohortReadinessSummary', cohortId, title, status: 'RUNNING', students, studentsWithData, answered, cohortCells: cells, weakest };
}

const readiness = (cohorts: unknown[], totalCohorts = cohorts.length): Mocks[number] => ({
  request: { query: ChapterReadinessDocument, variables: { chapterId: 'chapter-1' } },
  result: { data: { chapterReadiness: { __typename: 'ChapterReadiness', domains: DOMAINS, cohorts, totalCohorts } } },
});

function render(mocks: Mocks) {
  return renderAt('/chapters/cabmet', <ChapterReadinessSection chapterId="chapter-1" />, mocks, { '/cohorts/:id/readiness': 'Cohort heatmap' });
}

describe('readiness across a chapter’s cohorts', () => {
  it('shows each cohort’s weakest domains and its scores by domain, as bars or a table, each a way to its heatmap', async () => {
    const ct = summary(
      'cohort-1',
      'CT spring group',
      12,
      9,
      [cell(care, 30, 40), cell(safety, 8, 20), cell(equipment, 12, 20), cell(networking, 0, 0)],
      [cell(safety, 8, 20), cell(equipment, 12, 20), cell(care, 30, 40)],
    );
    const mri = summary('cohort-2', 'MRI evening group', 4, 0, DOMAINS.map((d) => cell(d, 0, 0)), []);
    const { user, container } = render([viewer([{ chapterId: 'chapter-1', role: 'CHAPTER_ADMIN' }]), readiness([ct, mri], 51)]);

    const section = await screen.findByRole('region', { name: 'Readiness across cohorts' });
    const cohorts = await within(section).findAllByTestId('chapter-readiness-cohort');
    expect(cohorts).toHaveLength(2);
    expect(within(cohorts[0]!).getByRole('link', { name: 'CT spring group' })).toHaveAttribute('href', '/cohorts/cohort-1/readiness');
    expect(section).toHaveTextContent('The 2 newest of 51 cohorts.');
    expect(cohorts[0]).toHaveTextContent('12 students · 9 with answers · 80 answers');
    expect(within(cohorts[0]!).getByTestId('chapter-readiness-weakest')).toHaveTextContent('Weakest: Safety and infection control (40 %); Imaging equipment (60 %); Patient care (75 %).');
    expect(within(cohorts[0]!).getByRole('img', { name: /^CT spring group: score by exam domain: Patient care 75 %; Safety and infection control 40 %; Imaging equipment 60 %; Networking and IT no answers\./ })).toBeInTheDocument();
    expect(within(cohorts[1]!).getByTestId('chapter-readiness-weakest')).toHaveTextContent('No answers yet.');
    expect(within(cohorts[1]!).queryByRole('img')).not.toBeInTheDocument();
    await expectNoViolations(container);

    await user.click(within(cohorts[0]!).getByRole('radio', { name: 'Table' }));
    const table = await within(cohorts[0]!).findByTestId('chapter-readiness-table');
    expect(within(table).getAllByTestId('chapter-readiness-row').map((r) => r.textContent)).toEqual([
      'Patient care75 %3040',
      'Safety and infection control40 %820',
      'Imaging equipment60 %1220',
      'Networking and IT—00',
    ]);

    await user.click(within(cohorts[0]!).getByRole('link', { name: 'CT spring group' }));
    expect(await screen.findByText('Cohort heatmap')).toBeInTheDocument();
  });

  it('says so when the chapter has no cohorts to show', async () => {
    render([viewer([], true), readiness([])]);
    expect(await screen.findByText('No cohorts to show yet: drafts and cancelled cohorts are left out.')).toBeInTheDocument();
  });

  it('shows nothing to a mentor of the chapter or an admin of another', async () => {
    renderAt(
      '/chapters/cabmet',
      <>
        <ChapterReadinessSection chapterId="chapter-1" />
        <QueryAnswered query={ChapterReadinessViewerDocument} />
      </>,
      [
        viewer([
          { chapterId: 'chapter-1', role: 'MENTOR' },
          { chapterId: 'chapter-2', role: 'CHAPTER_ADMIN' },
        ]),
      ],
    );
    // Checked once the answer has arrived (a fixed pause proves nothing on a slow machine).
    await screen.findByText('Query answered');
    expect(screen.queryByRole('region', { name: 'Readiness across cohorts' })).not.toBeInTheDocument();
  });
});

async function expectNoViolations(container: HTMLElement) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import { ReadinessPageDocument } from '@/gql/graphql';
import { cell, DOMAINS, link, material, modality, modalityCell, studyNext, trendPoint } from '@/features/readiness/testing';
import { me, viewerMock, type MeFixture } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as ReadinessRoute } from './readiness';

const [care, safety, equipment, networking] = DOMAINS;
const ct = modality('m-1', 'CT', 'Computed tomography');
const mri = modality('m-2', 'MRI', 'Magnetic resonance');

function readiness(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Readiness',
    answered: 24,
    coveredDomains: 3,
    coveragePercent: 75,
    byDomain: [cell(care, 7, 8), cell(safety, 2, 8), cell(equipment, 5, 8), cell(networking, 0, 0)],
    byModality: [modalityCell(ct, 9, 12), modalityCell(mri, 3, 8), modalityCell(null, 2, 4)],
    trend: [
      trendPoint('att-1', '2030-01-10T02:30:00.000Z', 40, 'PRACTICE', 'Safety warm-up'),
      trendPoint('att-2', '2030-01-17T02:30:00.000Z', 55, 'PRACTICE', 'Equipment quiz'),
      trendPoint('att-3', '2030-01-24T18:00:00.000Z', 62, 'MOCK', 'Mock exam'),
    ],
    studyNext: [
      studyNext(safety, 2, 8, [link('mat-1', 'Hand hygiene in the imaging suite', 'item-7'), link('mat-2', 'Contrast reactions')], [material('mat-1', 20, 'The five moments, at the scanner.')]),
      studyNext(equipment, 5, 8, []),
    ],
    ...overrides,
  };
}

const pageMock = (data: unknown): Mocks[number] => ({ request: { query: ReadinessPageDocument }, result: { data: { myReadiness: data } } });

function render(mocks: Mocks, viewer: MeFixture = me()) {
  return renderRoutes(
    [
      { path: '/readiness', element: <ReadinessRoute /> },
      { path: '/attempts/:id', element: <p>Attempt page</p> },
    ],
    { path: '/readiness', mocks: [viewerMock(viewer), ...mocks] },
  );
}

/** axe-core on the rendered page (contrast needs a real browser: the e2e test checks it). */
async function expectNoA11yViolations(container: HTMLElement) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

describe('exam practice (the student’s weak-area map)', () => {
  it('shows the totals, study next, scores by domain and modality as charts or tables, and the trend whose rows open each attempt', async () => {
    const { user, container } = render([pageMock(readiness())]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Exam practice' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take a mock exam' })).toHaveAttribute('href', '/practice/mock-exam');

    const summary = await screen.findByTestId('readiness-summary');
    // 14 of 24 correct overall; coverage as the API counts it; three attempts.
    expect(summary).toHaveTextContent('Overall58 %24 answers');
    expect(summary).toHaveTextContent('Coverage75 %3 of 4 domains with 5 or more answers');
    expect(summary).toHaveTextContent('Attempts3submitted');

    // Study next: the weakest domains; a released agenda item opens where the student reads it, a library title is only a title.
    const items = within(screen.getByTestId('study-next')).getAllByTestId('study-next-item');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('heading', { level: 3 })).toHaveTextContent('1. Safety and infection control (25 % correct, 2 of 8)');
    const links = within(items[0]!).getAllByRole('listitem');
    expect(links.map((li) => li.textContent)).toEqual([
      'Hand hygiene in the imaging suite · 20 min — The five moments, at the scanner.',
      'Contrast reactions',
    ]);
    expect(screen.getByTestId('study-next-note')).toHaveTextContent('Titles without a link are in the library but not on your cohort’s agendas yet: ask your mentor to share them.');
    expect(within(links[0]!).getByRole('link', { name: 'Hand hygiene in the imaging suite' })).toHaveAttribute('href', '/agenda/item-7');
    expect(within(links[1]!).queryByRole('link')).not.toBeInTheDocument();
    expect(within(items[0]!).queryByRole('link', { name: /in the library$/ })).not.toBeInTheDocument();
    expect(items[1]).toHaveTextContent('2. Imaging equipment (63 % correct, 5 of 8)');
    expect(items[1]).toHaveTextContent('No library material is tagged with this domain yet; ask your mentor what to read.');

    // By domain: the chart summarizes, the table has the numbers.
    expect(screen.getByRole('img', { name: /^Score by exam domain: Patient care 88 %; Safety and infection control 25 %; Imaging equipment 63 %; Networking and IT no answers\./ })).toBeInTheDocument();
    await user.click(within(screen.getByRole('radiogroup', { name: 'Show score by exam domain as' })).getByRole('radio', { name: 'Table' }));
    const domainTable = await screen.findByTestId('domain-scores-table');
    expect(within(domainTable).getAllByTestId('domain-scores-row').map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['Patient care', '88 %', '7', '8'],
      ['Safety and infection control', '25 %', '2', '8'],
      ['Imaging equipment', '63 %', '5', '8'],
      ['Networking and IT', '—', '0', '0'],
    ]);

    // By modality, general questions included.
    await user.click(within(screen.getByRole('radiogroup', { name: 'Show score by modality as' })).getByRole('radio', { name: 'Table' }));
    const modalityTable = await screen.findByTestId('modality-scores-table');
    expect(within(modalityTable).getAllByTestId('modality-scores-row').map((r) => r.textContent)).toEqual([
      'Computed tomography75 %912',
      'Magnetic resonance38 %38',
      'General (any modality)50 %24',
    ]);

    // The trend: a line with a summary, or a table (in the viewer's zone) whose rows open the attempt.
    expect(screen.getByRole('img', { name: /^Score over 3 attempts: from 40 % to 62 %, lowest 40 %, highest 62 %\./ })).toBeInTheDocument();
    await user.click(within(screen.getByRole('radiogroup', { name: 'Show score over attempts as' })).getByRole('radio', { name: 'Table' }));
    const trend = await screen.findByTestId('trend-table');
    const rows = within(trend).getAllByTestId('trend-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Safety warm-upWed, Jan 9, 2030, 7:30 PM MSTPractice quiz40 %',
      'Equipment quizWed, Jan 16, 2030, 7:30 PM MSTPractice quiz55 %',
      'Mock examThu, Jan 24, 2030, 11:00 AM MSTMock exam62 %',
    ]);
    expect(within(rows[2]!).getByRole('link', { name: 'Mock exam' })).toHaveAttribute('href', '/attempts/att-3');
    await expectNoA11yViolations(container);

    await user.click(within(rows[0]!).getByRole('link', { name: 'Safety warm-up' }));
    expect(await screen.findByText('Attempt page')).toBeInTheDocument();
  });

  it('links study material and the domain’s shelf for someone who uses the library', async () => {
    render([pageMock(readiness())], me({ roles: ['MENTOR'] }));
    const items = await screen.findAllByTestId('study-next-item');
    expect(within(items[0]!).getByRole('link', { name: 'Hand hygiene in the imaging suite' })).toHaveAttribute('href', '/agenda/item-7');
    expect(within(items[0]!).getByRole('link', { name: 'Contrast reactions' })).toHaveAttribute('href', '/library/mat-2');
    expect(screen.queryByTestId('study-next-note')).not.toBeInTheDocument();
    expect(within(items[0]!).getByRole('link', { name: 'Everything on Safety and infection control in the library' })).toHaveAttribute('href', '/library?domain=SAFETY');
  });

  it('points someone without answers at the mock exam and their quizzes', async () => {
    const { container } = render([
      pageMock(readiness({ answered: 0, coveredDomains: 0, coveragePercent: 0, byDomain: DOMAINS.map((d) => cell(d, 0, 0)), byModality: [], trend: [], studyNext: [] })),
    ]);
    const empty = await screen.findByTestId('readiness-empty');
    expect(within(empty).getByRole('heading', { level: 2, name: 'No answers yet' })).toBeInTheDocument();
    expect(within(empty).getByRole('link', { name: 'Start with a mock exam' })).toHaveAttribute('href', '/practice/mock-exam');
    expect(within(empty).getByRole('link', { name: 'See your quizzes and homework' })).toHaveAttribute('href', '/todo');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('readiness-summary')).not.toBeInTheDocument());
    await expectNoA11yViolations(container);
  });
});

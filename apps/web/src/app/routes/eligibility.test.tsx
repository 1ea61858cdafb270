import { screen, waitFor, within } from '@testing-library/react';
import { CeLedgerQuery, MyEligibilityQuery, SaveCertificationProfileMutation } from '@/features/ce/api/documents';
import { ledger, profile } from '@/features/ce/testing';
import { me, viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as EligibilityRoute } from './eligibility';

const student = me({ id: 'user-7', timeZone: 'America/Denver' });
const path = (id: string, label: string) => ({ __typename: 'EligibilityPath', pathId: id, label });
const eligibility = (answer: Record<string, unknown>) => ({
  request: { query: MyEligibilityQuery },
  result: { data: { myEligibility: { __typename: 'EligibilityResult', missing: [], eligibleOn: null, candidateUntil: null, path: null, ...answer } } },
});

function render(mocks: Mocks) {
  return renderRoutes([{ path: '/ce/eligibility', element: <EligibilityRoute /> }], { path: '/ce/eligibility', mocks: [viewerMock(student), ...mocks] });
}

describe('eligibility self-check page', () => {
  it('says “eligible now” with the path, the answers it used and the rules edition with its date', async () => {
    render([
      { request: { query: CeLedgerQuery }, result: { data: { myCeLedger: ledger() } } },
      eligibility({ eligible: true, path: path('bmet-associate', 'Associate degree in BMET + 2 years of full-time BMET work') }),
    ]);
    expect(await screen.findByTestId('eligibility-result')).toHaveTextContent('Eligible now via Associate degree in BMET + 2 years of full-time BMET work');
    const answers = screen.getByRole('table', { name: 'Your answers' });
    expect(answers).toHaveTextContent('Associate degree in biomedical equipment technology');
    expect(answers).toHaveTextContent('3 years as of January 1, 2024');
    expect(answers).toHaveTextContent('60 %');
    expect(screen.getByTestId('rules-edition')).toHaveTextContent('Edition 2025-06, effective June 1, 2025');
    expect(screen.getByTestId('rules-edition')).toHaveTextContent('Provisional');
    expect(screen.getByRole('region', { name: 'The rules' })).toHaveTextContent('at least 40 % of full-time work must be on imaging');
  });

  it('lists what is missing and when they will be eligible; answers edited inline are checked again', async () => {
    const missing = 'Associate degree in electronics + 3 years of full-time BMET work: you have about 1.5 years of full-time BMET work; at this pace you will have 3 years on June 1, 2028.';
    const start = profile({ degree: 'ELECTRONICS_ASSOCIATE', bmetYears: 1, experienceAsOf: '2026-06-01', imagingPercent: 30, version: 4 });
    const { user } = render([
      { request: { query: CeLedgerQuery }, result: { data: { myCeLedger: ledger({ profile: start }) } } },
      eligibility({
        eligible: false,
        path: path('electronics-associate', 'Associate degree in electronics + 3 years of full-time BMET work'),
        missing: ['At least 40 % of your full-time work must be on imaging or radiology equipment, and documented; you entered 30 %.', missing],
      }),
      {
        request: {
          query: SaveCertificationProfileMutation,
          variables: { input: { certifiedOn: '2024-03-04', degree: 'ELECTRONICS_ASSOCIATE', bmetYears: 1, experienceAsOf: '2026-06-01', imagingPercent: 45, expectedVersion: 4 } },
        },
        result: { data: { saveCertificationProfile: ledger({ profile: { ...start, imagingPercent: 45, version: 5 } }) } },
      },
      eligibility({
        eligible: false,
        path: path('electronics-associate', 'Associate degree in electronics + 3 years of full-time BMET work'),
        missing: [missing],
        eligibleOn: '2028-06-01',
        candidateUntil: '2031-11-22',
      }),
    ]);
    const result = await screen.findByTestId('eligibility-result');
    expect(result).toHaveTextContent('Not eligible yet');
    expect(within(result).getAllByRole('listitem')).toHaveLength(2);
    expect(result).toHaveTextContent('you entered 30 %');

    await user.click(screen.getByRole('button', { name: 'Edit answers' }));
    const form = await screen.findByRole('form', { name: 'Certification profile' });
    // The self-check asks only for the eligibility inputs.
    expect(within(form).queryByLabelText(/^Certified on/)).not.toBeInTheDocument();
    const imaging = within(form).getByLabelText(/^Share of your work on imaging/);
    await user.clear(imaging);
    await user.type(imaging, '145');
    await user.click(within(form).getByRole('button', { name: 'Save profile' }));
    expect(await within(form).findByText('A percentage is between 0 and 100.')).toBeInTheDocument();
    await user.clear(imaging);
    await user.type(imaging, '45');
    await user.click(within(form).getByRole('button', { name: 'Save profile' }));

    await waitFor(() => expect(screen.getByTestId('eligibility-result')).toHaveTextContent('Not yet: eligible on June 1, 2028'));
    expect(screen.getByTestId('candidate-until')).toHaveTextContent('meet the requirements by November 22, 2031');
    expect(screen.getByRole('table', { name: 'Your answers' })).toHaveTextContent('45 %');
  });
});

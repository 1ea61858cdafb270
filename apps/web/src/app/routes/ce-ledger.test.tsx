import { screen, waitFor, within } from '@testing-library/react';
import { ErrorCode } from '@gantry/shared';
import { AddCeEntryMutation, CeLedgerQuery, MyCertificateLinksQuery, SaveCertificationProfileMutation, UpdateCeEntryMutation } from '@/features/ce/api/documents';
import { entry, gantryEntry, ledger, profile } from '@/features/ce/testing';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as LedgerRoute } from './ce-ledger';

const student = me({ id: 'user-7', displayName: 'Avery Chen', timeZone: 'America/Denver' });
const ledgerMock = (answer: unknown) => ({ request: { query: CeLedgerQuery }, result: { data: { myCeLedger: answer } } });

const certificateLinks = {
  request: { query: MyCertificateLinksQuery },
  result: { data: { myCertificates: [{ __typename: 'Certificate', id: 'cert-1', code: 'GNT-7K3M-Q9XP-4D2A', cohortId: 'cohort-1' }] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function render(mocks: Mocks) {
  return renderRoutes([{ path: '/ce', element: <LedgerRoute /> }], { path: '/ce', mocks: [viewerMock(student), certificateLinks, ...mocks] });
}

describe('CE ledger page', () => {
  it('shows the cycle’s progress, the unit ratio as a provisional setting, the entries and units by year as a table', async () => {
    const { user } = render([ledgerMock(ledger())]);
    expect(await screen.findByTestId('cycle-text')).toHaveTextContent('18.5 of 30 units · cycle ends March 3, 2027 · 101 days left');
    const bar = screen.getByRole('progressbar', { name: 'Units this cycle' });
    expect(bar).toHaveAttribute('aria-valuenow', '18.5');
    expect(bar).toHaveAttribute('aria-valuemax', '30');
    expect(screen.getByTestId('unit-ratio')).toHaveTextContent('Unit ratio (a setting): 1 unit per contact hour — provisional.');

    const table = screen.getByRole('table', { name: 'Continuing-education entries' });
    const [gantry, manual] = within(table).getAllByTestId('ce-entry');
    expect(gantry).toHaveTextContent('CRES study group — CT and MRI');
    expect(gantry).toHaveTextContent('Gantry');
    expect(within(gantry!).getByRole('link', { name: /^PDF of the certificate for CRES study group/ })).toHaveAttribute('href', '/exports/certificates/cert-1.pdf');
    expect(await within(gantry!).findByRole('link', { name: /^Verify the certificate for CRES study group/ })).toHaveAttribute('href', '/verify/GNT-7K3M-Q9XP-4D2A');
    expect(within(gantry!).getByRole('link', { name: /Cohort page of CRES study group/ })).toHaveAttribute('href', '/cohorts/cohort-1');
    // Gantry rows are read-only.
    expect(within(gantry!).queryByRole('button')).not.toBeInTheDocument();
    expect(manual).toHaveTextContent('AAMI eXchange: imaging track');
    expect(within(manual!).getByRole('button', { name: 'Edit AAMI eXchange: imaging track' })).toBeInTheDocument();

    // The chart is a picture; the table view has the numbers.
    expect(screen.getByRole('img', { name: /Units by year, 2025 to 2026: 18.5 in all/ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Table' }));
    const units = await screen.findByTestId('units-table');
    const rows = within(units).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/2025\s*0\s*9\s*9/);
    expect(rows[2]).toHaveTextContent(/2026\s*9\.5\s*0\s*9\.5/);
  });

  it('says how to start a cycle when no certification date is saved', async () => {
    render([ledgerMock(ledger({ cycle: null, profile: profile({ certifiedOn: null }), entries: [] }))]);
    expect(await screen.findByTestId('cycle-text')).toHaveTextContent('Enter the date you were certified (below) to see your recertification cycle.');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('checks new hours with the shared rules before sending, then adds them and shows the new total', async () => {
    const input = { title: 'Vendor CT service school', provider: 'Siemens Healthineers', completedOn: '2026-05-20', hours: 24, note: null };
    const added = entry({ id: 'ce-2', ...input, units: 24 });
    const { user } = render([
      ledgerMock(ledger()),
      { request: { query: AddCeEntryMutation, variables: { input } }, result: { data: { addCeEntry: added } } },
      ledgerMock(
        ledger({
          entries: [gantryEntry, added, entry()],
          cycle: { ...ledger().cycle, earnedUnits: 42.5, percent: 100 },
        }),
      ),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Add hours' }));
    const form = await screen.findByRole('form', { name: 'Add hours' });
    await user.type(within(form).getByLabelText(/^Completed on/), '2099-01-01');
    await user.click(within(form).getByRole('button', { name: 'Add hours' }));
    expect(await within(form).findByText('Name the course or activity (at least 2 characters).')).toBeInTheDocument();
    expect(within(form).getByText('The completion date cannot be in the future.')).toBeInTheDocument();
    expect(within(form).getByText('Enter the contact hours.')).toBeInTheDocument();

    await user.type(within(form).getByLabelText(/^Course or activity/), input.title);
    await user.type(within(form).getByLabelText(/^Provider/), input.provider);
    await user.clear(within(form).getByLabelText(/^Completed on/));
    await user.type(within(form).getByLabelText(/^Completed on/), input.completedOn);
    await user.type(within(form).getByLabelText(/^Contact hours/), '24');
    await user.click(within(form).getByRole('button', { name: 'Add hours' }));
    await waitFor(() => expect(screen.getByTestId('cycle-text')).toHaveTextContent('42.5 of 30 units'));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add hours' })).not.toBeInTheDocument());
    expect(screen.getAllByTestId('ce-entry')).toHaveLength(3);
  });

  it('keeps the edit and offers the saved version when the entry changed elsewhere (CONFLICT)', async () => {
    const { user } = render([
      ledgerMock(ledger()),
      {
        request: {
          query: UpdateCeEntryMutation,
          variables: { id: 'ce-1', input: { title: 'AAMI eXchange: imaging track', provider: 'AAMI', completedOn: '2025-06-14', hours: 10, note: null, expectedVersion: 1 } },
        },
        result: { errors: [gqlError(ErrorCode.Conflict, 'This entry was changed since you opened it.')] },
      },
      ledgerMock(ledger({ entries: [gantryEntry, entry({ hours: 12, units: 12, version: 2 })] })),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit AAMI eXchange: imaging track' }));
    const form = await screen.findByRole('form', { name: 'Edit AAMI eXchange: imaging track' });
    const hours = within(form).getByLabelText(/^Contact hours/);
    await user.clear(hours);
    await user.type(hours, '10');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('This entry was changed since you opened it.');
    expect(hours).toHaveValue('10');
    await user.click(within(form).getByRole('button', { name: 'Close and load the saved entry' }));
    await waitFor(() => expect(screen.getAllByTestId('ce-entry')[1]).toHaveTextContent('12'));
    expect(screen.queryByRole('form', { name: 'Edit AAMI eXchange: imaging track' })).not.toBeInTheDocument();
  });

  it('saves the certification profile, with the server’s field errors on their fields', async () => {
    const base = { degree: 'BMET_ASSOCIATE', bmetYears: 3, experienceAsOf: '2024-01-01', imagingPercent: 60, expectedVersion: 2 };
    const { user } = render([
      ledgerMock(ledger()),
      {
        request: { query: SaveCertificationProfileMutation, variables: { input: { ...base, certifiedOn: '2024-03-05' } } },
        result: { errors: [gqlError(ErrorCode.BadUserInput, 'Some fields need attention.', { certifiedOn: ['The certification date is before your first entry.'] })] },
      },
      {
        request: { query: SaveCertificationProfileMutation, variables: { input: { ...base, certifiedOn: '2024-03-06' } } },
        result: {
          data: {
            saveCertificationProfile: ledger({
              profile: profile({ certifiedOn: '2024-03-06', version: 3 }),
              cycle: { ...ledger().cycle, startsOn: '2024-03-06', endsOn: '2027-03-05', daysLeft: 103 },
            }),
          },
        },
      },
    ]);
    const form = await screen.findByRole('form', { name: 'Certification profile' });
    const certified = within(form).getByLabelText(/^Certified on/);
    expect(certified).toHaveValue('2024-03-04');
    await user.clear(certified);
    await user.type(certified, '2099-03-05');
    await user.click(within(form).getByRole('button', { name: 'Save profile' }));
    expect(await within(form).findByText('The certification date cannot be in the future.')).toBeInTheDocument();

    await user.clear(certified);
    await user.type(certified, '2024-03-05');
    await user.click(within(form).getByRole('button', { name: 'Save profile' }));
    expect(await within(form).findByText('The certification date is before your first entry.')).toBeInTheDocument();

    await user.clear(certified);
    await user.type(certified, '2024-03-06');
    await user.click(within(form).getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(screen.getByTestId('cycle-text')).toHaveTextContent('cycle ends March 5, 2027 · 103 days left'));
  });
});

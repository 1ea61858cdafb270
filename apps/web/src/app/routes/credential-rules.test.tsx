import { screen, waitFor, within } from '@testing-library/react';
import { ErrorCode } from '@gantry/shared';
import { CredentialRuleEditionsQuery, PublishCredentialRulesMutation } from '@/features/ce/api/documents';
import { rules } from '@/features/ce/testing';
import { ExamBlueprintsQuery } from '@/features/practice/api/documents';
import { blueprint, DOMAIN_EQUIPMENT, DOMAIN_SAFETY } from '@/features/practice/testing';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as RulesRoute } from './credential-rules';

const admin = me({ id: 'admin-1', displayName: 'Pat Admin', roles: ['PLATFORM_ADMIN'], isPlatformAdmin: true });
const first = rules();
const editions = (current: unknown, all: unknown[]) => ({ request: { query: CredentialRuleEditionsQuery }, result: { data: { credentialRules: current, credentialRuleEditions: all } } });

// The page's other section: the mock exam's blueprint (tested with its own component).
const blueprints = {
  request: { query: ExamBlueprintsQuery },
  result: { data: { examBlueprint: blueprint(), examBlueprints: [blueprint()], examDomains: [{ ...DOMAIN_EQUIPMENT, code: 'EQUIPMENT' }, { ...DOMAIN_SAFETY, code: 'SAFETY' }] } },
};

function render(viewer: ReturnType<typeof me>, mocks: Mocks) {
  return renderRoutes([{ path: '/admin/credential-rules', element: <RulesRoute /> }], {
    path: '/admin/credential-rules',
    mocks: [viewerMock(viewer), blueprints, ...mocks],
  });
}

describe('CRES rules page', () => {
  it('is for platform admins only', async () => {
    render(me(), []);
    expect(await screen.findByText('Platform admins only')).toBeInTheDocument();
  });

  it('shows the edition in force and the history; publishes a new edition with paths added and removed, after field checks', async () => {
    const paths = first.paths.map((p) => ({ id: p.pathId, label: p.label, degree: p.degree, minYears: p.minYears }));
    const input = {
      edition: '2027-01',
      effectiveFrom: '2027-01-01',
      provisional: true,
      cycleYears: 3,
      requiredUnits: 36,
      unitsPerContactHour: 1,
      minImagingPercent: 40,
      candidateYears: 5,
      paths: [...paths.slice(0, 3), { id: 'bachelor', label: 'Bachelor degree + 1 year of full-time BMET work', degree: 'NONE', minYears: 1 }],
    };
    const next = rules({
      edition: '2027-01',
      effectiveFrom: '2027-01-01',
      requiredUnits: 36,
      paths: input.paths.map((p) => ({ __typename: 'EligibilityPath', pathId: p.id, label: p.label, degree: p.degree, minYears: p.minYears })),
    });
    const { user } = render(admin, [
      editions(first, [first]),
      {
        request: { query: PublishCredentialRulesMutation, variables: { input: { ...input, edition: '2025-06' } } },
        result: { errors: [gqlError(ErrorCode.BadUserInput, 'Some fields need attention.', { edition: ['Edition 2025-06 already exists.'] })] },
      },
      { request: { query: PublishCredentialRulesMutation, variables: { input } }, result: { data: { publishCredentialRules: next } } },
      editions(first, [next, first]),
    ]);

    const current = await screen.findByTestId('current-edition');
    expect(current).toHaveTextContent('Edition 2025-06');
    expect(current).toHaveTextContent('effective June 1, 2025');
    expect(current).toHaveTextContent('30 units every 3 years, at 1 unit per contact hour');
    expect(within(current).getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getAllByTestId('edition-row')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Publish a new edition' }));
    const form = await screen.findByRole('form', { name: 'Publish a new edition' });
    // Starts from the edition in force.
    expect(within(form).getAllByTestId('rules-path')).toHaveLength(4);
    expect(within(form).getByLabelText(/^Units per cycle/)).toHaveValue('30');
    await user.click(within(form).getByRole('button', { name: 'Publish edition' }));
    expect(await within(form).findByText('Name the edition, like 2025-06.')).toBeInTheDocument();
    expect(within(form).getByText('Enter the effective date as a date (YYYY-MM-DD).')).toBeInTheDocument();

    // Replace the no-degree path with a new one.
    await user.click(within(form).getByRole('button', { name: 'Remove path 4' }));
    await user.click(within(form).getByRole('button', { name: 'Add a path' }));
    const added = within(form).getAllByTestId('rules-path')[3]!;
    await user.type(within(added).getByLabelText(/^Id/), 'Bachelor');
    // Pasted, not typed key by key: the long label alone took seconds on a loaded machine.
    await user.click(within(added).getByLabelText(/^Label/));
    await user.paste('Bachelor degree + 1 year of full-time BMET work');
    await user.type(within(added).getByLabelText(/^Years of BMET work/), '1');
    await user.click(within(form).getByRole('button', { name: 'Publish edition' }));
    expect(await within(added).findByText('A path id uses lowercase letters, digits and hyphens.')).toBeInTheDocument();
    expect(within(added).getByText('Choose the education the path starts from.')).toBeInTheDocument();
    await user.clear(within(added).getByLabelText(/^Id/));
    await user.type(within(added).getByLabelText(/^Id/), 'bachelor');
    await user.click(within(added).getByRole('combobox', { name: /^Education/ }));
    await user.click(await screen.findByRole('option', { name: 'No degree' }));

    const units = within(form).getByLabelText(/^Units per cycle/);
    await user.clear(units);
    await user.type(units, '36');
    await user.type(within(form).getByLabelText(/^Edition/), '2025-06');
    await user.type(within(form).getByLabelText(/^Effective from/), '2027-01-01');
    await user.click(within(form).getByRole('button', { name: 'Publish edition' }));
    expect(await within(form).findByText('Edition 2025-06 already exists.')).toBeInTheDocument();

    const edition = within(form).getByLabelText(/^Edition/);
    await user.clear(edition);
    await user.type(edition, '2027-01');
    await user.click(within(form).getByRole('button', { name: 'Publish edition' }));
    await waitFor(() => expect(screen.getAllByTestId('edition-row')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Publish a new edition' })).not.toBeInTheDocument());
    expect(screen.getAllByTestId('edition-row')[0]).toHaveTextContent('2027-01');
    expect(screen.getAllByTestId('edition-row')[0]).toHaveTextContent('36 units / 3 years');
  }, 60_000);
});

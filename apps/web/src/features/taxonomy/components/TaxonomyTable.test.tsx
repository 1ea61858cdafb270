import { screen, waitFor, within } from '@testing-library/react';
import { ErrorCode } from '@gantry/shared';
import { gqlError } from '@/testing/fixtures';
import { renderAt } from '@/testing/render';
import { CreateTaxonomyEntryMutation, SetTaxonomyEntryRetiredMutation, TaxonomyQuery } from '../api/documents';
import { TaxonomyTable } from './TaxonomyTable';

const entry = (over: Record<string, unknown>) => ({
  __typename: 'TaxonomyEntry' as const,
  kind: 'MODALITY' as const,
  description: '',
  retiredAt: null,
  version: 1,
  usage: 0,
  ...over,
});
const ct = entry({ id: 'm-ct', code: 'CT', name: 'Computed tomography', sortOrder: 30, usage: 7 });
const dexa = entry({ id: 'm-dexa', code: 'DEXA', name: 'Bone densitometry', sortOrder: 90, retiredAt: '2026-11-01T00:00:00.000Z', version: 2 });
const list = (entries: unknown[]) => ({ request: { query: TaxonomyQuery, variables: { kind: 'MODALITY' } }, result: { data: { taxonomy: entries } } });

describe('taxonomy table', () => {
  it('lists entries with usage, retired ones marked, and retires after confirming', async () => {
    const { user } = renderAt('/', <TaxonomyTable kind="MODALITY" />, [
      list([ct, dexa]),
      {
        request: { query: SetTaxonomyEntryRetiredMutation, variables: { kind: 'MODALITY', id: 'm-ct', retired: true, expectedVersion: 1 } },
        result: { data: { setTaxonomyEntryRetired: { ...ct, retiredAt: '2026-11-22T00:00:00.000Z', version: 2 } } },
      },
    ]);
    const table = await screen.findByRole('table', { name: 'Modalities' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Computed tomography');
    expect(rows[1]).toHaveTextContent('7');
    expect(rows[2]).toHaveTextContent('Retired');
    expect(within(rows[2]!).getByRole('button', { name: 'Restore Bone densitometry' })).toBeInTheDocument();

    await user.click(within(rows[1]!).getByRole('button', { name: 'Retire Computed tomography' }));
    const dialog = await screen.findByRole('dialog', { name: /Retire Computed tomography/ });
    expect(dialog).toHaveTextContent('It stays on the 7 items already tagged with it');
    await user.click(within(dialog).getByRole('button', { name: 'Retire' }));
    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Retired'));
  });

  it('checks a new code before sending, and shows the server’s field error on it', async () => {
    const input = { kind: 'MODALITY', code: 'CT', name: 'CT again', description: '', sortOrder: 100 };
    const { user } = renderAt('/', <TaxonomyTable kind="MODALITY" />, [
      list([ct, dexa]),
      {
        request: { query: CreateTaxonomyEntryMutation, variables: { input } },
        result: { errors: [gqlError(ErrorCode.BadUserInput, 'Some fields need attention.', { code: ['CT is already in use. Codes are unique, even for retired entries.'] })] },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Add modality' }));
    const form = await screen.findByRole('form', { name: 'Add a modality' });
    const code = within(form).getByLabelText(/^Code/);
    await user.type(code, '9x');
    await user.type(within(form).getByLabelText(/^Name/), 'CT again');
    await user.click(within(form).getByRole('button', { name: 'Add modality' }));
    expect(await within(form).findByText(/Use capital letters, digits and underscores/)).toBeInTheDocument();
    // The next order number follows the highest one.
    expect(within(form).getByLabelText(/^Order/)).toHaveValue('100');

    await user.clear(code);
    await user.type(code, 'ct');
    await user.click(within(form).getByRole('button', { name: 'Add modality' }));
    expect(await within(form).findByText('CT is already in use. Codes are unique, even for retired entries.')).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { ExamBlueprintsDocument, PublishExamBlueprintDocument } from '@/gql/graphql';
import { renderAt } from '@/testing/render';
import { blueprint, DOMAIN_EQUIPMENT, DOMAIN_SAFETY, expectNoA11yViolations } from '../testing';
import { BlueprintEditor } from './BlueprintEditor';

const domains = [
  { ...DOMAIN_EQUIPMENT, code: 'EQUIPMENT' },
  { ...DOMAIN_SAFETY, code: 'SAFETY' },
];

describe('blueprint editor', () => {
  it('shows the weights in force with their question counts, and publishes a new edition with live counts', async () => {
    const published: unknown[] = [];
    const current = blueprint();
    const next = blueprint({ id: 'b1000000-0000-4000-8000-000000000002', edition: '2026-01', effectiveFrom: '2026-01-01', provisional: false });
    const { user, container } = renderAt('/admin/credential-rules', <BlueprintEditor />, [
      { request: { query: ExamBlueprintsDocument }, result: { data: { examBlueprint: current, examBlueprints: [current], examDomains: domains } } },
      {
        request: { query: PublishExamBlueprintDocument, variables: () => true },
        result: (v) => {
          published.push(v.input);
          return { data: { publishExamBlueprint: next } };
        },
        delay: 20,
      },
      { request: { query: ExamBlueprintsDocument }, result: { data: { examBlueprint: next, examBlueprints: [next, current], examDomains: domains } } },
    ]);
    expect(await screen.findByTestId('blueprint-current')).toHaveTextContent('Edition 2025-06');
    expect(within(screen.getByTestId('blueprint-weights')).getByRole('row', { name: /Safety/ })).toHaveTextContent('Safety and compliance150 %82');
    await expectNoA11yViolations(container);

    await user.click(screen.getByRole('button', { name: 'Publish a new blueprint' }));
    const form = screen.getByRole('form', { name: 'New blueprint edition' });
    await user.type(within(form).getByRole('textbox', { name: 'Edition' }), '2026-01');
    await user.type(within(form).getByLabelText(/Effective from/), '2026-01-01');
    await user.click(within(form).getByRole('checkbox', { name: /Provisional/ }));
    const safety = within(form).getByRole('textbox', { name: 'Weight: Safety and compliance' });
    await user.clear(safety);
    await user.type(safety, '3');
    // 165 split 1:3 → 41 and 124, live.
    expect(within(form).getAllByTestId('blueprint-count').map((c) => c.textContent)).toEqual(['41 questions', '124 questions']);

    await user.click(within(form).getByRole('button', { name: 'Publish edition' }));
    await waitFor(() => expect(published).toHaveLength(1));
    expect(published[0]).toEqual({
      edition: '2026-01',
      effectiveFrom: '2026-01-01',
      questionCount: 165,
      minutes: 180,
      provisional: false,
      weights: [
        { domainId: DOMAIN_EQUIPMENT.id, weight: 1 },
        { domainId: DOMAIN_SAFETY.id, weight: 3 },
      ],
    });
    await waitFor(() => expect(screen.getByTestId('blueprint-current')).toHaveTextContent('Edition 2026-01'));
    // The form closes once the mutation's promise has settled, a render after the cache update.
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New blueprint edition' })).not.toBeInTheDocument());
  }, 30_000);
});

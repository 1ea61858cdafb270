import { screen, within } from '@testing-library/react';
import { ErrorCode } from '@gantry/shared';
import { NewMaterialPageDocument } from '@/gql/graphql';
import { CreateMaterialMutation } from '@/features/library/api/documents';
import { CHAPTER_ID, examDomains, libraryModalities, myChapters } from '@/features/library/testing/fixtures';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderAt } from '@/testing/render';
import { Component as NewMaterialRoute } from './new-material';

const mentor = me({ id: 'user-3', displayName: 'Dale Okafor', roles: ['MENTOR', 'STUDENT'] });
const pageMock = { request: { query: NewMaterialPageDocument }, result: { data: { modalities: libraryModalities, examDomains, myChapters } }, maxUsageCount: 3 };

const input = {
  kind: 'READING',
  scope: 'CHAPTER',
  chapterId: CHAPTER_ID,
  title: 'Quench basics',
  summary: 'What happens when a magnet quenches.',
  minutes: 15,
  modalityCodes: ['MRI'],
  domainCodes: ['SAFETY'],
  bodyMarkdown: 'Helium boils off.',
  url: null,
  fileId: null,
};

describe('new library item', () => {
  it('shows the shared rules’ messages before saving, puts the API’s field errors on their fields, then opens the new item', async () => {
    const notMember = 'You can only add to the library of a chapter you belong to.';
    const { user } = renderAt(
      '/library/new',
      <NewMaterialRoute />,
      [
        viewerMock(mentor),
        pageMock,
        { request: { query: CreateMaterialMutation, variables: { input } }, result: { errors: [gqlError(ErrorCode.BadUserInput, 'Invalid input', { chapterId: [notMember] })] } },
        { request: { query: CreateMaterialMutation, variables: { input } }, result: { data: { createMaterial: { __typename: 'Material', id: 'new-1', title: 'Quench basics', version: 1 } } } },
      ],
      { '/library/:id': 'Item page' },
    );
    const form = await screen.findByRole('form', { name: 'New library item' });
    // Platform-wide sharing is only offered to platform admins.
    expect(within(form).queryByRole('radio', { name: 'Every chapter' })).not.toBeInTheDocument();

    // Nothing filled in: the shared zod rules' messages, on their fields, before any request.
    const title = within(form).getByRole('textbox', { name: 'Title' });
    await user.type(title, 'Qu');
    await user.clear(within(form).getByRole('textbox', { name: 'Minutes' }));
    await user.click(within(form).getByRole('button', { name: 'Create item' }));
    expect(await within(form).findByText('A title has at least 3 characters.')).toBeInTheDocument();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByText('Estimate how many minutes it takes.')).toBeInTheDocument();
    expect(within(form).getByText('Tag at least one modality.')).toBeInTheDocument();
    expect(within(form).getByText('Tag at least one exam domain.')).toBeInTheDocument();
    expect(within(form).getByText('Write the reading.')).toBeInTheDocument();

    // Filled in properly, into the chapter's library (its one chapter is preselected).
    await user.click(title);
    await user.paste('ench basics');
    await user.click(within(form).getByRole('textbox', { name: 'Summary' }));
    await user.paste('What happens when a magnet quenches.');
    await user.type(within(form).getByRole('textbox', { name: 'Minutes' }), '15');
    await user.click(within(form).getByRole('combobox', { name: 'Modalities' }));
    await user.click(await screen.findByRole('option', { name: 'Magnetic resonance imaging (MRI)' }));
    await user.click(within(form).getByRole('combobox', { name: 'Exam domains' }));
    await user.click(await screen.findByRole('option', { name: 'Safety and regulatory compliance' }));
    await user.click(within(form).getByRole('radio', { name: 'My chapter’s library' }));
    expect(within(form).getByRole('combobox', { name: 'Chapter' })).toHaveValue('CABMET');
    await user.click(within(form).getByRole('textbox', { name: 'Reading' }));
    await user.paste('Helium boils off.');
    expect(within(form).queryByText('Write the reading.')).not.toBeInTheDocument();

    // The API refuses the chapter: the message sits on the Chapter field, not above the form.
    await user.click(within(form).getByRole('button', { name: 'Create item' }));
    expect(await within(form).findByText(notMember)).toBeInTheDocument();
    expect(within(form).getByRole('combobox', { name: 'Chapter' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();

    // Saved: the new item's page.
    await user.click(within(form).getByRole('button', { name: 'Create item' }));
    expect(await screen.findByText('Item page')).toBeInTheDocument();
  }, 45_000);

  it('asks for the link of a LINK item, https only', async () => {
    const { user } = renderAt('/library/new', <NewMaterialRoute />, [viewerMock(mentor), pageMock]);
    const form = await screen.findByRole('form', { name: 'New library item' });
    await user.click(within(form).getByRole('radio', { name: 'Link' }));
    expect(within(form).getByRole('textbox', { name: 'Notes (optional)' })).toBeInTheDocument();
    const link = within(form).getByRole('textbox', { name: 'Link' });
    await user.click(within(form).getByRole('button', { name: 'Create item' }));
    expect(await within(form).findByText('Add the link.')).toBeInTheDocument();
    await user.type(link, 'http://example.org/quench');
    await user.click(within(form).getByRole('button', { name: 'Create item' }));
    expect(await within(form).findByText('Use an https:// link.')).toBeInTheDocument();
  });
});

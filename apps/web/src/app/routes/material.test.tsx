import { screen, waitFor, within } from '@testing-library/react';
import { ErrorCode } from '@gantry/shared';
import { MaterialPageDocument } from '@/gql/graphql';
import { ArchiveMaterialMutation, RestoreMaterialVersionMutation, UpdateMaterialMutation } from '@/features/library/api/documents';
import { CHAPTER_ID, examDomains, libraryModalities, material, MATERIAL_ID, myChapters, version } from '@/features/library/testing/fixtures';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as MaterialRoute } from './material';

const mentor = me({ id: 'user-3', displayName: 'Dale Okafor', roles: ['MENTOR', 'STUDENT'], timeZone: 'America/Denver' });
const conflictMessage = 'Someone else saved this item while you were editing. Reload to see their version; yours is not lost until you leave the page.';

function pageMock(m: ReturnType<typeof material>): Mocks[number] {
  return { request: { query: MaterialPageDocument, variables: { id: MATERIAL_ID } }, result: { data: { material: m, modalities: libraryModalities, examDomains, myChapters } } };
}

/** Someone else saved version 3 meanwhile. */
const theirs = material({ version: 3, title: 'Quench basics, their edit', updatedAt: '2030-01-03T02:00:00.000Z', versions: [version(3, { title: 'Quench basics, their edit' }), version(2), version(1)] });

function renderPage(mocks: Mocks) {
  return renderRoutes([{ path: '/library/:id', element: <MaterialRoute /> }], { path: `/library/${MATERIAL_ID}`, mocks: [viewerMock(mentor), ...mocks] });
}

describe('library item page', () => {
  it('shows the reading, its badges and its history in the viewer’s zone; a version’s fields can be viewed', async () => {
    const { user } = renderPage([pageMock(material())]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Quench basics, take 2' })).toBeInTheDocument();
    expect(screen.getByTestId('scope-badge')).toHaveTextContent('CABMET library');
    expect(within(screen.getByTestId('material-body')).getByRole('heading', { level: 2, name: 'Quench' })).toBeInTheDocument();
    const rows = screen.getAllByTestId('version-row');
    expect(rows).toHaveLength(2);
    // 02:00 UTC on Jan 1 is the evening before in Denver.
    expect(rows[1]).toHaveTextContent('Version 1Mon, Dec 31, 2029, 7:00 PM MST');
    expect(within(rows[0]!).getByText('Current')).toBeInTheDocument();
    expect(within(rows[0]!).queryByRole('button', { name: /Restore/ })).not.toBeInTheDocument();

    await user.click(within(rows[1]!).getByRole('button', { name: 'View version 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Version 1' });
    expect(within(dialog).getByLabelText('Text of version 1')).toHaveTextContent('## Quench Version 1 text.');
    expect(dialog).toHaveTextContent('Quench basics');
  });

  it('keeps the user’s edits after a CONFLICT and saves them over the newer version when asked', async () => {
    const base = {
      id: MATERIAL_ID,
      kind: 'READING',
      scope: 'CHAPTER',
      chapterId: CHAPTER_ID,
      title: 'Quench basics, my edit',
      summary: 'What happens when a magnet quenches.',
      minutes: 10,
      modalityCodes: ['MRI'],
      domainCodes: ['SAFETY'],
      bodyMarkdown: '## Quench\n\nVersion 2 text.',
      url: null,
      fileId: null,
    };
    const mine = material({ version: 4, title: 'Quench basics, my edit', updatedAt: '2030-01-04T02:00:00.000Z', versions: [version(4, { title: 'Quench basics, my edit' }), ...theirs.versions] });
    const { user } = renderPage([
      pageMock(material()),
      { request: { query: UpdateMaterialMutation, variables: { input: { ...base, expectedVersion: 2 } } }, result: { errors: [gqlError(ErrorCode.Conflict, conflictMessage)] } },
      pageMock(theirs),
      { request: { query: UpdateMaterialMutation, variables: { input: { ...base, expectedVersion: 3 } } }, result: { data: { updateMaterial: mine } } },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit library item' });
    expect(form).toHaveTextContent('Kind: Reading (fixed once created)');
    const title = within(form).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.click(title);
    await user.paste('Quench basics, my edit');
    await user.click(within(form).getByRole('button', { name: 'Save as a new version' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Not saved: someone else saved first');
    expect(await within(alert).findByText(/The item is now at version 3/)).toBeInTheDocument();
    // The edit is still there, and the page behind shows their version.
    expect(title).toHaveValue('Quench basics, my edit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Quench basics, their edit' })).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Save mine as a new version' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Quench basics, my edit' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit library item' })).not.toBeInTheDocument());
    // Focus returns to the Edit button.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus());
    expect(screen.getAllByTestId('version-row')).toHaveLength(4);
  }, 45_000);

  it('restores an earlier version after confirming; a CONFLICT reloads the history and asks again', async () => {
    const restored = material({ version: 4, title: 'Quench basics', updatedAt: '2030-01-04T02:00:00.000Z', versions: [version(4, { title: 'Quench basics' }), ...theirs.versions] });
    const { user } = renderPage([
      pageMock(material()),
      { request: { query: RestoreMaterialVersionMutation, variables: { id: MATERIAL_ID, version: 1, expectedVersion: 2 } }, result: { errors: [gqlError(ErrorCode.Conflict, conflictMessage)] } },
      pageMock(theirs),
      { request: { query: RestoreMaterialVersionMutation, variables: { id: MATERIAL_ID, version: 1, expectedVersion: 3 } }, result: { data: { restoreMaterialVersion: restored } } },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Restore version 1' }));
    let dialog = await screen.findByRole('dialog', { name: 'Restore version 1?' });
    expect(dialog).toHaveTextContent('saved as version 3');
    await user.click(within(dialog).getByRole('button', { name: 'Restore version 1' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Someone else saved this item after version 2.');
    expect(await screen.findByRole('heading', { level: 1, name: 'Quench basics, their edit' })).toBeInTheDocument();
    dialog = screen.getByRole('dialog', { name: 'Restore version 1?' });
    expect(dialog).toHaveTextContent('saved as version 4');
    await user.click(within(dialog).getByRole('button', { name: 'Restore version 1' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Quench basics' })).toBeInTheDocument();
    // The page updates from the mutation's answer a moment before the dialog closes.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const rows = screen.getAllByTestId('version-row');
    expect(rows).toHaveLength(4);
    expect(within(rows[0]!).getByText('Current')).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('Version 4');
  }, 45_000);

  it('archives after confirming; someone who cannot edit sees no edit, archive or restore buttons', async () => {
    const { user, unmount } = renderPage([
      pageMock(material()),
      {
        request: { query: ArchiveMaterialMutation, variables: { id: MATERIAL_ID, archived: true } },
        result: { data: { archiveMaterial: { __typename: 'Material', id: MATERIAL_ID, archivedAt: '2030-01-05T00:00:00.000Z', version: 2, updatedAt: '2030-01-02T02:00:00.000Z' } } },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive this item?' });
    await user.click(within(dialog).getByRole('button', { name: 'Archive' }));
    expect(await screen.findByRole('button', { name: 'Unarchive' })).toBeInTheDocument();
    expect(screen.getByText('Archived')).toBeInTheDocument();
    unmount();

    renderPage([pageMock(material({ viewerCanEdit: false }))]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Quench basics, take 2' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archive' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Restore/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'View version 1' })).toBeInTheDocument();
  }, 45_000);
});

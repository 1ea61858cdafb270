import { screen, within } from '@testing-library/react';
import { AgendaItemPageDocument, MarkAgendaItemDoneDocument } from '@/gql/graphql';
import { ctAgenda } from '@/features/agenda/testing';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderRoutes, type Mocks } from '@/testing/render';
import { Component as AgendaItemRoute } from './agenda-item';

const student = me({ id: 'user-7', timeZone: 'America/Chicago' });
const agenda = ctAgenda();

const session = {
  __typename: 'CohortSession',
  id: 'session-1',
  number: 1,
  title: 'CT: gantry, tube and detector',
  cohort: { __typename: 'Cohort', id: 'cohort-1', title: 'CRES study group — CT and MRI', timeZone: 'America/Denver', viewerCanManage: false },
  agenda,
};

/** The page's data: the item with its session (and that session's agenda). */
function withSession<T extends object>(item: T) {
  return { agendaItem: { ...item, session } };
}

function pageData(itemIndex: number) {
  return withSession(agenda[itemIndex]!);
}

function render(path: string, mocks: Mocks) {
  return renderRoutes([{ path: '/agenda/:itemId', element: <AgendaItemRoute /> }], { path, mocks: [viewerMock(student), ...mocks] });
}

describe('reading page', () => {
  it('shows the reading with the way back to its session, the previous and next items, and a "done" switch', async () => {
    const { user } = render('/agenda/item-2', [
      { request: { query: AgendaItemPageDocument, variables: { id: 'item-2' } }, result: { data: pageData(1) } },
      {
        request: { query: MarkAgendaItemDoneDocument, variables: { id: 'item-2', done: true } },
        result: { data: { markAgendaItemDone: { __typename: 'AgendaItem', id: 'item-2', viewerDone: true } } },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'CT detectors and calibration' })).toBeInTheDocument();
    expect(screen.getByTestId('reading-body')).toHaveTextContent('CT detectors and calibration: the reading.');
    expect(screen.getByTestId('item-phase')).toHaveTextContent('Before session 1 · item 2 of 3');
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Session 1: CT: gantry, tube and detector' })).toHaveAttribute('href', '/cohorts/cohort-1/sessions/session-1');
    expect(within(crumbs).getByRole('link', { name: 'CRES study group — CT and MRI' })).toHaveAttribute('href', '/cohorts/cohort-1');
    const nav = screen.getByRole('navigation', { name: 'Agenda items' });
    expect(within(nav).getByRole('link', { name: '← Previous: CT x-ray tubes and the rotating gantry' })).toHaveAttribute('href', '/agenda/item-1');
    expect(within(nav).getByRole('link', { name: 'Next: CT dose and radiation safety →' })).toHaveAttribute('href', '/agenda/item-3');

    const toggle = screen.getByRole('switch', { name: /^Mark as done/ });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(toggle).toBeChecked();
    expect(await screen.findByText('Done. It counts towards your progress.')).toBeInTheDocument();
  });

  it('opens a link in a new tab without handing it the page', async () => {
    const link = { ...agenda[0]!, material: { ...agenda[0]!.material, kind: 'LINK', url: 'https://www.fda.gov/radiation-emitting-products' } };
    render('/agenda/item-1', [
      { request: { query: AgendaItemPageDocument, variables: { id: 'item-1' } }, result: { data: withSession(link) } },
    ]);
    const button = await screen.findByRole('link', { name: 'Open the link (new tab)' });
    expect(button).toHaveAttribute('href', 'https://www.fda.gov/radiation-emitting-products');
    expect(button).toHaveAttribute('target', '_blank');
    expect(button).toHaveAttribute('rel', 'noopener noreferrer');
    // Its text shows as the mentor's notes under the link.
    expect(screen.getByRole('heading', { level: 2, name: 'Notes' })).toBeInTheDocument();
    // The first item: no "previous".
    expect(screen.queryByRole('link', { name: /^← Previous/ })).not.toBeInTheDocument();
  });

  it('previews a PDF file in the page, with its download link and the mentor’s notes', async () => {
    const file = {
      __typename: 'StoredFile',
      id: 'file-1',
      filename: 'ct-tube-warmup.pdf',
      contentType: 'application/pdf',
      sizeBytes: 245_760,
      preview: 'PDF',
      url: 'https://files.example.org/file-1?sig=a',
      downloadUrl: 'https://files.example.org/file-1?sig=a&download=1',
    };
    const item = { ...agenda[0]!, material: { ...agenda[0]!.material, kind: 'FILE', bodyHtml: '<p>Read pages 2–4.</p>', file } };
    render('/agenda/item-1', [{ request: { query: AgendaItemPageDocument, variables: { id: 'item-1' } }, result: { data: withSession(item) } }]);
    expect(await screen.findByTitle('CT x-ray tubes and the rotating gantry (PDF)')).toHaveAttribute('src', 'https://files.example.org/file-1?sig=a');
    expect(screen.getByRole('link', { name: /^Download ct-tube-warmup\.pdf/ })).toHaveAttribute('href', 'https://files.example.org/file-1?sig=a&download=1');
    expect(screen.getByRole('heading', { level: 2, name: 'Notes' })).toBeInTheDocument();
    expect(screen.getByTestId('reading-body')).toHaveTextContent('Read pages 2–4.');
  });

  it('says "not found" for an item not released to the viewer (or not theirs)', async () => {
    render('/agenda/item-9', [
      { request: { query: AgendaItemPageDocument, variables: { id: 'item-9' } }, result: { errors: [gqlError('NOT_FOUND', 'That item was not found.')] } },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Item not found' })).toBeInTheDocument();
    expect(screen.getByText(/may not have released it yet/)).toBeInTheDocument();
  });
});

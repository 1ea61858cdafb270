import { screen, within } from '@testing-library/react';
import { formatInstant } from '@gantry/shared';
import { Component as OutboxRoute } from '@/app/routes/outbox';
import { OutboxPageDocument } from '@/gql/graphql';
import { me, viewerMock } from '@/testing/fixtures';
import { renderAt } from '@/testing/render';

const admin = me({ roles: ['PLATFORM_ADMIN', 'STUDENT'], isPlatformAdmin: true, timeZone: 'America/Denver' });
const resetLink = 'http://localhost:3000/reset-password?token=abcdefghijklmnopqrstuvwxyz';

function message(id: string, to: string, subject: string, createdAt: string, textBody: string, status = 'HELD') {
  return { __typename: 'OutboxMessage', id, to, subject, status, kind: 'password-reset', createdAt, sentAt: null, attempts: 0, lastError: null, textBody };
}

function page(nodes: unknown[]) {
  return { __typename: 'OutboxMessagePage', nodes, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, totalCount: nodes.length };
}

const newest = message('m2', 'riley@example.org', 'Reset your Gantry password', '2026-03-01T12:00:00.000Z', `Hi Riley,\n\nOpen this link to choose a new password:\n${resetLink}\n`);
const older = message('m1', 'avery@example.org', 'You are invited to CABMET', '2026-02-27T03:30:00.000Z', 'Accept here: http://localhost:3000/invitations/accept?token=xyz', 'SENT');

describe('outbox', () => {
  it('lists messages newest first with recipient, subject, status and time in the viewer’s zone', async () => {
    const { user } = renderAt('/admin/outbox', <OutboxRoute />, [
      viewerMock(admin),
      { request: { query: OutboxPageDocument, variables: { to: null, first: 25 } }, result: { data: { outboxMessages: page([newest, older]) } } },
    ]);
    const items = await screen.findAllByTestId('outbox-message');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Reset your Gantry password');
    expect(items[0]).toHaveTextContent('To riley@example.org');
    expect(items[0]).toHaveTextContent('HELD');
    // 12:00 UTC is 5:00 AM in Denver; the browser here is in Chicago (6:00 AM).
    expect(items[0]).toHaveTextContent(formatInstant(newest.createdAt, 'America/Denver'));
    expect(formatInstant(newest.createdAt, 'America/Denver')).toBe('Sun, Mar 1, 2026, 5:00 AM MST');
    expect(items[1]).toHaveTextContent('You are invited to CABMET');
    expect(screen.getByText('2 messages')).toBeInTheDocument();

    // Opening a message shows its body and the link in it, ready to copy.
    await user.click(within(items[0]).getByRole('button', { name: /Reset your Gantry password/ }));
    expect(await within(items[0]).findByTestId('outbox-body')).toHaveTextContent('Open this link to choose a new password');
    expect(await within(items[0]).findByRole('link', { name: resetLink })).toHaveAttribute('href', resetLink);
    expect(within(items[0]).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  });

  it('filters by recipient through the API', async () => {
    const { user, router } = renderAt('/admin/outbox', <OutboxRoute />, [
      viewerMock(admin),
      { request: { query: OutboxPageDocument, variables: { to: null, first: 25 } }, result: { data: { outboxMessages: page([newest, older]) } } },
      { request: { query: OutboxPageDocument, variables: { to: 'avery@example.org', first: 25 } }, result: { data: { outboxMessages: page([older]) } } },
    ]);
    await screen.findAllByTestId('outbox-message');
    await user.type(screen.getByRole('textbox', { name: /Recipient/ }), 'Avery@Example.org');
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    expect(await screen.findByText('1 message to avery@example.org')).toBeInTheDocument();
    expect(screen.getAllByTestId('outbox-message')).toHaveLength(1);
    expect(router.state.location.search).toBe('?to=avery%40example.org');
  });

  it('tells other users it is for platform admins', async () => {
    renderAt('/admin/outbox', <OutboxRoute />, [viewerMock(me({ roles: ['MENTOR', 'STUDENT'] }))]);
    expect(await screen.findByText('Platform admins only')).toBeInTheDocument();
    expect(screen.queryByTestId('outbox-message')).not.toBeInTheDocument();
  });
});

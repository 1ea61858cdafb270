import { screen, within } from '@testing-library/react';
import { ErrorCode, zoneLabel } from '@gantry/shared';
import { Component as ProfileRoute } from '@/app/routes/profile';
import { ProfilePageDocument } from '@/gql/graphql';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderAt } from '@/testing/render';
import { UpdateProfileMutation } from '../api/documents';

const kenji = me({ id: 'user-9', displayName: 'Kenji Sato', email: 'kenji@example.org', timeZone: 'Asia/Tokyo', version: 3 });
const profileMock = { request: { query: ProfilePageDocument }, result: { data: { viewer: kenji, calendarFeed: null } }, maxUsageCount: 5 };

describe('profile page', () => {
  it('starts the time zone select at the profile’s zone, not the browser’s', async () => {
    renderAt('/profile', <ProfileRoute />, [viewerMock(kenji), profileMock]);
    const form = await screen.findByRole('form', { name: 'Your profile' });
    expect(within(form).getByLabelText(/^Time zone/, { selector: 'input' })).toHaveValue(zoneLabel('Asia/Tokyo'));
    expect(within(form).getByRole('textbox', { name: 'Your name' })).toHaveValue('Kenji Sato');
  });

  it('saves with the version it loaded (optimistic locking)', async () => {
    const { user } = renderAt('/profile', <ProfileRoute />, [
      viewerMock(kenji),
      profileMock,
      {
        request: { query: UpdateProfileMutation, variables: { input: { displayName: 'Kenji S.', timeZone: 'Asia/Tokyo', expectedVersion: 3 } } },
        result: { data: { updateProfile: { ...kenji, displayName: 'Kenji S.', version: 4 } } },
      },
    ]);
    const form = await screen.findByRole('form', { name: 'Your profile' });
    const name = within(form).getByRole('textbox', { name: 'Your name' });
    await user.clear(name);
    await user.type(name, 'Kenji S.');
    await user.click(within(form).getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Profile saved.')).toBeInTheDocument();
    // The form restarts from the saved values (keyed by version).
    expect(await screen.findByDisplayValue('Kenji S.')).toBeInTheDocument();
  });

  it('explains a CONFLICT and offers to reload', async () => {
    const message = 'Your profile was changed in another window. Reload to see the latest, then save again.';
    const { user } = renderAt('/profile', <ProfileRoute />, [
      viewerMock(kenji),
      profileMock,
      {
        request: { query: UpdateProfileMutation, variables: { input: { displayName: 'Kenji', timeZone: 'Asia/Tokyo', expectedVersion: 3 } } },
        result: { errors: [gqlError(ErrorCode.Conflict, message)] },
      },
    ]);
    const form = await screen.findByRole('form', { name: 'Your profile' });
    const name = within(form).getByRole('textbox', { name: 'Your name' });
    await user.clear(name);
    await user.type(name, 'Kenji');
    await user.click(within(form).getByRole('button', { name: 'Save profile' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(within(alert).getByRole('button', { name: 'Reload my profile' })).toBeInTheDocument();
  });
});

import { screen } from '@testing-library/react';
import { ErrorCode, runtimeTimeZone, zoneLabel } from '@gantry/shared';
import { Component as SignUpRoute } from '@/app/routes/sign-up';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderAt } from '@/testing/render';
import { SignUpMutation } from '../api/documents';

const input = { displayName: 'Riley Johnson', email: 'riley@example.org', password: 'a long enough password', timeZone: runtimeTimeZone() };

async function fill(user: ReturnType<typeof renderAt>['user']) {
  await user.type(screen.getByRole('textbox', { name: 'Your name' }), input.displayName);
  await user.type(screen.getByRole('textbox', { name: 'Email' }), input.email);
  await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), input.password);
}

describe('sign-up page', () => {
  it('defaults the time zone to the browser’s', async () => {
    renderAt('/sign-up', <SignUpRoute />, [viewerMock(null)]);
    await screen.findByRole('heading', { level: 1, name: 'Create your account' });
    // The test run's zone (see vitest.config.ts) is not UTC, so this is not a fallback.
    expect(runtimeTimeZone()).toBe('America/Chicago');
    expect(screen.getByLabelText(/^Time zone/, { selector: 'input' })).toHaveValue(zoneLabel('America/Chicago'));
  });

  it('checks the password length with the shared rule', async () => {
    const { user } = renderAt('/sign-up', <SignUpRoute />, [viewerMock(null)]);
    await screen.findByRole('heading', { level: 1, name: 'Create your account' });
    await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Use at least 10 characters.')).toBeInTheDocument();
    expect(screen.getByText('Enter your name.')).toBeInTheDocument();
  });

  it('creates the account with the chosen zone and goes home', async () => {
    const { user, router } = renderAt(
      '/sign-up',
      <SignUpRoute />,
      [viewerMock(null), { request: { query: SignUpMutation, variables: { input } }, result: { data: { signUp: me({ email: input.email, displayName: input.displayName }) } } }],
      { '/': 'Home page' },
    );
    await screen.findByRole('heading', { level: 1, name: 'Create your account' });
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Home page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('shows “email already used” on the email field', async () => {
    const message = 'An account with this email already exists. Sign in, or reset your password.';
    const { user } = renderAt('/sign-up', <SignUpRoute />, [
      viewerMock(null),
      { request: { query: SignUpMutation, variables: { input } }, result: { errors: [gqlError(ErrorCode.BadUserInput, 'Some fields need attention.', { email: [message] })] } },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Create your account' });
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(message);
  });
});

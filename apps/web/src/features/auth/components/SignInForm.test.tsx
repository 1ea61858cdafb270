import { screen } from '@testing-library/react';
import { ErrorCode } from '@gantry/shared';
import { Component as SignInRoute } from '@/app/routes/sign-in';
import { gqlError, me, viewerMock } from '@/testing/fixtures';
import { renderAt, type Mocks } from '@/testing/render';
import { SignInMutation } from '../api/documents';

const credentials = { email: 'avery@example.org', password: 'correct horse battery' };

function signInMock(result: Mocks[number]['result']): Mocks[number] {
  return { request: { query: SignInMutation, variables: { input: credentials } }, result };
}

async function fillAndSubmit(user: ReturnType<typeof renderAt>['user'], email: string, password: string) {
  if (email) await user.type(screen.getByRole('textbox', { name: 'Email' }), email);
  if (password) await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in page', () => {
  it('shows the shared validation messages without calling the API', async () => {
    const { user } = renderAt('/sign-in', <SignInRoute />, [viewerMock(null)]);
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });

    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your email address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter a valid email address, like name@example.org.')).toBeInTheDocument();
    // The message is tied to its field for assistive technology.
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(/Enter a valid email address/);
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the API’s INVALID_CREDENTIALS message', async () => {
    const { user } = renderAt('/sign-in', <SignInRoute />, [
      viewerMock(null),
      signInMock({ errors: [gqlError(ErrorCode.InvalidCredentials, 'That email and password do not match an account.')] }),
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await fillAndSubmit(user, credentials.email, credentials.password);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('That email and password do not match an account.');
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('puts API field errors on the matching field', async () => {
    const { user } = renderAt('/sign-in', <SignInRoute />, [
      viewerMock(null),
      signInMock({ errors: [gqlError(ErrorCode.BadUserInput, 'Some fields need attention.', { email: ['We could not use this address.'] })] }),
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await fillAndSubmit(user, credentials.email, credentials.password);

    expect(await screen.findByText('We could not use this address.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription('We could not use this address.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('signs in and goes to the page it was sent from', async () => {
    const { user, router } = renderAt(
      '/sign-in?next=%2Fprofile',
      <SignInRoute />,
      [viewerMock(null), signInMock({ data: { signIn: me({ email: credentials.email }) } })],
      { '/profile': 'Profile page' },
    );
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await fillAndSubmit(user, credentials.email, credentials.password);

    expect(await screen.findByText('Profile page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/profile');
  });

  it('never follows a next= link to another site', async () => {
    const { user, router } = renderAt(
      '/sign-in?next=%2F%2Fevil.example',
      <SignInRoute />,
      [viewerMock(null), signInMock({ data: { signIn: me({ email: credentials.email }) } })],
      { '/': 'Home page' },
    );
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await fillAndSubmit(user, credentials.email, credentials.password);
    expect(await screen.findByText('Home page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});

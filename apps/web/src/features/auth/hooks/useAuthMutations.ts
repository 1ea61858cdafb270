/**
 * Each auth mutation wrapped with what it does to the cache and what the user is told.
 * Components call these with form values and get back plain results or thrown errors
 * (read with `applyServerErrors`).
 */
import type { ApolloClient } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { paths } from '@/paths';
import { ViewerQuery, readViewer } from '@/lib/viewer';
import {
  RequestPasswordResetMutation,
  ResetPasswordMutation,
  SignInMutation,
  SignOutMutation,
  SignUpMutation,
} from '../api/documents';
import type { SignInInput, SignUpInput, ViewerQuery as ViewerQueryResult } from '@/gql/graphql';

type ViewerRef = NonNullable<ViewerQueryResult['viewer']>;

/**
 * A new session starts from an empty cache: nothing of an earlier visitor at this
 * browser survives. `resetStore` keeps the components' subscriptions (unlike
 * `clearStore`, which would leave the shell showing the old viewer) and refetches the
 * active queries; the new viewer is written straight away so the shell updates at once.
 */
async function startSession(client: ApolloClient, viewer: ViewerRef) {
  await client.resetStore().catch(() => undefined);
  client.cache.writeQuery({ query: ViewerQuery, data: { viewer } });
}

export function useSignIn() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SignInMutation);
  const signIn = async (input: SignInInput) => {
    const { data } = await mutate({ variables: { input } });
    if (data) await startSession(client, data.signIn);
    const viewer = data ? readViewer(data.signIn) : null;
    if (viewer) notifications.show({ color: 'green', message: `Signed in as ${viewer.displayName}.` });
    return viewer;
  };
  return { signIn, loading };
}

export function useSignUp() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SignUpMutation);
  const signUp = async (input: SignUpInput) => {
    const { data } = await mutate({ variables: { input } });
    if (data) await startSession(client, data.signUp);
    const viewer = data ? readViewer(data.signUp) : null;
    if (viewer) notifications.show({ color: 'green', title: 'Welcome to Gantry', message: `Your account for ${viewer.email} is ready.` });
    return viewer;
  };
  return { signUp, loading };
}

/**
 * Sign out, go to the sign-in page, then drop everything cached for this user (the
 * page is left first so no signed-in page refetches its data without a session).
 */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(SignOutMutation);
  const signOut = async () => {
    try {
      await mutate();
    } catch {
      // Already signed out on the server (expired session): clearing locally is what matters.
    }
    // Leave first: forgetting the viewer while a signed-in page is still mounted would
    // make it redirect to sign-in with itself as `next`.
    await navigate(paths.signIn.to(), { replace: true });
    client.cache.writeQuery({ query: ViewerQuery, data: { viewer: null } });
    await client.resetStore().catch(() => undefined);
    notifications.show({ color: 'blue', message: 'You are signed out.' });
  };
  return { signOut, loading };
}

export function useRequestPasswordReset() {
  const [mutate, { loading }] = useMutation(RequestPasswordResetMutation);
  const requestReset = async (email: string) => {
    await mutate({ variables: { input: { email } } });
  };
  return { requestReset, loading };
}

export function useResetPassword() {
  const [mutate, { loading }] = useMutation(ResetPasswordMutation);
  const resetPassword = async (token: string, newPassword: string) => {
    await mutate({ variables: { input: { token, newPassword } } });
    notifications.show({ color: 'green', title: 'Password changed', message: 'Sign in with your new password.' });
  };
  return { resetPassword, loading };
}

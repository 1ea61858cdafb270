import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { ChangePasswordInput, UpdateProfileInput } from '@/gql/graphql';
import { describeError } from '@/lib/errors';
import { ChangePasswordMutation, SignOutOtherSessionsMutation, UpdateProfileMutation } from '../api/documents';

/** Saves name and time zone; the result updates `Me` in the cache (same id), so every page re-renders in the new zone. */
export function useUpdateProfile() {
  const [mutate, { loading }] = useMutation(UpdateProfileMutation);
  const updateProfile = async (input: UpdateProfileInput) => {
    await mutate({ variables: { input } });
    notifications.show({ color: 'green', message: 'Profile saved.' });
  };
  return { updateProfile, loading };
}

export function useChangePassword() {
  const [mutate, { loading }] = useMutation(ChangePasswordMutation);
  const changePassword = async (input: ChangePasswordInput) => {
    await mutate({ variables: { input } });
    notifications.show({ color: 'green', title: 'Password changed', message: 'Your other browsers and devices were signed out.' });
  };
  return { changePassword, loading };
}

export function useSignOutOtherSessions() {
  const [mutate, { loading }] = useMutation(SignOutOtherSessionsMutation);
  const signOutOthers = async () => {
    let n: number;
    try {
      const { data } = await mutate();
      n = data?.signOutOtherSessions ?? 0;
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not sign out other devices', message: describeError(e).message });
      return null;
    }
    notifications.show({
      color: 'green',
      message: n === 0 ? 'You were not signed in anywhere else.' : `Signed out ${n} other ${n === 1 ? 'session' : 'sessions'}.`,
    });
    return n;
  };
  return { signOutOthers, loading };
}

import { expect, test } from '@playwright/test';
import { DEMO, signIn, openProfile } from './support';

test('when the session ends elsewhere, the next request sends the user to sign in and back', async ({ page, context }) => {
  await signIn(page, DEMO.student.email);
  // The session cookie disappears (expired, or signed out from another device).
  await context.clearCookies();

  // An in-app navigation: the shell still believes it is signed in, the API does not.
  await openProfile(page);
  await expect(page).toHaveURL('/sign-in?next=%2Fprofile');
  await expect(page.getByText('Sign in to continue.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(DEMO.student.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('gantry-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();

  // Same from a page whose data needs a session (an UNAUTHENTICATED error from the API).
  await context.clearCookies();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL('/sign-in?next=%2F');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { DEMO, emailField, expectNoSeriousA11yViolations, passwordField, signIn, signOut, uniqueEmail, openAdminPage } from './support';

test('sign up lands on the student home; sign out; sign in again', async ({ page }) => {
  const email = uniqueEmail('signup');
  const password = 'a-long-test-password';

  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  // The browser's zone (the test context runs in Chicago) is the default.
  await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue(/^America\/Chicago \(UTC/);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Robin Tester');
  await emailField(page).fill(email);
  await passwordField(page).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Robin Tester' })).toBeVisible();
  await expect(page.getByTestId('home-role')).toHaveText('Student');
  await expect(page.getByText('You are not in a cohort yet. Browse the catalog to find a study group.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Account menu, signed in as Robin Tester' })).toBeVisible();

  await signOut(page);
  await expect(page).toHaveURL('/sign-in');
  // Signed out for real: a signed-in page sends us back to sign in, remembering where.
  await page.goto('/profile');
  await expect(page).toHaveURL('/sign-in?next=%2Fprofile');

  await emailField(page).fill(email);
  await passwordField(page).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
});

test('a wrong password is refused with the API’s message', async ({ page }) => {
  await page.goto('/sign-in');
  await emailField(page).fill(DEMO.student.email);
  await passwordField(page).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Could not sign in' })).toContainText('That email and password do not match an account.');
  await expect(page).toHaveURL('/sign-in');
});

test('forgot password → admin reads the link in the outbox → reset → sign in with the new password', async ({ browser }) => {
  // A fresh user, so the reset cannot disturb any other test.
  const email = uniqueEmail('reset');
  const user = await browser.newContext();
  const page = await user.newPage();
  await page.goto('/sign-up');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Reset Tester');
  await emailField(page).fill(email);
  await passwordField(page).fill('the-first-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Reset Tester' })).toBeVisible();
  await signOut(page);

  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
  await emailField(page).fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText('If an account exists for that email, we sent a link');

  // The platform admin finds the message in the outbox (no mail server in tests).
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.platformAdmin.email);
  await openAdminPage(admin, 'Outbox');
  await expect(admin.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  await admin.getByRole('textbox', { name: /Recipient/ }).fill(email);
  await admin.getByRole('button', { name: 'Filter' }).click();
  await expect(admin).toHaveURL(/\/admin\/outbox\?to=/);
  const message = admin.getByTestId('outbox-message').filter({ hasText: email }).first();
  await expect(async () => {
    await admin.getByRole('button', { name: 'Refresh' }).click();
    await expect(message).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await message.getByRole('button').first().click();
  await expect(message.getByTestId('outbox-body')).toBeVisible();
  await expectNoSeriousA11yViolations(admin, 'outbox with a message open');
  const body = await message.getByTestId('outbox-body').innerText();
  const link = /https?:\/\/\S+\/reset-password\?token=[\w%-]+/.exec(body)?.[0];
  expect(link, `no reset link in:\n${body}`).toBeTruthy();
  await adminContext.close();

  // The user follows the link and chooses a new password.
  const resetPath = new URL(link!).pathname + new URL(link!).search;
  await page.goto(resetPath);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await passwordField(page, 'New password').fill('the-second-password');
  await passwordField(page, 'Repeat the new password').fill('the-second-password');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page).toHaveURL('/sign-in');
  await expect(page.getByText('Your password was changed')).toBeVisible();

  // The old password no longer works; the new one does.
  await emailField(page).fill(email);
  await passwordField(page).fill('the-first-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Could not sign in' })).toContainText('do not match');
  await passwordField(page).fill('the-second-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Reset Tester' })).toBeVisible();

  // The link was used up.
  await page.goto(resetPath);
  await passwordField(page, 'New password').fill('a-third-password!');
  await passwordField(page, 'Repeat the new password').fill('a-third-password!');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Could not change the password' })).toContainText('expired or was already used');
  await user.close();
});

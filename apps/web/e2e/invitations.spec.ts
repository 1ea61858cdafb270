import { expect, test } from '@playwright/test';
import { DEMO, emailField, passwordField, signIn, signOut, uniqueEmail } from './support';

test('an invited mentor follows the emailed link, creates an account, accepts, and becomes a mentor', async ({ browser }) => {
  const invitee = uniqueEmail('invitee');

  // The chapter admin invites them.
  const chairContext = await browser.newContext();
  const chair = await chairContext.newPage();
  await signIn(chair, DEMO.chapterAdmin.email);
  const form = chair.getByRole('form', { name: /^Invite someone to CABMET/ });
  await form.getByRole('textbox', { name: 'Email address' }).fill(invitee);
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await expect(chair.getByText(`Invitation sent to ${invitee}.`)).toBeVisible();
  await chairContext.close();

  // No mail server in tests: the platform admin reads the link from the outbox.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.platformAdmin.email);
  await admin.goto(`/admin/outbox?to=${encodeURIComponent(invitee)}`);
  const message = admin.getByTestId('outbox-message').first();
  await expect(async () => {
    await admin.getByRole('button', { name: 'Refresh' }).click();
    await expect(message).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await message.getByRole('button').first().click();
  const body = await message.getByTestId('outbox-body').innerText();
  const link = /https?:\/\/\S+\/invitations\/accept\?token=[\w%-]+/.exec(body)?.[0];
  expect(link, `no invitation link in:\n${body}`).toBeTruthy();
  await adminContext.close();

  // The invitee opens it signed out, creates an account, and comes back to accept.
  const context = await browser.newContext();
  const page = await context.newPage();
  const url = new URL(link!);
  await page.goto(url.pathname + url.search);
  await expect(page.getByRole('heading', { level: 1, name: 'Chapter invitation' })).toBeVisible();
  // Before signing in, the page says what the link is for (chapter, role, masked address).
  const preview = page.getByTestId('invitation-preview');
  await expect(preview).toContainText('CABMET');
  await expect(preview).toContainText('to be a mentor of the chapter');
  await expect(preview).toContainText('***@e2e.gantry.test');
  await expect(preview).not.toContainText(invitee);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ingrid Invitee');
  await emailField(page).fill(invitee);
  await passwordField(page).fill('invitee-password-1');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page).toHaveURL(/\/invitations\/accept\?token=/);
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByTestId('home-role')).toHaveText('Mentor');
  await expect(page.getByRole('region', { name: 'My chapters' }).getByRole('heading', { name: /^CABMET/ })).toBeVisible();
  await signOut(page);
  await context.close();

  // The chapter admin removes them again, after confirming.
  const chairAgain = await browser.newContext();
  const admin2 = await chairAgain.newPage();
  await signIn(admin2, DEMO.chapterAdmin.email);
  const members = admin2.getByRole('table', { name: /^Members of CABMET/ });
  await expect(members.getByRole('row').filter({ hasText: invitee })).toBeVisible();
  await members.getByRole('button', { name: 'Remove Ingrid Invitee' }).first().click();
  const dialog = admin2.getByRole('dialog', { name: 'Remove this member?' });
  await expect(dialog).toContainText(invitee);
  await dialog.getByRole('button', { name: 'Remove Ingrid Invitee' }).click();
  await expect(dialog).toBeHidden();
  await expect(admin2.getByText('Ingrid Invitee was removed from the chapter.')).toBeVisible();
  await expect(members.getByRole('row').filter({ hasText: invitee })).toHaveCount(0);
  await chairAgain.close();
});

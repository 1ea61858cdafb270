import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DEMO, expectNoSeriousA11yViolations, signIn, signOut, openAdminPage } from './support';

// The demo data has last spring's completed cohort with certificates issued: student1 and
// student2 (among others) attended enough for one.
const PAST = /^CRES study group — Spring \d{4}$/;
const STUDENT2 = 'Jordan Miller';

test('a student sees their CE hours, downloads the certificate PDF from the cohort page, and its code verifies as valid, signed in or not', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ timezoneId: 'America/Chicago', acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, DEMO.student.email);

  // The ledger: the Gantry certificate's hours count toward the units.
  await page.getByRole('link', { name: 'CE hours' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'CE hours' })).toBeVisible();
  const entries = page.getByRole('table', { name: 'Continuing-education entries' });
  const gantry = entries.getByRole('row').filter({ hasText: 'Gantry' }).first();
  await expect(gantry).toBeVisible();
  const hours = Number(await gantry.getByRole('cell').nth(1).textContent());
  expect(hours, 'the certificate’s contact hours').toBeGreaterThan(0);
  await expect(page.getByTestId('unit-ratio')).toContainText('per contact hour');
  // The segmented control's radio input is visually hidden: click its label.
  await page.getByRole('region', { name: 'Units by year' }).getByText('Table', { exact: true }).click();
  await expect(page.getByTestId('units-table')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'CE ledger');

  // From the entry to its cohort: the certificate card.
  await gantry.getByRole('link', { name: /^Cohort page of / }).click();
  const card = page.getByRole('region', { name: 'Certificate of attendance' });
  await expect(card.getByTestId('certificate-hours')).toHaveText(`${hours} contact hour${hours === 1 ? '' : 's'}`);
  const code = (await card.getByTestId('certificate-code').textContent())!.trim();
  expect(code).toMatch(/^GNT-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: 'Download certificate (PDF)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/certificate\.pdf$/);
  expect(download.suggestedFilename()).toContain(DEMO.student.name);
  const pdf = await readFile((await download.path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The verification page, linked from the card.
  await card.getByRole('link', { name: 'Verification page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Certificate verification' })).toBeVisible();
  await expect(page.getByTestId('verification-status')).toContainText('Valid certificate');
  await expect(page.getByTestId('verified-name')).toHaveText(DEMO.student.name);
  await expect(page.getByTestId('verified-hours')).toHaveText(`${hours} contact hour${hours === 1 ? '' : 's'}`);
  await expectNoSeriousA11yViolations(page, 'certificate verification');

  // Anyone can check it, typed in lower case and without hyphens too.
  await signOut(page);
  await page.goto(`/verify/${code.toLowerCase().replace(/-/g, '')}`);
  await expect(page.getByTestId('verification-status')).toContainText('Valid certificate');
  await expect(page.getByTestId('verified-name')).toHaveText(DEMO.student.name);
  await page.getByRole('textbox', { name: /^Verification code/ }).fill('GNT-0000-0000-0000');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByTestId('verification-status')).toContainText('No certificate has this code');
  await expectNoSeriousA11yViolations(page, 'unknown verification code');
  await context.close();
});

test('a mentor revokes a certificate with a reason, the public page says so, and a reissued code is valid', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ timezoneId: 'America/Chicago' });
  const page = await context.newPage();
  await signIn(page, DEMO.mentor.email);
  const mine = page.getByRole('region', { name: 'My cohorts' });
  await mine.getByRole('article', { name: PAST }).getByRole('link', { name: PAST }).click();
  await expect(page.getByRole('heading', { level: 1, name: PAST })).toBeVisible();
  if (!page.url().endsWith('/manage')) await page.goto(`${page.url()}/manage`);

  const section = page.getByRole('region', { name: 'Certificates' });
  const table = section.getByRole('table', { name: 'Certificates' });
  // Reruns against one database leave earlier (revoked) rows: take the valid one.
  const valid = table.getByRole('row').filter({ hasText: STUDENT2 }).filter({ hasText: 'Valid' });
  await expect(valid).toHaveCount(1);
  const oldCode = (await valid.getByRole('link', { name: /^GNT-/ }).textContent())!.trim();
  await expectNoSeriousA11yViolations(page, 'manage page with certificates');

  // Issuing again adds nobody: everyone who qualifies has one.
  await section.getByRole('button', { name: 'Issue certificates' }).click();
  await expect(page.getByText('No new certificates: everyone who attended enough already has one.')).toBeVisible();

  await valid.getByRole('button', { name: `Revoke ${STUDENT2}’s certificate` }).click();
  const dialog = page.getByRole('dialog', { name: `Revoke ${STUDENT2}’s certificate?` });
  await expect(dialog.getByRole('button', { name: 'Revoke certificate' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Issued under the wrong name; a corrected one follows.');
  await dialog.getByRole('button', { name: 'Revoke certificate' }).click();
  await expect(dialog).toBeHidden();
  const revoked = table.getByRole('row').filter({ hasText: oldCode });
  await expect(revoked).toContainText('Revoked');
  await expect(revoked).toContainText('Issued under the wrong name; a corrected one follows.');

  await revoked.getByRole('button', { name: `Reissue ${STUDENT2}’s certificate` }).click();
  await page.getByRole('dialog', { name: `Reissue ${STUDENT2}’s certificate?` }).getByRole('button', { name: 'Reissue' }).click();
  const renewed = table.getByRole('row').filter({ hasText: STUDENT2 }).filter({ hasText: 'Valid' });
  await expect(renewed).toHaveCount(1);
  const newCode = (await renewed.getByRole('link', { name: /^GNT-/ }).textContent())!.trim();
  expect(newCode).not.toBe(oldCode);
  await expect(revoked).toContainText('Replaced');

  // The public page, signed out.
  await signOut(page);
  await page.goto(`/verify/${oldCode}`);
  await expect(page.getByTestId('verification-status')).toContainText('This certificate was revoked');
  await expect(page.getByTestId('verified-name')).toHaveText(STUDENT2);
  await expectNoSeriousA11yViolations(page, 'revoked certificate verification');
  await page.goto(`/verify/${newCode}`);
  await expect(page.getByTestId('verification-status')).toContainText('Valid certificate');
  await context.close();
});

test('the eligibility self-check and the CRES rules page', async ({ page }) => {
  await signIn(page, DEMO.student.email);
  await page.goto('/ce/eligibility');
  await expect(page.getByRole('heading', { level: 1, name: 'CRES eligibility self-check' })).toBeVisible();
  await expect(page.getByTestId('eligibility-result')).toBeVisible();
  await expect(page.getByTestId('rules-edition')).toContainText(/Edition \S+, effective /);
  await expectNoSeriousA11yViolations(page, 'eligibility self-check');
  await signOut(page);

  await signIn(page, DEMO.platformAdmin.email);
  await openAdminPage(page, 'CRES rules');
  await expect(page.getByRole('heading', { level: 1, name: 'CRES rules' })).toBeVisible();
  await expect(page.getByTestId('current-edition')).toContainText('units every');
  await expect(page.getByRole('table', { name: 'All editions' }).getByRole('row')).not.toHaveCount(1);
  await page.getByRole('button', { name: 'Publish a new edition' }).click();
  const form = page.getByRole('form', { name: 'Publish a new edition' });
  // Nothing is published here (every page uses the edition in force): only the checks.
  await form.getByRole('button', { name: 'Publish edition' }).click();
  await expect(form.getByText('Name the edition, like 2025-06.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'CRES rules with field errors');
});

import { expect, test } from '@playwright/test';
import { DEMO, expectNoSeriousA11yViolations, signIn, signOut, openAdminPage } from './support';

test('a platform admin adds, renames and retires a modality; mentors cannot reach the page', async ({ page }) => {
  const code = `E2E_${Date.now().toString(36).toUpperCase()}`;
  await signIn(page, DEMO.platformAdmin.email);
  await openAdminPage(page, 'Modalities & domains');
  await expect(page.getByRole('heading', { level: 1, name: 'Modalities and exam domains' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Modalities' });
  await expect(table.getByRole('row', { name: /Computed tomography/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the taxonomy page');

  await page.getByRole('button', { name: 'Add modality' }).click();
  const form = page.getByRole('form', { name: 'Add a modality' });
  await form.getByLabel(/^Code/).fill(code.toLowerCase());
  await form.getByLabel(/^Name/).fill('Lithotripsy (e2e)');
  await form.getByRole('button', { name: 'Add modality' }).click();
  await expect(form).toBeHidden();
  const row = table.getByRole('row', { name: /Lithotripsy \(e2e\)/ });
  await expect(row).toContainText(code);

  await row.getByRole('button', { name: 'Edit Lithotripsy (e2e)' }).click();
  const edit = page.getByRole('form', { name: 'Edit Lithotripsy (e2e)' });
  await expect(edit.getByLabel(/^Code/)).toBeDisabled();
  await edit.getByLabel(/^Name/).fill('Shock-wave lithotripsy (e2e)');
  await edit.getByRole('button', { name: 'Save' }).click();
  const renamed = table.getByRole('row', { name: /Shock-wave lithotripsy \(e2e\)/ });
  await renamed.getByRole('button', { name: 'Retire Shock-wave lithotripsy (e2e)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Retire' }).click();
  await expect(renamed).toContainText('Retired');

  await page.getByRole('tab', { name: 'Exam domains' }).click();
  await expect(page.getByRole('table', { name: 'Exam domains' }).getByRole('row', { name: /Safety and regulatory compliance/ })).toBeVisible();

  await signOut(page);
  await signIn(page, DEMO.mentor.email);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Admin' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Modalities & domains' })).toHaveCount(0);
  await page.goto('/admin/taxonomy');
  await expect(page.getByText('Platform admins only')).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { DEMO, signIn, uniqueEmail } from './support';

test('a platform admin creates a chapter; its public page is live', async ({ page }) => {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const name = `Utah Imaging Techs ${suffix}`;
  await signIn(page, DEMO.platformAdmin.email);

  const count = page.getByRole('region', { name: 'Chapters' }).getByText(/^\d+ chapters?/);
  const before = Number((await count.innerText()).match(/^(\d+)/)![1]);

  const form = page.getByRole('form', { name: 'Create a chapter' });
  await form.getByRole('textbox', { name: 'Chapter name' }).fill(name);
  // The slug is suggested from the name.
  await expect(form.getByRole('textbox', { name: 'Slug' })).toHaveValue(`utah-imaging-techs-${suffix}`);
  await form.getByRole('combobox', { name: 'Region' }).click();
  await form.getByRole('combobox', { name: 'Region' }).fill('Utah');
  await page.getByRole('option', { name: 'Utah (UT)' }).click();
  await form.getByRole('textbox', { name: 'Description' }).fill('Study groups for imaging service engineers along the Wasatch Front.');
  await form.getByRole('textbox', { name: 'First admin’s email' }).fill(uniqueEmail('first-admin'));
  await form.getByRole('button', { name: 'Create chapter' }).click();

  await expect(page.getByText(`${name} is live. Its first admin was sent an invitation.`)).toBeVisible();
  await expect(count).toHaveText(new RegExp(`^${before + 1} chapters`));
  await expect(form.getByRole('textbox', { name: 'Chapter name' })).toHaveValue('');

  await page.goto(`/chapters/utah-imaging-techs-${suffix}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Study groups for imaging service engineers along the Wasatch Front.')).toBeVisible();
});

test('creating a chapter with a taken slug shows the API’s message on the slug field', async ({ page }) => {
  await signIn(page, DEMO.platformAdmin.email);
  const form = page.getByRole('form', { name: 'Create a chapter' });
  await form.getByRole('textbox', { name: 'Chapter name' }).fill('Another CABMET');
  await form.getByRole('textbox', { name: 'Slug' }).fill('cabmet');
  await form.getByRole('combobox', { name: 'Region' }).click();
  await form.getByRole('combobox', { name: 'Region' }).fill('Colorado');
  await page.getByRole('option', { name: 'Colorado (CO)' }).click();
  await form.getByRole('textbox', { name: 'First admin’s email' }).fill(uniqueEmail('dup'));
  await form.getByRole('button', { name: 'Create chapter' }).click();
  await expect(form.getByRole('textbox', { name: 'Slug' })).toHaveAccessibleDescription(/Another chapter already uses this slug\./);
});

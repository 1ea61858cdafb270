import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support';

test('the public chapter page renders without signing in', async ({ page }) => {
  const response = await page.goto('/chapters/cabmet');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: /^CABMET — Colorado Association of Biomedical Equipment Technicians/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'About' })).toBeVisible();
  await expect(page.getByText(/volunteer mentors run CRES study groups/)).toBeVisible();
  await expect(page.getByText('Colorado', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'public chapter page');
});

test('an unknown chapter and an unknown page say so', async ({ page }) => {
  await page.goto('/chapters/no-such-chapter');
  await expect(page.getByRole('heading', { level: 1, name: 'Chapter not found' })).toBeVisible();
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('sign-in and sign-up pages have no serious accessibility problems', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'sign-in');
  // With validation errors showing, too.
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your email address.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'sign-in with errors');

  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'sign-up');
});

test('the skip link moves keyboard users to the page content', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toBeFocused();
});

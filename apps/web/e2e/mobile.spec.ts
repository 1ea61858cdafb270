import { expect, test } from '@playwright/test';
import { DEMO, expectNoSeriousA11yViolations, signIn } from './support';

test.use({ viewport: { width: 375, height: 740 } });

test('at 375 px: no sideways scrolling, and the burger menu reaches every page', async ({ page }) => {
  await signIn(page, DEMO.chapterAdmin.email);
  const noOverflow = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await noOverflow(), 'the home page scrolls sideways at 375 px').toBe(true);

  // The desktop navigation is hidden; the burger opens it.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  const burger = page.getByRole('button', { name: 'Open navigation' });
  await expect(burger).toBeVisible();
  await burger.click();
  const mobileNav = page.getByRole('navigation', { name: 'Main (mobile)' });
  await expect(mobileNav).toBeVisible();
  await expect(mobileNav).toContainText(`Signed in as ${DEMO.chapterAdmin.name}`);
  await mobileNav.getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await expect(mobileNav).toBeHidden();
  expect(await noOverflow(), 'the profile page scrolls sideways at 375 px').toBe(true);
  await expectNoSeriousA11yViolations(page, 'profile at 375 px');

  await page.getByRole('button', { name: 'Open navigation' }).click();
  await page.getByRole('navigation', { name: 'Main (mobile)' }).getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
});

import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectNoSeriousA11yViolations, signIn, tinyPdf, stamp } from './support';

async function chooseOption(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

/** The common fields of a new item, in the chapter's library. */
async function fillBasics(page: Page, title: string) {
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('textbox', { name: 'Summary' }).fill('Browser-test item: slip rings and the rotating gantry.');
  await page.getByRole('textbox', { name: 'Minutes' }).fill('12');
  await chooseOption(page, 'Modalities', 'Computed tomography (CT)');
  await page.keyboard.press('Escape');
  await chooseOption(page, 'Exam domains', 'Imaging equipment function and operation');
  await page.keyboard.press('Escape');
  await page.getByRole('radio', { name: 'My chapter’s library' }).check();
  await expect(page.getByRole('combobox', { name: 'Chapter' })).toHaveValue(/^CABMET/);
}

const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('the demo mentor searches the starter library and sees the matching words highlighted; filters live in the URL', async ({ page }) => {
  await signIn(page, DEMO.mentor.email);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.getByTestId('library-result').first()).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search' }).fill('helium');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/library\?q=helium$/);
  await expect(page.getByRole('heading', { level: 2, name: /^\d+ match(es)? for “helium”/ })).toBeVisible();
  const magnets = page.getByRole('article', { name: 'Superconducting MRI magnets: cryogenics, cooling chain and quench' });
  await expect(magnets).toBeVisible();
  await expect(magnets.getByTestId('headline').locator('mark').first()).toHaveText(/^helium$/i);
  await expect(magnets.getByTestId('scope-badge')).toHaveText('Platform');

  // A filter narrows the search at once and is kept in the URL; back undoes it.
  await chooseOption(page, 'Kind', 'Link');
  await expect(page).toHaveURL(/\/library\?q=helium&kind=LINK$/);
  await expect(page.getByText('Nothing in the library matches. Try other words, or clear the filters.')).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/library\?q=helium$/);
  await expect(magnets).toBeVisible();
  await chooseOption(page, 'Modality', 'Magnetic resonance imaging (MRI)');
  await expect(page).toHaveURL(/\/library\?q=helium&modality=MRI$/);
  await expect(magnets).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the library search');
});

test('a mentor writes a reading in the chapter library, edits it, and restores version 1 from the history', async ({ page }) => {
  const title = `E2E slip rings ${stamp()}`;
  await signIn(page, DEMO.mentor.email);
  await page.goto('/library');
  await page.getByRole('link', { name: 'New item' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New library item' })).toBeVisible();
  await page.getByRole('radio', { name: 'Reading' }).check();
  await fillBasics(page, title);
  await page.getByRole('textbox', { name: 'Reading' }).fill('## Slip rings\n\nBrushes on the **slip ring** carry power and data to the rotating gantry.');
  await page.getByRole('button', { name: 'Create item' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/library\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('scope-badge')).toHaveText(/^CABMET.* library$/);
  await expect(page.getByTestId('material-body').getByRole('heading', { level: 2, name: 'Slip rings' })).toBeVisible();
  await expect(page.getByTestId('material-body').locator('strong')).toHaveText('slip ring');
  await expectNoSeriousA11yViolations(page, 'a library item');

  // An edit is a new version; the preview tab shows the saved text.
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(`${title} (revised)`);
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByTestId('saved-preview').getByRole('heading', { name: 'Slip rings' })).toBeVisible();
  await page.getByRole('tab', { name: 'Write' }).click();
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${title} (revised)` })).toBeVisible();
  await expect(page.getByText(/^Version 2, saved /)).toBeVisible();

  // History: both versions, times in the mentor's zone; restore version 1 as version 3.
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByTestId('version-row')).toHaveCount(2);
  await history.getByRole('button', { name: 'View version 1' }).click();
  const view = page.getByRole('dialog', { name: 'Version 1' });
  await expect(view).toContainText(title);
  await view.getByRole('button', { name: 'Restore version 1' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore version 1?' });
  await expect(confirm).toContainText('saved as version 3');
  await confirm.getByRole('button', { name: 'Restore version 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
  await expect(history.getByTestId('version-row')).toHaveCount(3);
  await expect(history.getByTestId('version-row').first()).toContainText('Version 3');
  await expect(history.getByTestId('version-row').first()).toContainText('Current');
  await expect(page.getByText(/^Version 3, saved /)).toBeVisible();

  // It is found by its words.
  await page.goto(`/library?q=${encodeURIComponent('slip ring brushes')}&scope=CHAPTER`);
  await expect(page.getByRole('article', { name: title })).toBeVisible();
});

test('a mentor uploads a PDF as a file item: the progress bar reaches 100% and the item page previews it', async ({ page }) => {
  const title = `E2E checklist ${stamp()}`;
  await signIn(page, DEMO.mentor.email);
  await page.goto('/library/new');
  await page.getByRole('radio', { name: 'File' }).check();
  await fillBasics(page, title);
  await expect(page.getByText(/^PDF, PNG, .* up to 25 MB\.$/)).toBeVisible();
  await page.getByTestId('file-input').setInputFiles({ name: 'slip-ring-checklist.pdf', mimeType: 'application/pdf', buffer: tinyPdf('Slip ring checklist') });
  const bar = page.getByRole('progressbar', { name: 'Uploaded slip-ring-checklist.pdf' });
  await expect(bar).toHaveAttribute('aria-valuenow', '100');
  await expect(page.getByTestId('upload-percent')).toHaveText('100%');
  await page.getByRole('button', { name: 'Create item' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('kind-badge')).toHaveText('File');
  const frame = page.getByTitle(`${title} (PDF)`);
  await expect(frame).toBeVisible();
  // The frame's signed link serves the PDF inline, to this origin's frames only.
  const src = await frame.getAttribute('src');
  const served = await page.request.get(src!);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toContain('application/pdf');
  expect((await served.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.getByRole('link', { name: /^Download slip-ring-checklist\.pdf \(\d+ bytes\)$/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'a file item');

  // A file of the wrong type is refused before it is sent.
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByTestId('file-input').setInputFiles({ name: 'notes.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
  await expect(page.getByRole('alert').filter({ hasText: '“notes.exe” is not a file type you can upload here.' })).toBeVisible();
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the library and an item fit without sideways scrolling', async ({ page }) => {
    await signIn(page, DEMO.mentor.email);
    await page.goto('/library?q=helium');
    await expect(page.getByTestId('library-result').first()).toBeVisible();
    expect(await noOverflow(page), 'the library scrolls sideways at 375 px').toBe(true);
    await page.getByTestId('library-result').first().getByRole('link').click();
    await expect(page.getByRole('region', { name: 'History' })).toBeVisible();
    expect(await noOverflow(page), 'an item page scrolls sideways at 375 px').toBe(true);
  });
});

test('a student is told the library is not theirs, and has no link to it', async ({ page }) => {
  await signIn(page, DEMO.student.email);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' })).toHaveCount(0);
  await page.goto('/library');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.getByText(/You don’t have access to the library/)).toBeVisible();
  await expect(page.getByRole('search')).toHaveCount(0);
});

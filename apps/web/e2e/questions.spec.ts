import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectNoSeriousA11yViolations, signIn, stamp } from './support';

async function chooseOption(page: Page, label: string | RegExp, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

function gift(word: string, fixed: boolean): string {
  return [
    '// Browser-test questions',
    `::Quench ${word}:: Which gas boils off when a superconducting magnet quenches (${word})? {`,
    '  =Helium',
    '  ~Nitrogen',
    '  ~Argon',
    '  ~Oxygen',
    '  ####Liquid helium keeps the coil superconducting; a quench warms it and the helium boils off.',
    '}',
    '',
    `::kVp ${word}:: What does a non-invasive kVp meter measure (${word})? {`,
    fixed ? '  =The peak tube voltage' : '  ~The peak tube voltage',
    '  ~The tube current',
    '  ~The exposure time',
    '  ~The dose area product',
    '  ####It reads the peak kilovoltage through the beam, without opening the generator.',
    '}',
    '',
  ].join('\n');
}

test('a mentor imports a GIFT file: a line error blocks it, the fixed file imports, the questions are found, and one is marked reviewed', async ({ page }) => {
  const word = `zq${stamp()}`;
  await signIn(page, DEMO.mentor.email);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Questions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Question bank' })).toBeVisible();
  await page.getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import questions' })).toBeVisible();

  // The file with a mistake: the second question marks no answer as correct.
  const input = page.getByTestId('import-file-input');
  await input.setInputFiles({ name: 'bank.gift', mimeType: 'text/plain', buffer: Buffer.from(gift(word, false)) });
  await expect(page.getByTestId('import-file-state')).toHaveText(/^bank\.gift \(/);
  await expect(page.getByRole('radio', { name: 'GIFT (Moodle)' })).toBeChecked();
  await chooseOption(page, /^Exam domain/, 'Imaging equipment function and operation');
  await expect(page.getByRole('combobox', { name: 'Into' })).toHaveValue('A chapter’s bank');
  await page.getByRole('button', { name: 'Preview' }).click();

  await expect(page.getByTestId('import-errors')).toContainText(/Line 1[01]: No correct answer/);
  await expect(page.getByTestId('import-summary')).toContainText('1 question read, 1 line with errors.');
  await expect(page.getByRole('button', { name: 'Import' })).toBeDisabled();
  await expect(page.getByTestId('import-blocker')).toHaveText('Nothing can be imported while 1 line has an error. Fix it in the file, choose it again and preview.');
  await expectNoSeriousA11yViolations(page, 'the question import preview');

  // Fixed: both questions read; import them.
  await input.setInputFiles({ name: 'bank.gift', mimeType: 'text/plain', buffer: Buffer.from(gift(word, true)) });
  await expect(page.getByTestId('import-errors')).toHaveCount(0);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('import-question')).toHaveCount(2);
  await page.getByRole('button', { name: 'Import 2 questions' }).click();
  await expect(page.getByTestId('import-result')).toContainText('Imported 2 questions');

  // Search finds exactly these two (nothing from the refused file).
  await page.goto('/questions');
  await page.getByRole('searchbox', { name: 'Search' }).fill(word);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/questions\\?q=${word}$`));
  await expect(page.getByRole('heading', { level: 2, name: `2 matches for “${word}”` })).toBeVisible();
  const quench = page.getByRole('article', { name: new RegExp(`Which gas boils off .*${word}`) });
  await expect(quench.getByTestId('status-badge')).toHaveText('Draft');
  await expect(quench.getByTestId('scope-badge')).toHaveText(/bank$/);
  await expectNoSeriousA11yViolations(page, 'the question bank');

  // Open one and mark it reviewed.
  await quench.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit question' })).toBeVisible();
  await expect(page.getByTestId('student-preview')).toContainText('Helium');
  await expect(page.getByTestId('student-preview')).not.toContainText('Liquid helium keeps');
  await expectNoSeriousA11yViolations(page, 'the question editor');
  await page.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(page.getByTestId('status-badge')).toHaveText('Reviewed');
  await expect(page.getByTestId('question-meta')).toContainText(`reviewed by ${DEMO.mentor.name}`);
  await expect(page.getByRole('button', { name: 'Back to draft' })).toBeVisible();

  // The list says so too.
  await page.goto(`/questions?q=${word}&status=REVIEWED`);
  await expect(page.getByRole('heading', { level: 2, name: `1 match for “${word}”` })).toBeVisible();
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the bank, the editor and the import page fit without sideways scrolling', async ({ page }) => {
    const noOverflow = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    await signIn(page, DEMO.mentor.email);
    await page.goto('/questions');
    await expect(page.getByTestId('question-result').first()).toBeVisible();
    expect(await noOverflow(), 'the bank scrolls sideways at 375 px').toBe(true);

    await page.getByTestId('question-result').first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: /question$/i })).toBeVisible();
    await expect(page.getByTestId('option-row').first()).toBeVisible();
    expect(await noOverflow(), 'the editor scrolls sideways at 375 px').toBe(true);

    await page.goto('/questions/new');
    await expect(page.getByRole('form', { name: 'New question' })).toBeVisible();
    expect(await noOverflow(), 'a new question scrolls sideways at 375 px').toBe(true);

    await page.goto('/questions/import');
    await expect(page.getByRole('button', { name: 'Preview' })).toBeVisible();
    expect(await noOverflow(), 'the import page scrolls sideways at 375 px').toBe(true);
    await expectNoSeriousA11yViolations(page, 'the import page at 375 px');
  });
});

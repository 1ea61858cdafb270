import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'gantry-demo-2026';
export const DEMO = {
  platformAdmin: { email: 'admin@gantry.test', name: 'Pat Admin' },
  chapterAdmin: { email: 'chair@cabmet.test', name: 'Carmen Ruiz' },
  mentor: { email: 'mentor@cabmet.test', name: 'Dale Okafor' },
  student: { email: 'student1@gantry.test', name: 'Avery Chen' },
} as const;

/** A short suffix no other test (or earlier run against the same database) has used. */
export function stamp(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
}

/** An address no other test (or earlier run against the same database) has used. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@e2e.gantry.test`;
}

export function emailField(page: Page) {
  return page.getByRole('textbox', { name: 'Email', exact: true });
}

export function passwordField(page: Page, name = 'Password') {
  return page.getByRole('textbox', { name, exact: true });
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await emailField(page).fill(email);
  await passwordField(page).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome, / })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: /^Account menu, signed in as / }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
}

/** The profile page through the account menu (an in-app navigation). */
export async function openProfile(page: Page) {
  await page.getByRole('button', { name: /^Account menu, signed in as / }).click();
  await page.getByRole('menuitem', { name: 'Profile and password' }).click();
}

/** A platform-administration page through the main bar's Admin menu. */
export async function openAdminPage(page: Page, name: 'Outbox' | 'Modalities & domains' | 'CRES rules') {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Admin' }).click();
  await page.getByRole('menuitem', { name }).click();
}

/** axe-core with the WCAG 2.1 A/AA rules; fails on any serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = serious.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`).join('\n');
  expect(serious, `axe found serious/critical violations on ${what}:\n${summary}`).toEqual([]);
  // Something was actually checked.
  expect(results.passes.length, `axe checked nothing on ${what}`).toBeGreaterThan(10);
}

/** A one-page PDF, valid enough for any reader (and for the server's sniffing), built with its cross-reference table. */
export function tinyPdf(text: string): Buffer {
  const content = `BT /F1 18 Tf 20 50 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** A GraphQL request with the context's cookies (the page's session); fails the test on any error. */
export async function gql<T = Record<string, unknown>>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

/** In an attempt: choose the option at `index` of the question on screen and wait for the save. */
export async function answerQuestion(page: Page, index: number) {
  await page.getByRole('radio').nth(index).check();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
}

/** In an attempt: flag the question on screen for review and wait for the save. */
export async function flagQuestion(page: Page) {
  await page.getByRole('button', { name: /Flag for review/ }).click();
  await expect(page.getByRole('button', { name: /Flag for review/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
}

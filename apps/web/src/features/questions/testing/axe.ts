import axe from 'axe-core';
import { expect } from 'vitest';

/** axe-core on the rendered page (contrast needs a real browser: the e2e test checks it). */
export async function expectNoA11yViolations(container: HTMLElement) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

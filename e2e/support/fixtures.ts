import { test as base, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export type Lang = 'es' | 'en';

export const VIEWPORTS = [
  { name: '320px', width: 320, height: 640 },
  { name: 'desktop', width: 1280, height: 800 },
];

export const test = base.extend<{ lang: Lang }>({
  baseURL: async ({}, use) => use(process.env.VENTANILLA_URL),
  lang: ['es', { option: true }],
  // The app keeps the chosen language in localStorage; start each page in `lang`.
  page: async ({ page, lang }, use) => {
    await page.addInitScript((code) => {
      if (!sessionStorage.getItem('e2e-started')) {
        sessionStorage.setItem('e2e-started', '1');
        localStorage.setItem('ventanilla.lang', code);
      }
    }, lang);
    await use(page);
  },
});

export { expect };

/** WCAG 2.2 A and AA, as the issue asks. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect(summary).toEqual([]);
}

/** Nothing may scroll sideways, at any width down to 320 px (WCAG 1.4.10). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

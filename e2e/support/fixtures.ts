import { test as base, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export type Lang = 'es' | 'en';

export const VIEWPORTS = [
  { name: '320px', width: 320, height: 640 },
  { name: 'desktop', width: 1280, height: 800 },
];

export const test = base.extend<{ lang: Lang; awaitHydration: boolean }>({
  baseURL: async ({}, use) => use(process.env.VENTANILLA_URL),
  lang: ['es', { option: true }],
  awaitHydration: [true, { option: true }],
  // The chosen language is a cookie, which the server renders pages in; start each test in `lang`.
  // With script, a page is used once hydrated, as a person would once it responds.
  page: async ({ page, lang, baseURL, javaScriptEnabled, awaitHydration }, use) => {
    await page.context().addCookies([{ name: 'ventanilla_lang', value: lang, url: baseURL! }]);
    if (javaScriptEnabled !== false && awaitHydration) {
      const hydrated = () => page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      const [goto, reload] = [page.goto.bind(page), page.reload.bind(page)];
      page.goto = async (...args) => {
        const response = await goto(...args);
        await hydrated();
        return response;
      };
      page.reload = async (...args) => {
        const response = await reload(...args);
        await hydrated();
        return response;
      };
    }
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

/**
 * After an in-page update (another page of results, a code sent or confirmed,
 * a timeout): the focus is on `focused` and the page's live region said `said`.
 */
export async function expectFocusAndAnnouncement(page: Page, focused: string, said: string | RegExp): Promise<void> {
  await expect(page.locator(focused)).toBeFocused();
  // The page's announcer, a child of body (the search box has a region of its own).
  await expect(page.locator('body > [aria-live="polite"]')).toContainText(said);
}

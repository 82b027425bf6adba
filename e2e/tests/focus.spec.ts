import { Page } from '@playwright/test';
import { test, expect, Lang } from '../support/fixtures';
import { tabTo } from '../support/procedure';
import { ROUTES } from '../support/routes';

// Each route is walked with this many presses of Tab: the frame and the
// page's controls as far as a keyboard user goes before scrolling far.
const TABS = 25;

/** An element's text colour's contrast with what is behind it (WCAG 2), and what it is. */
function contrastInPage(element: Element): { what: string; ratio: number } {
  const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const [R, G, B] = [r, g, b].map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  let behind: Element | null = element;
  let background = 'rgb(255, 255, 255)';
  while (behind) {
    const colour = getComputedStyle(behind).backgroundColor;
    const alpha = rgb(colour)[3];
    if (alpha === undefined || alpha > 0) {
      background = colour;
      break;
    }
    behind = behind.parentElement;
  }
  const [a, b] = [luminance(rgb(getComputedStyle(element).color)), luminance(rgb(background))];
  return { what: element.outerHTML.slice(0, 80), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
}

/** The focused element's contrast, or null when nothing is focused. */
async function focusedContrast(page: Page): Promise<{ what: string; ratio: number } | null> {
  const focused = (await page.evaluateHandle(() => document.activeElement)).asElement();
  if (!focused || (await focused.evaluate((e) => e === document.body))) return null;
  return focused.evaluate(contrastInPage);
}

for (const lang of ['es', 'en'] as Lang[]) {
  test.describe(`${lang}, focus`, () => {
    test.use({ lang, viewport: { width: 1280, height: 800 } });

    for (const route of ROUTES) {
      test(`${route.path}: each focused control keeps its text readable (4.5:1)`, async ({ page }) => {
        await page.goto(route.path);
        await page.locator(route.ready).first().waitFor();
        for (let i = 0; i < TABS; i++) {
          await page.keyboard.press('Tab');
          const focused = await focusedContrast(page);
          if (!focused) continue;
          expect(focused.ratio, focused.what).toBeGreaterThanOrEqual(4.5);
        }
      });
    }
  });

  test.describe(`${lang}, forced colours`, () => {
    test.use({ lang, viewport: { width: 1280, height: 800 }, forcedColors: 'active' });

    for (const route of ROUTES) {
      test(`${route.path}: each focusable control looks different when focused`, async ({ page }) => {
        await page.goto(route.path);
        await page.locator(route.ready).first().waitFor();
        for (let i = 0; i < TABS; i++) {
          await page.keyboard.press('Tab');
          const focused = await page.evaluateHandle(() => document.activeElement);
          const element = focused.asElement();
          const box = element && (await element.boundingBox());
          if (!element || !box || (await element.evaluate((e) => e === document.body))) continue;
          const pad = 8;
          const clip = {
            x: Math.max(0, box.x - pad),
            y: Math.max(0, box.y - pad),
            width: Math.min(1280, box.width + 2 * pad),
            height: Math.min(800, box.height + 2 * pad),
          };
          const withFocus = await page.screenshot({ clip });
          await element.evaluate((e) => (e as HTMLElement).blur());
          const without = await page.screenshot({ clip });
          const what = await element.evaluate((e) => e.outerHTML.slice(0, 80));
          expect(withFocus.equals(without), `${what} shows no focus`).toBe(false);
          // Back where Tab was, so the walk goes on in order.
          await element.focus();
        }
      });
    }

    test('the chosen language is shown by more than bold text', async ({ page }) => {
      await page.goto('/');
      const [spanish, english] = [0, 1].map((n) => page.locator('header a[hreflang]').nth(n));
      const chosen = lang === 'es' ? spanish : english;
      const other = lang === 'es' ? english : spanish;
      await expect(chosen).toHaveAttribute('aria-current', 'true');
      const background = (l: typeof chosen) => l.evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(await background(chosen)).not.toBe(await background(other));
    });
  });

  test.describe(`${lang}, buttons`, () => {
    test.use({ lang, viewport: { width: 1280, height: 800 } });

    test('a link that looks like a button keeps its text under the pointer and when focused', async ({ page }) => {
      await page.goto('/tramites/consulta-curp');
      const start = `main a:text-is("${lang === 'es' ? 'Hacer el trámite en línea' : 'Do it online'}")`;
      const button = page.locator(start).first();
      await button.hover();
      expect((await button.evaluate(contrastInPage)).ratio).toBeGreaterThanOrEqual(4.5);
      // Reached with the keyboard, with the pointer still on it.
      await tabTo(page, start);
      expect((await button.evaluate(contrastInPage)).ratio).toBeGreaterThanOrEqual(4.5);
    });
  });
}

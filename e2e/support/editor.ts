// The editors' pages driven with the keyboard only, as the content specs do.
import { Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './fixtures';
import { tabTo } from './procedure';

/** axe finds nothing, and nothing scrolls sideways. */
export async function checkPage(page: Page) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
}

/** Presses the button or link named `name`, reached with Tab. */
export async function press(page: Page, name: string) {
  await tabTo(page, `button:text-is("${name}"), a:text-is("${name}")`, 120);
  await page.keyboard.press('Enter');
}

/** Types `text` into the box `id`, reached with Tab. */
export async function typeInto(page: Page, id: string, text: string) {
  await tabTo(page, `#${id}`, 120);
  await page.keyboard.type(text);
}

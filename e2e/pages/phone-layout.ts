import { expect, type Page } from '@playwright/test';

interface LayoutReport {
  scrollWidth: number;
  clientWidth: number;
  /** Texts of elements squeezed to about one character per line. */
  squeezed: string[];
}

// Evaluated in the page as a string: this package is compiled without the DOM's types.
const MEASURE = `(() => {
  const root = document.documentElement;
  const squeezed = [];
  for (const element of document.querySelectorAll('body *')) {
    const own = Array.from(element.childNodes)
      .filter((node) => node.nodeType === 3)
      .map((node) => (node.textContent || '').trim())
      .join('');
    if (own.length < 3) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const size = parseFloat(getComputedStyle(element).fontSize) || 16;
    // Three lines or more in a box narrower than two characters: the text stands one character a line.
    if (box.width < size * 2 && box.height > size * 3) squeezed.push(own.slice(0, 24));
  }
  return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, squeezed };
})()`;

/** At a phone's width: no sideways scroll, and no text wrapped one character per line (issue 11, issue 14). */
export async function expectPhoneLayout(page: Page): Promise<void> {
  const report = await page.evaluate<LayoutReport>(MEASURE);
  expect(report.squeezed).toEqual([]);
  expect(report.scrollWidth).toBeLessThanOrEqual(report.clientWidth);
}

/** The element is on screen without scrolling sideways: a primary action in reach of a thumb. */
export async function expectInReach(page: Page, testId: string): Promise<void> {
  const target = page.getByTestId(testId).first();
  await expect(target).toBeVisible();
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport!.width);
  // Big enough for a thumb (MUI's large buttons are 42 px and up).
  expect(box!.height).toBeGreaterThanOrEqual(40);
}

import { expect, type Page } from '@playwright/test';

interface PhoneReport {
  scrollWidth: number;
  clientWidth: number;
  /** Texts (first characters) of elements narrower than two characters that wrap over two lines or more. */
  squeezed: string[];
  /** The outermost elements that reach past the right edge (tag, test id or class), to say what scrolls. */
  overflowing: string[];
}

// Evaluated in the page as a string: this package is compiled without the DOM's types. Every visible
// element with at least two characters of its own text must be at least two characters wide, or stand
// on one line (a narrow box with two lines or more is text wrapped one character per line).
const MEASURE = `(() => {
  const root = document.scrollingElement || document.documentElement;
  const squeezed = [];
  for (const element of document.querySelectorAll('body *')) {
    const own = Array.from(element.childNodes)
      .filter((node) => node.nodeType === 3)
      .map((node) => (node.textContent || '').trim())
      .join('');
    if (own.length < 2) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden') continue;
    const size = parseFloat(style.fontSize) || 16;
    const line = parseFloat(style.lineHeight) || size * 1.2;
    if (box.width < size * 1.9 && box.height >= line * 1.8) squeezed.push(own.slice(0, 24));
  }
  const overflowing = [];
  for (const element of document.querySelectorAll('body *')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.right <= root.clientWidth + 1) continue;
    const parent = element.parentElement;
    if (parent && parent.getBoundingClientRect().right > root.clientWidth + 1) continue;
    const name = element.getAttribute('data-testid') || String(element.className || '').split(' ')[0];
    overflowing.push(element.tagName.toLowerCase() + ':' + name + ':' + Math.round(box.right));
    if (overflowing.length >= 5) break;
  }
  return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, squeezed, overflowing };
})()`;

/** The page has loaded: its heading is on screen and nothing is still loading. */
export async function waitForPage(page: Page): Promise<void> {
  await expect(page.locator('main h1, h1').first()).toBeVisible();
  await expect(page.getByTestId('loading')).toHaveCount(0);
}

/** No sideways scroll and no text one character a line (issue 14), with what was found in the message. */
export async function expectFitsPhone(page: Page, where: string): Promise<void> {
  const report = await page.evaluate<PhoneReport>(MEASURE);
  expect(report.squeezed, `${where}: text wrapped one character per line`).toEqual([]);
  expect(
    report.scrollWidth,
    `${where}: no horizontal scroll (past the edge: ${report.overflowing.join(', ')})`,
  ).toBeLessThanOrEqual(report.clientWidth);
}

/** The signed-in header is one row, at most 64 px tall. */
export async function expectOneRowHeader(page: Page, where: string): Promise<void> {
  const box = await page.getByTestId('app-header').boundingBox();
  expect(box, `${where}: header`).not.toBeNull();
  expect(box!.height, `${where}: header height`).toBeLessThanOrEqual(64);
}

/**
 * The page's primary action is on screen: visible, inside the viewport's width, thumb-sized; with
 * `withoutScrolling` (a form's sticky action bar) also inside its height as the page opens.
 */
export async function expectPrimaryAction(
  page: Page,
  testId: string,
  where: string,
  withoutScrolling = false,
): Promise<void> {
  const target = page.getByTestId(testId).first();
  await expect(target, `${where}: primary action ${testId}`).toBeVisible();
  if (!withoutScrolling) await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, `${where}: ${testId}`).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
  expect(box!.height).toBeGreaterThanOrEqual(36);
  if (withoutScrolling) {
    expect(box!.y, `${where}: ${testId} in reach without scrolling`).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, `${where}: ${testId} in reach without scrolling`).toBeLessThanOrEqual(
      viewport.height,
    );
  }
}

import type { Locator } from '@playwright/test';

/**
 * Types a day (YYYY-MM-DD) or a Beijing minute (YYYY-MM-DD HH:mm or YYYY-MM-DDTHH:mm) into an MUI X
 * date picker field, as a user does with the keyboard. The field is a row of sections (year, month,
 * day, hour, minute) rather than one text input: the digits typed into the first section fill them in
 * order, each section passing to the next when full. `field` is the field's hidden input (found by its
 * test id or its label) or any element inside the field.
 */
export async function typeDate(field: Locator, value: string): Promise<void> {
  const root = field.locator(
    'xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " MuiPickersInputBase-root ")][1]',
  );
  await root.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(value.replace(/\D/g, ''));
  // Leave the field so that a form validating on blur sees the value.
  await field.page().keyboard.press('Tab');
}

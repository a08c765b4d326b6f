// Picking an option of a Mantine select as a clerk does: open it, type to filter when it allows, click.
import { expect, type Locator, type Page } from '@playwright/test';

export async function choose(scope: Page | Locator, label: string, option: string) {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  await box.click();
  if (await box.isEditable()) await box.fill(option); // searchable selects filter as the clerk types
  const page = 'page' in scope ? scope.page() : scope;
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types into a tags input and confirms each entry with Enter. */
export async function addTags(scope: Page | Locator, label: string, tags: string[]) {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  for (const tag of tags) {
    await box.fill(tag);
    await box.press('Enter');
  }
  await expect(box).toHaveValue('');
}

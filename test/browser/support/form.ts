import type { Locator, Page } from "playwright-core";

/** react-admin names each input after its field (`source`); ids are generated. */
export const input = (page: Page, name: string): Locator => page.locator(`input[name="${name}"]`);

/** The input's whole form control, where its label and helper text (errors) live. */
export const control = (page: Page, name: string): Locator =>
  page.locator(".MuiFormControl-root", { has: input(page, name) }).last();

export const helperText = (page: Page, name: string): Locator => control(page, name).locator(".MuiFormHelperText-root");

/** Types a day into a date input the way people write it, dd/mm/yyyy (the console stores yyyy-mm-dd). */
export async function fillDay(page: Page, name: string, isoDay: string): Promise<void> {
  const [year, month, day] = isoDay.split("-");
  await input(page, name).fill(`${day}/${month}/${year}`);
}

/** Picks an option of a react-admin select input (a MUI select) by its visible name. */
export async function choose(page: Page, name: string, option: RegExp): Promise<void> {
  await control(page, name).getByRole("combobox").click();
  await page.getByRole("option", { name: option }).click();
}

/** Types into a reference picker (autocomplete) and takes the suggestion that matches. */
export async function pick(page: Page, name: string, text: string): Promise<void> {
  const box = control(page, name).getByRole("combobox");
  await box.click();
  await box.fill(text);
  await page.getByRole("option", { name: new RegExp(text) }).click();
}

/** Fills the center form with a valid center in Casablanca. */
export async function fillCenter(
  page: Page,
  values: { name: string; openedOn: string; closedOn?: string },
): Promise<void> {
  await input(page, "name").fill(values.name);
  await choose(page, "type", /مراكز المرأة|Centre de la femme/);
  await choose(page, "regionCode", /^(الدار البيضاء - سطات|Casablanca-Settat)$/);
  await choose(page, "provinceCode", /^(الدار البيضاء|Casablanca)$/);
  await input(page, "capacity").fill("60");
  await fillDay(page, "openedOn", values.openedOn);
  if (values.closedOn) await fillDay(page, "closedOn", values.closedOn);
}

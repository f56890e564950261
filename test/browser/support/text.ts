import type { Locator } from "playwright-core";

/**
 * The text a person sees in the element, as the browser lays it out (hidden parts left out, line
 * breaks between blocks): what the console's tests assert, where textContent gives every text node.
 */
export function shownText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator, not a DOM node; the rendered text is what is checked
  return locator.innerText();
}

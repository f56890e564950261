import type { Store } from "react-admin";

/**
 * react-admin empties its store on logout; the language is the person's
 * choice, not the session's, so it survives: the sign-in page that follows
 * keeps the language, and with it the direction of the page.
 */
export function keepingLocale(store: Store): Store {
  return {
    ...store,
    reset() {
      const locale = store.getItem<string>("locale");
      store.reset();
      if (locale !== undefined) store.setItem("locale", locale);
    },
  };
}

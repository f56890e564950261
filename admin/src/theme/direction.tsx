import createCache from "@emotion/cache";
import { CacheProvider } from "@emotion/react";
import rtlPlugin from "@mui/stylis-plugin-rtl";
import { type ReactNode, useEffect, useSyncExternalStore } from "react";
import { defaultTheme, type RaThemeOptions, type Store } from "react-admin";
import { prefixer } from "stylis";
import { type AppLocale, DEFAULT_LOCALE, directionOf, isAppLocale } from "../i18n/i18nProvider";
import "@fontsource/noto-sans-arabic/400.css";
import "@fontsource/noto-sans-arabic/500.css";
import "@fontsource/noto-sans-arabic/700.css";

type Direction = "rtl" | "ltr";

/** One emotion cache per direction: the RTL one flips every style (margins, paddings, positions). */
const caches = {
  rtl: createCache({ key: "muirtl", stylisPlugins: [prefixer, rtlPlugin] }),
  ltr: createCache({ key: "muiltr", stylisPlugins: [prefixer] }),
};

/** The font ships with the console (Arabic and Latin subsets); nothing is loaded from the internet. */
const fontFamily = '"Noto Sans Arabic", "Helvetica", "Arial", sans-serif';

/**
 * The menu's labels are long in both languages ("فضاءات التسويق التضامني",
 * "Soutiens à la protection de l'enfance"): a wider drawer, and a label that
 * still does not fit wraps onto a second line instead of being cut.
 */
const menu: RaThemeOptions = {
  sidebar: { width: 280, closedWidth: 55 },
  components: {
    ...defaultTheme.components,
    RaMenuItemLink: {
      styleOverrides: {
        root: {
          whiteSpace: "normal",
          lineHeight: 1.35,
          paddingTop: 8,
          paddingBottom: 8,
          "& .MuiTypography-noWrap": { whiteSpace: "normal", overflow: "visible" },
        },
      },
    },
  } as RaThemeOptions["components"],
};

export const themes: Record<Direction, RaThemeOptions> = {
  rtl: { ...defaultTheme, ...menu, direction: "rtl", typography: { ...defaultTheme.typography, fontFamily } },
  ltr: { ...defaultTheme, ...menu, direction: "ltr", typography: { ...defaultTheme.typography, fontFamily } },
};

/** The language in react-admin's store, followed outside <Admin> so the theme can change with it. */
export function useStoredLocale(store: Store): AppLocale {
  return useSyncExternalStore(
    (onChange) => store.subscribe("locale", onChange),
    () => {
      const locale = store.getItem<string>("locale");
      return isAppLocale(locale) ? locale : DEFAULT_LOCALE;
    },
  );
}

/**
 * Wraps the console in the direction of its language: the emotion cache, the
 * MUI theme (given to <Admin> by the caller) and `dir`/`lang` on <html>.
 */
export function DirectionRoot({ store, children }: { store: Store; children: (theme: RaThemeOptions) => ReactNode }) {
  const locale = useStoredLocale(store);
  const direction = directionOf(locale);
  useEffect(() => {
    document.documentElement.dir = direction;
    document.documentElement.lang = locale;
  }, [direction, locale]);
  return <CacheProvider value={caches[direction]}>{children(themes[direction])}</CacheProvider>;
}

import { Admin, localStorageStore, Resource, type DataProvider, type Store } from "react-admin";
import { authProvider as defaultAuthProvider } from "./authProvider";
import { dataProvider as defaultDataProvider } from "./dataProvider";
import { createI18nProvider } from "./i18n/i18nProvider";
import { Layout } from "./layout/Layout";
import { resources } from "./resources";
import { DirectionRoot } from "./theme/direction";
import { Dashboard } from "./dashboard/Dashboard";
import { bilanRoutes } from "./bilan/routes";
import { LoginPage } from "./auth/LoginPage";
import { keepingLocale } from "./i18n/localeStore";
import type { AuthProvider } from "react-admin";

export interface AppProps {
  dataProvider?: DataProvider;
  authProvider?: AuthProvider;
  store?: Store;
}

const defaultStore = keepingLocale(localStorageStore());

/** The administrators' console: Arabic (right to left) by default, French on demand. */
export function App({ dataProvider = defaultDataProvider, authProvider = defaultAuthProvider, store = defaultStore }: AppProps) {
  // Created once per store, in the language remembered there.
  const i18nProvider = useI18nProvider(store);
  return (
    <DirectionRoot store={store}>
      {(theme) => (
        <Admin
          dataProvider={dataProvider}
          authProvider={authProvider}
          i18nProvider={i18nProvider}
          store={store}
          theme={theme}
          darkTheme={null}
          layout={Layout}
          dashboard={Dashboard}
          loginPage={LoginPage}
          requireAuth
          disableTelemetry
        >
          {resources.map((resource) => (
            <Resource key={resource.name} {...resource} />
          ))}
          {bilanRoutes}
        </Admin>
      )}
    </DirectionRoot>
  );
}

const providers = new WeakMap<Store, ReturnType<typeof createI18nProvider>>();
function useI18nProvider(store: Store) {
  let provider = providers.get(store);
  if (!provider) {
    const remembered = store.getItem<string>("locale");
    provider = createI18nProvider(remembered === "fr" ? "fr" : "ar");
    providers.set(store, provider);
  }
  return provider;
}

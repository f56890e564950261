import { Admin, localStorageStore, Resource, type DataProvider, type Store } from "react-admin";
import { authProvider as defaultAuthProvider } from "./authProvider";
import { dataProvider as defaultDataProvider } from "./dataProvider";
import { createI18nProvider } from "./i18n/i18nProvider";
import { Layout } from "./layout/Layout";
import { resources } from "./resources";
import { mayImport } from "./resources/imports/access";
import { DirectionRoot } from "./theme/direction";
import { Dashboard } from "./dashboard/Dashboard";
import type { AuthProvider } from "react-admin";

export interface AppProps {
  dataProvider?: DataProvider;
  authProvider?: AuthProvider;
  store?: Store;
}

const defaultStore = localStorageStore();

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
          requireAuth
          disableTelemetry
        >
          {(permissions: unknown) =>
            resources
              .filter((resource) => resource.name !== "imports" || mayImport(permissions))
              .map((resource) => <Resource key={resource.name} {...resource} />)
          }
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

import { CssBaseline } from "@mui/material";
import { Suspense } from "react";
import type { AuthProvider } from "react-admin";
import {
  AccessDenied,
  AdminContext,
  AuthenticationError,
  CoreAdminUI,
  type DataProvider,
  Error as ErrorPage,
  LoadingPage,
  localStorageStore,
  NotFound,
  Notification,
  Resource,
  type Store,
} from "react-admin";
import { authProvider as defaultAuthProvider } from "./authProvider";
import { bilanRoutes } from "./bilan/routes";
import { lazyPage } from "./common/lazyPage";
import { dataProvider as defaultDataProvider } from "./dataProvider";
import { createI18nProvider } from "./i18n/i18nProvider";
import { keepingLocale } from "./i18n/localeStore";
import { Layout } from "./layout/Layout";
import { resources } from "./resources";
import { preloadPageOf } from "./resources/preload";
import { DirectionRoot } from "./theme/direction";

export interface AppProps {
  dataProvider?: DataProvider;
  authProvider?: AuthProvider;
  store?: Store;
}

const defaultStore = keepingLocale(localStorageStore());

// Loaded when shown: a signed-in person opening a list needs neither the sign-in form nor the dashboard's figures.
// (react-admin's <Admin> would bring its own sign-in form, and with it every text input, into the first load.)
const Dashboard = lazyPage(() => import("./dashboard/Dashboard"), "Dashboard");
if (typeof window !== "undefined") void preloadPageOf(window.location.hash, Dashboard);
const LoginPage = lazyPage(() => import("./auth/LoginPage"), "LoginPage");
function SuspendedLogin() {
  return (
    <Suspense fallback={null}>
      <LoginPage />
    </Suspense>
  );
}

/** The administrators' console: Arabic (right to left) by default, French on demand. */
export function App({
  dataProvider = defaultDataProvider,
  authProvider = defaultAuthProvider,
  store = defaultStore,
}: AppProps) {
  // Created once per store, in the language remembered there.
  const i18nProvider = useI18nProvider(store);
  return (
    <DirectionRoot store={store}>
      {(theme) => (
        <AdminContext
          dataProvider={dataProvider}
          authProvider={authProvider}
          i18nProvider={i18nProvider}
          store={store}
          theme={theme}
          darkTheme={null}
        >
          <CssBaseline enableColorScheme>
            <CoreAdminUI
              layout={Layout}
              dashboard={Dashboard as never}
              loginPage={SuspendedLogin}
              accessDenied={AccessDenied}
              authenticationError={AuthenticationError}
              catchAll={NotFound as never}
              error={ErrorPage}
              loading={LoadingPage}
              title="Entraide"
              requireAuth
              disableTelemetry
            >
              {resources.map((resource) => (
                <Resource key={resource.name} {...resource} />
              ))}
              {bilanRoutes}
            </CoreAdminUI>
            <Notification />
          </CssBaseline>
        </AdminContext>
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

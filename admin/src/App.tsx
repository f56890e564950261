import { CssBaseline } from "@mui/material";
import { Suspense, useEffect, useState } from "react";
import type { AuthProvider } from "react-admin";
import {
  AdminContext,
  CoreAdminUI,
  type DataProvider,
  LoadingPage,
  localStorageStore,
  Resource,
  type Store,
} from "react-admin";
import { currentToken, authProvider as defaultAuthProvider } from "./authProvider";
import { bilanRoutes } from "./bilan/routes";
import { lazyPage } from "./common/lazyPage";
import { dataProvider as defaultDataProvider } from "./dataProvider";
import {
  type AppLocale,
  createI18nProvider,
  loadedMessages,
  loadMessages,
  rememberedLocale,
} from "./i18n/i18nProvider";
import { keepingLocale } from "./i18n/localeStore";
import {
  AccessDenied,
  AuthenticationError,
  ErrorPage,
  LazyLayout,
  NotFound,
  Notification,
  preloadLayout,
} from "./layout/LazyLayout";
import { resources } from "./resources";
import { preloadPageOf, startFirstPageOf } from "./resources/preload";
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
if (typeof window !== "undefined") {
  void loadMessages(rememberedLocale()).catch(() => undefined);
  preloadLayout(window.location.hash);
  void preloadPageOf(window.location.hash, Dashboard);
  if (currentToken()) startFirstPageOf(window.location.hash, defaultDataProvider);
}
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
  // Created once per store, in the language remembered there; nothing shows until its messages are there
  // (a small chunk, asked for as the console starts).
  const i18nProvider = useI18nProvider(store);
  if (!i18nProvider) return null;
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
              layout={LazyLayout}
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
  const locale: AppLocale = store.getItem<string>("locale") === "fr" ? "fr" : "ar";
  const [messages, setMessages] = useState(() => loadedMessages(locale));
  useEffect(() => {
    if (!messages) void loadMessages(locale).then(setMessages);
  }, [locale, messages]);
  if (!messages) return undefined;
  let provider = providers.get(store);
  if (!provider) {
    provider = createI18nProvider(locale, messages);
    providers.set(store, provider);
  }
  return provider;
}

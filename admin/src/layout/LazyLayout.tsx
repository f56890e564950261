import { type LayoutProps, LoadingPage } from "react-admin";
import { lazyPage } from "../common/lazyPage";
import { suspended } from "../common/suspended";

const Layout = lazyPage<typeof import("./Layout"), LayoutProps>(() => import("./Layout"), "Layout");

/**
 * The signed-in frame (app bar, menu, notices), loaded beside the page it frames: the sign-in page does
 * without it, and a signed-in person's first screen fetches both at once (see `preloadLayout`).
 */
export const LazyLayout = suspended(Layout, <LoadingPage />);

/** Starts loading the frame as the console starts, unless the address is the sign-in page. */
export function preloadLayout(hash: string) {
  if (!hash.startsWith("#/login")) void Layout.preload().catch(() => undefined);
}

type Screens = typeof import("./rarelyShown");
const rarelyShown = <N extends keyof Screens>(name: N) =>
  suspended(lazyPage<Screens, React.ComponentProps<Screens[N]>>(() => import("./rarelyShown"), name));

/** Loaded the first time one of them shows (a notification, an error, a denied or missing page). */
export const AccessDenied = rarelyShown("AccessDenied");
export const AuthenticationError = rarelyShown("AuthenticationError");
export const ErrorPage = rarelyShown("Error");
export const NotFound = rarelyShown("NotFound");
export const Notification = rarelyShown("Notification");

import { useEffect } from "react";
import { AppBar, type LayoutProps, LocalesMenuButton, Menu, Layout as RaLayout, TitlePortal } from "react-admin";
import { BilanMenuItem } from "../bilan/BilanMenuItem";
import { DemoDataNotice } from "./DemoDataNotice";

/** The app bar carries the language menu (Arabic ↔ French); the choice is kept in react-admin's store. */
function EntraideAppBar() {
  return (
    <AppBar toolbar={<LocalesMenuButton />}>
      <TitlePortal />
    </AppBar>
  );
}

/** The dashboard, the yearly bilan, then the registries. */
function EntraideMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <BilanMenuItem />
      <Menu.ResourceItems />
    </Menu>
  );
}

/**
 * Once the frame shows, the list machinery every registry shares loads in idle time: the first list opened
 * afterwards comes at once, while the console's first load stays small.
 */
function useListsWarmedUp() {
  useEffect(() => {
    const warm = () =>
      void Promise.all([
        import("../common/RegistryList"),
        import("../common/fields"),
        import("../common/TerritoryInputs"),
      ]).catch(() => undefined);
    if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(warm, { timeout: 3000 });
    else window.setTimeout(warm, 500);
  }, []);
}

export function Layout({ children, ...props }: LayoutProps) {
  useListsWarmedUp();
  return (
    <RaLayout {...props} appBar={EntraideAppBar} menu={EntraideMenu}>
      <DemoDataNotice />
      {children}
    </RaLayout>
  );
}

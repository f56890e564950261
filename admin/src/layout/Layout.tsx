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

export function Layout({ children, ...props }: LayoutProps) {
  return (
    <RaLayout {...props} appBar={EntraideAppBar} menu={EntraideMenu}>
      <DemoDataNotice />
      {children}
    </RaLayout>
  );
}

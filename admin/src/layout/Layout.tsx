import { DemoDataNotice } from "./DemoDataNotice";
import { AppBar, Layout as RaLayout, LocalesMenuButton, TitlePortal, type LayoutProps } from "react-admin";

/** The app bar carries the language menu (Arabic ↔ French); the choice is kept in react-admin's store. */
function EntraideAppBar() {
  return (
    <AppBar toolbar={<LocalesMenuButton />}>
      <TitlePortal />
    </AppBar>
  );
}

export function Layout({ children, ...props }: LayoutProps) {
  return (
    <RaLayout {...props} appBar={EntraideAppBar}>
      <DemoDataNotice />
      {children}
    </RaLayout>
  );
}

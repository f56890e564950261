import AssessmentIcon from "@mui/icons-material/Assessment";
import { lazy } from "react";
import { CustomRoutes, Menu, useTranslate } from "react-admin";
import { Route } from "react-router-dom";

// The page, its map and its print view load when it is opened; its charts later still.
const BilanPage = lazy(() => import("./BilanPage"));

/** #/bilan (the newest year) and #/bilan/:year, inside the console's layout. */
export const bilanRoutes = (
  <CustomRoutes>
    <Route path="/bilan" element={<BilanPage />} />
    <Route path="/bilan/:year" element={<BilanPage />} />
  </CustomRoutes>
);

export function BilanMenuItem() {
  const translate = useTranslate();
  return (
    <Menu.Item
      to="/bilan"
      primaryText={translate("entraide.bilan.menu")}
      leftIcon={<AssessmentIcon />}
      data-testid="menu-bilan"
    />
  );
}

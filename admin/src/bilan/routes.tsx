import { lazy } from "react";
import { CustomRoutes } from "react-admin";
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

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { must } from "./common/must";

// Pages, the signed-in frame and the error screen load on demand: after a new deploy the old build's chunks are
// gone, so a chunk that fails to load reloads the console for the new build (at most once a minute, so a server
// that is down does not start a reload loop).
const reloadedAt = "entraide.reloadedForNewBuild";
window.addEventListener("vite:preloadError", (event) => {
  if (Date.now() - Number(sessionStorage.getItem(reloadedAt) ?? 0) < 60_000) return;
  sessionStorage.setItem(reloadedAt, String(Date.now()));
  event.preventDefault();
  window.location.reload();
});

createRoot(must(document.getElementById("root"), "the #root element of index.html")).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

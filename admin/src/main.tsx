import { StrictMode, startTransition } from "react";
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

// Rendered as a transition: React renders in slices of a few milliseconds, so that the page keeps answering
// (a click on the first screen's rows, a scroll) while the console builds itself behind the first screen.
const root = createRoot(must(document.getElementById("root"), "the #root element of index.html"));
startTransition(() => {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

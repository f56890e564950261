/**
 * Starts the console: its entry module, fetched since the page began (a modulepreload in index.html), run once
 * the page is parsed. index.html has no module script of its own: the first screen runs the entry once it has
 * painted, so that the entry's evaluation doesn't hold the list's first page back.
 */
let started = false;

export function bootConsole(entry: string): void {
  const run = () => {
    if (started) return;
    started = true;
    import(/* @vite-ignore */ entry).catch(() => {
      // As a module script that fails to load: nothing to start.
    });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run, { once: true });
  else run();
}

/**
 * Starts the console: its entry module and the chunks it imports, fetched since the page began (modulepreloads in
 * index.html), run once the page is parsed. index.html has no module script of its own: the first screen runs the
 * entry once it has painted, so that the entry's evaluation doesn't hold the list's first page back.
 *
 * The chunks are evaluated one per task, each after the chunks it imports (`chunks`, in that order), then the entry:
 * evaluated at once, they would hold the page for one long task (80–150 ms here, several times that on a busy
 * machine) during which a click or a scroll on the first screen waits.
 */
let started = false;

const nextTask = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

export function bootConsole(entry: string, chunks: readonly string[] = []): void {
  const run = async () => {
    if (started) return;
    started = true;
    try {
      for (const chunk of chunks) {
        await import(/* @vite-ignore */ chunk);
        await nextTask();
      }
      await import(/* @vite-ignore */ entry);
    } catch {
      // As a module script that fails to load: nothing to start.
    }
  };
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", () => void run(), { once: true });
  else void run();
}

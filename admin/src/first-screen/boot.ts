/**
 * Starts the console: its entry module and the chunks it imports, evaluated one per task, each after the chunks it
 * imports (`chunks`, in that order), then the entry. Evaluated at once, they would hold the page for one long task
 * (80–150 ms here, several times that on a busy machine) during which a click or a scroll on the first screen waits.
 *
 * index.html asks for none of the console's files: with a first screen to paint, the list's first page is what the
 * page waits on, and the console's files (about 370 KB compressed, and their compiling) would share the browser's
 * six connections, the server and the processor with it. So every file the console will need at once — its entry's
 * chunks, and for a signed-in visit the signed-in frame and the language's messages (`alsoNeeded`) — is asked for
 * here, all together, the moment the console starts: after the first screen has painted, or at once without one.
 */
let started = false;

const nextTask = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

/** Fetched and compiled now, evaluated when imported. */
function preload(files: readonly string[]): void {
  for (const file of files) {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.crossOrigin = "";
    link.href = file;
    document.head.appendChild(link);
  }
}

export function bootConsole(entry: string, chunks: readonly string[] = [], alsoNeeded: readonly string[] = []): void {
  const run = async () => {
    if (started) return;
    started = true;
    preload([...chunks, entry, ...alsoNeeded]);
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

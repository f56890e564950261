import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type OutputBundle, type OutputChunk, rolldown } from "rolldown";
import type { Plugin } from "vite";
import { FIRST_LOAD_FILE, SCRIPT_HASHES_FILE } from "../../packages/functions/src/console-headers.ts";

/** A script's hash as a CSP source lists it (without its quotes). */
const sha256Of = (script: string) => `sha256-${createHash("sha256").update(script, "utf8").digest("base64")}`;

/**
 * The JS files a module needs (itself and what it imports statically), each after the chunks it imports itself:
 * the order they evaluate in. A chunk met again (shared, or in an import cycle) is listed once.
 */
function importOrder(bundle: OutputBundle, fileName: string, seen = new Set<string>(), files: string[] = []): string[] {
  const chunk = bundle[fileName];
  if (seen.has(fileName) || chunk?.type !== "chunk") return files;
  seen.add(fileName);
  for (const imported of chunk.imports) importOrder(bundle, imported, seen, files);
  files.push(fileName);
  return files;
}

const firstScreenModule = (file: string) => fileURLToPath(new URL(`../src/first-screen/${file}`, import.meta.url));

/** One module of src/first-screen bundled alone, without imports. */
async function bundleAlone(file: string, format: "iife" | "esm", define: Record<string, string> = {}): Promise<string> {
  const bundle = await rolldown({
    input: firstScreenModule(file),
    platform: "browser",
    // The domain's glossary imports its TypeScript modules by their `.js` names.
    resolve: { extensionAlias: { ".js": [".ts", ".js"] } },
    transform: {
      target: "es2020",
      // No VITE_API_URL: the page's inline script reads the API's address from its attribute (first-screen/start.ts).
      define,
    },
  });
  try {
    const { output } = await bundle.generate({ format, minify: format === "iife" });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/** The first screen's words, read from the console's messages now (src/first-screen/wordsTable.ts). */
async function firstScreenWords(): Promise<unknown> {
  const dir = await mkdtemp(join(tmpdir(), "entraide-first-screen-"));
  try {
    const file = join(dir, "words.mjs");
    await writeFile(file, await bundleAlone("wordsTable.ts", "esm"));
    const { firstScreenWords: words } = (await import(pathToFileURL(file).href)) as { firstScreenWords: () => unknown };
    return words();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The script that runs before the console's entry (src/first-screen/): start.ts asks for a signed-in list's
 * first page, main.ts paints it; a classic script without imports, inline in the page, since it must run before
 * any file has even arrived. It starts the console (`entry`) itself: once that page is painted, or at once.
 */
async function firstScreenScript(
  entry: string,
  entryChunks: string[],
  signedIn: { frame: string[]; messages: Record<"ar" | "fr", string[]> },
): Promise<string> {
  return bundleAlone("index.ts", "iife", {
    __CONSOLE_ENTRY__: JSON.stringify(entry),
    __CONSOLE_ENTRY_CHUNKS__: JSON.stringify(entryChunks),
    __SIGNED_IN_FILES__: JSON.stringify(signedIn),
    __FIRST_SCREEN_WORDS__: JSON.stringify(await firstScreenWords()),
  });
}

/**
 * Puts the script above in index.html in place of the entry's tag, with the files of this build, and lists the
 * inline script's hash for the console's Content-Security-Policy (`npm start` and CloudFront read it).
 */
export function preloadSignedIn(): Plugin {
  return {
    name: "entraide-preload-signed-in",
    apply: "build",
    enforce: "post",
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === "chunk");
      const chunkOf = (suffix: string) => {
        const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(suffix));
        if (!chunk) throw new Error(`No chunk of ${suffix}: the signed-in preload needs it`);
        return chunk.fileName;
      };
      const entry = chunks.find((chunk) => chunk.isEntry);
      const html = bundle["index.html"];
      if (!entry || html?.type !== "asset") throw new Error("The signed-in preload needs the entry and index.html");
      const initial = new Set(importOrder(bundle, entry.fileName));
      const needs = (suffix: string) =>
        importOrder(bundle, chunkOf(suffix))
          .filter((file) => !initial.has(file))
          .map((file) => `/${file}`);
      // What a signed-in visit needs beyond the entry, which the entry would only ask for once it has run.
      const signedIn = {
        frame: needs("/src/layout/Layout.tsx"),
        messages: { ar: needs("/src/i18n/ar.ts"), fr: needs("/src/i18n/fr.ts") },
      };
      // The API first: the browser opens at most six connections to a server, and the page waits on that answer.
      // Inline, so that it asks before any file of the page has come; the API's address is an attribute (the
      // upload replaces the build's placeholder in the page), so the script's text and hash stay the build's.
      const entryChunks = importOrder(bundle, entry.fileName)
        .filter((file) => file !== entry.fileName)
        .map((file) => `/${file}`);
      const start = await firstScreenScript(`/${entry.fileName}`, entryChunks, signedIn);
      if (/<\/script|<!--|import\.meta/i.test(start))
        throw new Error("The first screen can't be inlined: </script, <!-- or import.meta");
      this.emitFile({ type: "asset", fileName: SCRIPT_HASHES_FILE, source: JSON.stringify([sha256Of(start)]) });
      const firstLoad = { entry: `/${entry.fileName}`, chunks: entryChunks, signedIn };
      this.emitFile({ type: "asset", fileName: FIRST_LOAD_FILE, source: JSON.stringify(firstLoad) });
      // The entry is asked for and started by the script above (first-screen/boot.ts), not by a tag of the page.
      const entryTag = `<script type="module" crossorigin src="/${entry.fileName}"></script>`;
      if (!String(html.source).includes(entryTag)) throw new Error(`index.html has no ${entryTag}`);
      const apiUrl = (process.env.VITE_API_URL ?? "").replace(/&/g, "&amp;").replace(/"/g, "&quot;");
      // Nor are the entry's chunks preloaded by the page: boot.ts asks for them when the console starts, so that the
      // first screen's requests have the connections, the server and the processor to themselves until it paints.
      html.source = String(html.source)
        .replace(/\s*<link rel="modulepreload"[^>]*>/g, "")
        .replace(entryTag, `<script data-api-url="${apiUrl}">${start}</script>`);
    },
  };
}

import { fileURLToPath } from "node:url";
import { type OutputBundle, type OutputChunk, rolldown } from "rolldown";
import type { Plugin } from "vite";

/** The JS files a module needs (itself and what it imports statically), by file name. */
function closureOf(bundle: OutputBundle, fileName: string, files = new Set<string>()): Set<string> {
  const chunk = bundle[fileName];
  if (files.has(fileName) || chunk?.type !== "chunk") return files;
  files.add(fileName);
  for (const imported of chunk.imports) closureOf(bundle, imported, files);
  return files;
}

/**
 * The script a signed-in visit runs first: the signed-in frame and the language's messages are dynamic imports
 * that the entry would only ask for once it has been parsed and run (hundreds of milliseconds on a slow machine);
 * a signed-in visit always needs them, so they are asked for at once, beside the entry. The sign-in page, and a
 * visit without a kept session, load nothing more. (A classic script file: the console's policy allows no inline
 * script.)
 */
export function signedInPreloadScript(frame: string[], messages: Record<"ar" | "fr", string[]>): string {
  return `(function () {
  try {
    if (!localStorage.getItem("entraide.session") || /^#\\/login/.test(location.hash)) return;
    var messages = ${JSON.stringify(messages)};
    var files = ${JSON.stringify(frame)}.concat(localStorage.getItem("RaStore.locale") === '"fr"' ? messages.fr : messages.ar);
    for (var i = 0; i < files.length; i++) {
      var link = document.createElement("link");
      link.rel = "modulepreload";
      link.crossOrigin = "";
      link.href = files[i];
      document.head.appendChild(link);
    }
  } catch (e) {}
})();
`;
}

/**
 * The first screen a signed-in visit paints before the console boots (src/first-screen/main.ts), as one classic
 * script without imports: it must run before the entry has even arrived.
 */
async function firstScreenScript(): Promise<string> {
  const bundle = await rolldown({
    input: fileURLToPath(new URL("../src/first-screen/main.ts", import.meta.url)),
    platform: "browser",
    // The domain's glossary imports its TypeScript modules by their `.js` names.
    resolve: { extensionAlias: { ".js": [".ts", ".js"] } },
    transform: { define: { "import.meta.env.VITE_API_URL": JSON.stringify(process.env.VITE_API_URL ?? "") } },
  });
  try {
    const { output } = await bundle.generate({ format: "iife", minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/** Adds the scripts above to index.html, before the entry, with the files of this build. */
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
      const initial = closureOf(bundle, entry.fileName);
      const needs = (suffix: string) =>
        [...closureOf(bundle, chunkOf(suffix))].filter((file) => !initial.has(file)).map((file) => `/${file}`);
      const preloads = signedInPreloadScript(needs("/src/layout/Layout.tsx"), {
        ar: needs("/src/i18n/ar.ts"),
        fr: needs("/src/i18n/fr.ts"),
      });
      const source = `${preloads}\n${await firstScreenScript()}`;
      const script = this.getFileName(this.emitFile({ type: "asset", name: "signed-in.js", source }));
      html.source = String(html.source).replace(
        '<script type="module"',
        `<script src="/${script}"></script>\n    <script type="module"`,
      );
    },
  };
}

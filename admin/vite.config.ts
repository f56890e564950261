import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { precompress } from "./build/precompress.ts";
import { preloadSignedIn } from "./build/preloadSignedIn.ts";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The repository root also holds React 18 (needed by deployment tooling), so
 * every import of React — from our code and from libraries hoisted to the
 * root — is pinned to the console's own React 19: one React in the bundle.
 */
const oneReact = [
  { find: /^react$/, replacement: here("./node_modules/react/index.js") },
  { find: /^react\/(jsx-runtime|jsx-dev-runtime)$/, replacement: here("./node_modules/react/$1.js") },
  { find: /^react-dom$/, replacement: here("./node_modules/react-dom/index.js") },
  { find: /^react-dom\/(client|test-utils)$/, replacement: here("./node_modules/react-dom/$1.js") },
];

/**
 * Leaves dist/build-target.json saying which API this build talks to: "" is the
 * same origin (`npm start`); `sst deploy` builds with a placeholder URL the upload
 * replaces. `npm start` rebuilds a console that was not built for it.
 */
const buildTarget: Plugin = {
  name: "entraide-build-target",
  apply: "build",
  generateBundle() {
    this.emitFile({
      type: "asset",
      fileName: "build-target.json",
      source: JSON.stringify({ apiUrl: process.env.VITE_API_URL ?? "" }),
    });
  },
};

/** Polyfills of what every supported browser has built in: the built-in itself. */
const builtIns = [{ find: /^object\.entries$/, replacement: here("./src/shims/object-entries.cjs") }];

/**
 * Fewer, larger chunks: a browser fetches at most six files at once from a server over HTTP/1.1, so the ~60
 * small shared chunks a list page needed came in waves. What every first screen loads stays one chunk; the
 * libraries behind the signed-in pages (react-admin's lists, forms, frame) are one more, loaded with the first
 * page; the charts and the date pickers, which few pages show, keep chunks of their own.
 */
const rarelyUsed =
  /node_modules[\\/](recharts|d3-|victory|@mui[\\/]x-date-pickers|date-fns|@reduxjs|redux|immer|reselect|es-toolkit|decimal\.js|ra-language-)/;
/**
 * What every first screen loads is cut in four chunks (React; MUI and Emotion; the other libraries; the console's
 * own code): the first screen evaluates them one per task (first-screen/boot.ts), so the page still answers between
 * them instead of being held by one long evaluation.
 */
const initialLibraries = [
  { name: "boot-react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  {
    name: "boot-mui",
    test: /node_modules[\\/](@mui|@emotion|stylis|@popperjs|react-transition-group|react-is|prop-types|clsx)[\\/]/,
  },
  { name: "boot-lib", test: /node_modules[\\/]/ },
];
const chunkGroups = [
  ...initialLibraries.map((group, i) => ({ ...group, tags: ["$initial" as const], priority: 6 - i })),
  { name: "boot", tags: ["$initial" as const], priority: 3 },
  { name: "pages-lib", test: (id: string) => /node_modules/.test(id) && !rarelyUsed.test(id), priority: 2 },
];

export default defineConfig({
  base: "/",
  plugins: [react(), buildTarget, preloadSignedIn(), precompress()],
  resolve: { alias: [...oneReact, ...builtIns] },
  // `npm run dev -w @entraide/admin`: hot reload, the API of a running `npm start` behind /api.
  server: { proxy: { "/api": process.env.ENTRAIDE_API_URL ?? "http://localhost:3000" } },
  build: {
    outDir: here("./dist"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
  },
});

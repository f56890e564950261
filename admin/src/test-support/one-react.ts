import Module, { createRequire, register } from "node:module";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * The repository root holds React 18 for deployment tooling; libraries hoisted
 * there would load it next to the console's React 19 in Node. Like the Vite
 * build's aliases, these redirect every React import to the console's copy:
 * ESM imports through Node's resolve hooks, CommonJS requires through the resolver.
 */
// Found through the workspace link (module URLs in jsdom tests are not file URLs).
const consoleDir = dirname(createRequire(`${process.cwd()}/`).resolve("@entraide/admin/package.json"));
const consoleUrl = pathToFileURL(`${consoleDir}/src/main.tsx`).href;
register(pathToFileURL(`${consoleDir}/src/test-support/one-react-hooks.mjs`).href, { data: { consoleUrl } });

const redirected = /^(react|react-dom|scheduler)(\/.*)?$/;
type Resolver = (request: string, parent: unknown, ...rest: unknown[]) => string;
const internals = Module as unknown as { _resolveFilename: Resolver; _nodeModulePaths: (dir: string) => string[] };
const consoleModule = {
  id: `${consoleDir}/src/main.tsx`,
  filename: `${consoleDir}/src/main.tsx`,
  paths: internals._nodeModulePaths(`${consoleDir}/src`),
};
const original = internals._resolveFilename;
internals._resolveFilename = function (request, parent, ...rest) {
  return original.call(this, request, redirected.test(request) ? consoleModule : parent, ...rest);
};

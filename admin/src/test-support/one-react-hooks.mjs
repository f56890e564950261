// Node resolve hooks for component tests: every `react` / `react-dom` import,
// from any package (some are hoisted next to the repository's React 18),
// resolves to the console's React 19, as the Vite build's aliases do.
let consoleUrl;
const redirected = /^(react|react-dom|scheduler)(\/.*)?$/;

export function initialize(data) {
  consoleUrl = data.consoleUrl;
}

export function resolve(specifier, context, nextResolve) {
  return nextResolve(specifier, redirected.test(specifier) ? { ...context, parentURL: consoleUrl } : context);
}

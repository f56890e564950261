import { dirname } from "node:path";
import type { BuildOptions, Plugin } from "esbuild";
import type { NodeJSProps } from "sst/constructs";

/**
 * How every Lambda is bundled: one ESM file per function, minified, with its
 * source map, the AWS SDK inside (a bundled SDK imports faster than the runtime's).
 * `scripts/bundle-report.ts` builds with exactly these settings to measure them.
 */

/**
 * The default credential chain reads the keys Lambda puts in the environment first;
 * the providers below (SSO, profiles, processes, web identity, container, instance
 * metadata) are dynamic imports it never reaches there. Left out, they take ~150 KB
 * (and the STS/SSO clients they pull in) out of every bundle.
 */
export const credentialProvidersLambdaNeverLoads = [
  "@aws-sdk/credential-provider-sso",
  "@aws-sdk/credential-provider-ini",
  "@aws-sdk/credential-provider-process",
  "@aws-sdk/credential-provider-web-identity",
  "@aws-sdk/credential-provider-http",
  "@aws-sdk/credential-provider-login",
  "@smithy/credential-provider-imds",
];

/**
 * @hono/zod-openapi calls `extendZodWithOpenApi(z)` with zod's whole namespace,
 * which keeps every export of zod alive: its 40 locales, JSON-schema converters
 * and more (~370 KB). It only reads `z.ZodType`, so it gets a namespace with just
 * that; anything else throws, naming the fix, instead of failing quietly.
 * (Our code imports `* as z from "zod"` and tree-shakes normally.)
 */
export const zodNamespaceForOpenApi: Plugin = {
  name: "zod-namespace-for-openapi",
  setup(build) {
    build.onResolve({ filter: /^zod$/ }, (args) =>
      args.namespace === "file" && /[\\/]@hono[\\/]zod-openapi[\\/]/.test(args.importer)
        ? { path: args.importer, namespace: "zod-for-openapi" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-for-openapi" }, (args) => ({
      resolveDir: dirname(args.path),
      loader: "js",
      contents: `import { ZodType } from "zod";
export const z = new Proxy({ ZodType }, {
  get(target, key) {
    if (key in target || typeof key === "symbol") return target[key];
    throw new Error("z." + String(key) + " from @hono/zod-openapi is not in the Lambda bundle: import * as z from \\"zod\\"");
  },
});`,
    }));
  },
};

/** SST's `nodejs` function props: the app's defaults (sst.config.ts). */
export const lambdaBundling = {
  format: "esm",
  minify: true,
  sourcemap: true,
  // Code loaded with `import()` (the API's routes, on its first request: api/lazy-app.ts) goes
  // to chunks of its own, so a cold start neither parses nor runs it. Each entry point imports
  // api/openapi-zod.js first, and the chunks that need it are evaluated after it: the
  // API bundle test asks the built bundle for its whole OpenAPI document.
  splitting: true,
  esbuild: {
    target: "node22",
    // Nothing else external: the SDK is bundled rather than taken from the runtime.
    external: credentialProvidersLambdaNeverLoads,
    plugins: [zodNamespaceForOpenApi],
  },
} satisfies NodeJSProps;

/**
 * The esbuild options SST 2.49.8 derives from `lambdaBundling` for a function in
 * deploy mode (sst/runtime/handlers/node.js), for the bundle report to build the same
 * files: with `splitting`, the entry `<name>.mjs` and its chunks in the folder of `outfile`.
 */
export function sstEsbuildOptions(entry: string, outfile: string): BuildOptions {
  const { external, ...override } = lambdaBundling.esbuild;
  return {
    entryPoints: [entry],
    platform: "node",
    external: ["sharp", "pg-native", ...external],
    keepNames: true,
    bundle: true,
    logLevel: "silent",
    metafile: true,
    format: "esm",
    // (SST's target, esnext, is replaced by lambdaBundling's node22 in `override`.)
    mainFields: ["module", "main"],
    banner: {
      js: [
        `import { createRequire as topLevelCreateRequire } from 'module';`,
        `const require = topLevelCreateRequire(import.meta.url);`,
        `import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"`,
        `const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))`,
        "",
      ].join("\n"),
    },
    splitting: lambdaBundling.splitting,
    outExtension: { ".js": ".mjs" },
    outdir: dirname(outfile),
    sourcemap: lambdaBundling.sourcemap,
    minify: lambdaBundling.minify,
    ...override,
  };
}

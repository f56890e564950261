import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { Template } from "aws-cdk-lib/assertions";
import { App, Function as SstFunction, Stack } from "sst/constructs";
import { initProject, useProject } from "sst/project.js";
import { load } from "sst/stacks/build.js";

/** What the stack tests read: each stack's CloudFormation template and each function's bundle. */
export interface Synthesized {
  stage: string;
  /** By stack name without the stage and app prefix: Data, Auth, ConsoleHost, Jobs, Api, Web. */
  templates: Record<string, ReturnType<Template["toJSON"]>>;
  bundles: Array<{ id: string; handler: string; bytes: number; file: string }>;
}

export const account = "123456789012";
export const region = "eu-west-3";

/**
 * Synthesizes the app as `sst deploy --stage <stage>` would, offline: SST's own
 * loader bundles sst.config.ts and the stacks (esbuild 0.18, the one deploy uses),
 * then every function is bundled and the console is built. NODE_ENV=test makes SST
 * skip its bootstrap look-ups in AWS; a stage given up front keeps it from asking.
 */
export async function synthesize(stage: string, env: Record<string, string> = {}): Promise<Synthesized> {
  process.env.NODE_ENV = "test";
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    await initProject({ stage });
    const project = useProject();
    const [, config] = await load(project.paths.config, false);
    const app = new App({ mode: "deploy", stage, name: project.config.name, region, account });
    config.stacks(app);
    await app.finish();

    const prefix = `${stage}-${project.config.name}-`;
    const templates: Synthesized["templates"] = {};
    for (const child of app.node.children) {
      if (child instanceof Stack) templates[child.node.id.slice(prefix.length)] = Template.fromStack(child).toJSON();
    }
    const bundles = app.node
      .findAll()
      .filter((c): c is SstFunction => c instanceof SstFunction)
      .map((fn) => {
        const handler = String(fn.getConstructMetadata().data.handler);
        const file = bundleFile(join(project.paths.artifacts, fn.node.addr), handler);
        return { id: fn.node.id, handler, file, bytes: codeBytes(dirname(file)) };
      });
    return { stage, templates, bundles };
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** The entry .mjs SST wrote for a function (its path mirrors the handler's; its chunks lie beside it). */
function bundleFile(dir: string, handler: string): string {
  if (!existsSync(dir)) throw new Error(`No bundle at ${dir}: the function was not built`);
  const entry = `${basename(handler.slice(0, handler.lastIndexOf(".")))}.mjs`;
  const found = readdirSync(dir, { recursive: true, encoding: "utf8" }).find((name) => basename(name) === entry);
  if (!found) throw new Error(`No ${entry} in ${dir}`);
  return join(dir, found);
}

/** All the code of a function: its entry and chunks (the bundle report counts the same). */
export function codeBytes(dir: string): number {
  return codeFiles(dir).reduce((sum, file) => sum + statSync(file).size, 0);
}

/** The .mjs files of a function's bundle: its entry and the chunks esbuild split off. */
export function codeFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mjs"))
    .map((name) => join(dir, name));
}

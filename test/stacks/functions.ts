import { expect } from "vitest";
import { readConfig } from "../../packages/functions/src/config.js";
import { actionsOf, type Resource, roleAccess, type Stage, type Statement } from "./templates.js";

/** What a function's role may touch, by name: each is checked against the ARNs the template holds. */
const targets = {
  "table and indexes": (r: unknown) => isPair(r, "RegistryTable", "/index/*"),
  "blocking index": (r: unknown) => endsWith(r, "RegistryTable", "/index/gsi1"),
  "table stream": (r: unknown) => isArnOf(r, "RegistryTable") && text(r).includes("StreamArn"),
  "exports objects": (r: unknown) => endsWith(r, "Exports", "/*"),
  "exports bucket": (r: unknown) => isArnOf(r, "Exports"),
  "failed runs queue": (r: unknown) => isArnOf(r, "FailedIndicatorRuns"),
  "import files": (r: unknown) => endsWith(r, "ImportUploads", "/*"),
  "failed import tickets queue": (r: unknown) => isArnOf(r, "FailedImportTickets"),
};
export type Target = keyof typeof targets;

const text = (value: unknown) => JSON.stringify(value);
/** A reference to a resource's ARN: GetAtt in the same stack, ImportValue across stacks. */
const isArnOf = (value: unknown, logicalId: string) =>
  !Array.isArray(value) &&
  text(value).includes(logicalId) &&
  text(value).includes("Arn") &&
  !text(value).includes("Fn::Join");
const endsWith = (value: unknown, logicalId: string, suffix: string) => {
  const join = (value as { "Fn::Join"?: [string, unknown[]] })?.["Fn::Join"];
  return !!join && isArnOf(join[1][0], logicalId) && join[1][1] === suffix;
};
/** `[arn, arn + suffix]`: the resource and what is under it (indexes, versions). */
const isPair = (value: unknown, logicalId: string, suffix: string) =>
  Array.isArray(value) && value.length === 2 && isArnOf(value[0], logicalId) && endsWith(value[1], logicalId, suffix);

/**
 * A function's role holds exactly these grants: each action list on its target,
 * nothing else, no wildcard action, and only the basic execution role (logs) besides.
 */
export function expectFunctionAccess(
  stage: Stage,
  stack: string,
  fn: Resource,
  expected: Array<{ actions: string[]; on: Target; condition?: unknown }>,
) {
  const roleId = fn.Properties.Role["Fn::GetAtt"][0] as string;
  const { statements, managed, inline } = roleAccess(stage, stack, roleId);
  expect(inline).toEqual([]);
  expect(managed).toContain("service-role/AWSLambdaBasicExecutionRole");
  expect(JSON.parse(managed)).toHaveLength(1);

  for (const statement of statements) {
    expect(statement.Effect).toBe("Allow");
    for (const action of actionsOf(statement)) expect(action, `${action} in ${stack}`).not.toContain("*");
    expect(text(statement.Resource)).not.toBe('"*"');
  }
  const unmatched = [...statements];
  for (const grant of expected) {
    const index = unmatched.findIndex(
      (s) =>
        sameActions(s, grant.actions) && targets[grant.on](s.Resource) && text(s.Condition) === text(grant.condition),
    );
    expect(index, `${grant.actions.join(", ")} on ${grant.on} in ${text(statements)}`).toBeGreaterThanOrEqual(0);
    unmatched.splice(index, 1);
  }
  expect(unmatched, "grants nobody asked for").toEqual([]);
}

const sameActions = (statement: Statement, actions: string[]) =>
  text([...actionsOf(statement)].sort()) === text([...actions].sort());

/** Runtime and SST variables; everything else must be a setting config.ts knows. */
const platformVariable = /^(SST_|AWS_NODEJS_CONNECTION_REUSE_ENABLED$|NODE_OPTIONS$)/;

export function expectSettingsKnownToConfig(env: Record<string, unknown>) {
  const settings = Object.keys(env).filter((name) => !platformVariable.test(name));
  const plausible = Object.fromEntries(settings.map((name) => [name, "https://example.org/value"]));
  const config = readConfig({ ...plausible, ENTRAIDE_PII_KEY: "k".repeat(32) });
  // zod drops what it does not know: a setting the stack sets but config.ts ignores would vanish here.
  expect(Object.keys(config).sort()).toEqual([...new Set([...settings, "ENTRAIDE_PII_KEY"])].sort());
}

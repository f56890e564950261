import { describe, expect, it } from "vitest";
import { actionsOf, allStatements, type Stage } from "./templates.js";

const allowed = (stage: Stage) => allStatements(stage).filter(({ statement }) => statement.Effect === "Allow");
const wildcards = (stage: Stage) =>
  allowed(stage).flatMap(({ stack, id, statement }) => actionsOf(statement).filter((a) => a.includes("*")).map((action) => ({ stack, id, action })));

describe("least privilege, in every stack", () => {
  it.each(["test", "prod"] as const)("no policy of %s allows every action, nor every action of a service", (stage) => {
    const total = wildcards(stage).filter(({ action }) => action === "*" || action.endsWith(":*"));
    expect(total).toEqual([]);
  });

  it("prod allows no wildcard action at all", () => {
    expect(wildcards("prod")).toEqual([]);
  });

  it("test stages only add CDK's emptying of their buckets before removal", () => {
    const found = wildcards("test");
    expect(new Set(found.map(({ action }) => action))).toEqual(new Set(["s3:GetBucket*", "s3:List*", "s3:DeleteObject*"]));
    expect(new Set(found.map(({ stack, id }) => `${stack}/${id}`))).toEqual(new Set(["Data/ExportsPolicy19EDB0DD", "ConsoleHost/ConsoleFilesPolicy5123D61D"]));
  });
});

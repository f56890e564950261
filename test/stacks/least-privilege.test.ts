import { describe, expect, it } from "vitest";
import { actionsOf, allStatements, type Stage } from "./templates.js";

const allowed = (stage: Stage) => allStatements(stage).filter(({ statement }) => statement.Effect === "Allow");
const wildcards = (stage: Stage) =>
  allowed(stage).flatMap(({ stack, id, statement }) =>
    actionsOf(statement)
      .filter((a) => a.includes("*"))
      .map((action) => ({ stack, id, action })),
  );

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
    expect(new Set(found.map(({ action }) => action))).toEqual(
      new Set(["s3:GetBucket*", "s3:List*", "s3:DeleteObject*"]),
    );
    expect(new Set(found.map(({ stack, id }) => `${stack}/${id}`))).toEqual(
      new Set(["Data/ExportsPolicy19EDB0DD", "ConsoleHost/ConsoleFilesPolicy5123D61D"]),
    );
  });

  it.each(["test", "prod"] as const)(
    "in %s, only the scheduler may invoke the bilan job (the API records runs; the table's stream starts them)",
    (stage) => {
      const invokingTheJob = allowed(stage).filter(
        ({ statement }) =>
          actionsOf(statement).includes("lambda:InvokeFunction") &&
          JSON.stringify(statement.Resource).includes('"Indicators'),
      );
      expect(invokingTheJob.map(({ stack, id }) => `${stack}/${id.replace(/[0-9A-F]{8}$/, "")}`)).toEqual([
        "Jobs/SchedulerRoleForTargetf6f13fDefaultPolicy",
      ]);
    },
  );

  it.each(["test", "prod"] as const)(
    "in %s, a stream is read only through its own ARN, never every stream",
    (stage) => {
      const streamReads = allowed(stage).filter(({ statement }) =>
        actionsOf(statement).some((a) => /^dynamodb:(DescribeStream|GetRecords|GetShardIterator|ListStreams)$/.test(a)),
      );
      expect(streamReads.map(({ stack }) => stack).sort()).toEqual(["Imports", "Jobs"]);
      for (const { statement } of streamReads) {
        expect(Array.isArray(statement.Resource)).toBe(false);
        expect((statement.Resource as { "Fn::ImportValue": string })["Fn::ImportValue"]).toMatch(
          /RegistryTable\w*StreamArn/,
        );
      }
    },
  );
});

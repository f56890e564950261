import { describe, expect, it } from "vitest";
import { queuedRunInserts } from "../../packages/functions/src/jobs/run-stream.js";
import { indicatorSchedules, TIME_ZONE } from "../../packages/functions/src/jobs/schedule.js";
import { jobBucketActions, jobStreamActions, jobTableActions } from "../../stacks/access.js";
import { awsCron, indicatorsHandler } from "../../stacks/Jobs.js";
import { must } from "../support/must.js";
import { expectFunctionAccess, expectSettingsKnownToConfig } from "./functions.js";
import { actionsOf, functionWithHandler, importsFrom, onlyResource, resources, roleAccess } from "./templates.js";

const scheduleFor = (mode: string) => {
  const found = resources("test", "Jobs", "AWS::Scheduler::Schedule").filter(
    ([, s]) => JSON.parse(s.Properties.Target.Input).mode === mode,
  );
  expect(found).toHaveLength(1);
  return must(found[0], `the ${mode} schedule`)[1].Properties;
};

describe("Jobs stack: the schedules", () => {
  it("runs the bilan nightly and on 5 January, in Morocco's time zone", () => {
    expect(scheduleFor("nightly")).toMatchObject({
      ScheduleExpression: "cron(30 2 * * ? *)",
      ScheduleExpressionTimezone: "Africa/Casablanca",
      State: "ENABLED",
    });
    expect(scheduleFor("closing")).toMatchObject({
      ScheduleExpression: "cron(0 4 5 1 ? *)",
      ScheduleExpressionTimezone: "Africa/Casablanca",
    });
    expect(resources("test", "Jobs", "AWS::Scheduler::Schedule")).toHaveLength(indicatorSchedules.length);
    expect(TIME_ZONE).toBe("Africa/Casablanca");
  });

  it("passes the job a constant input: { mode: nightly } or { mode: closing }", () => {
    const [fnId] = functionWithHandler("test", "Jobs", indicatorsHandler);
    for (const mode of ["nightly", "closing"]) {
      const target = scheduleFor(mode).Target;
      expect(target.Input).toBe(JSON.stringify({ mode }));
      expect(target.Arn).toEqual({ "Fn::GetAtt": [fnId, "Arn"] });
    }
  });

  it("retries a failed delivery, then parks it in the dead-letter queue, as Lambda does with a crashed run", () => {
    const [queueId, queue] = onlyResource("test", "Jobs", "AWS::SQS::Queue");
    expect(queue.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    for (const mode of ["nightly", "closing"]) {
      expect(scheduleFor(mode).Target).toMatchObject({
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 6 * 3600 },
        DeadLetterConfig: { Arn: { "Fn::GetAtt": [queueId, "Arn"] } },
      });
    }
    const [fnId, fn] = functionWithHandler("test", "Jobs", indicatorsHandler);
    expect(fn.Properties.DeadLetterConfig).toEqual({ TargetArn: { "Fn::GetAtt": [queueId, "Arn"] } });
    const [, invokeConfig] = onlyResource("test", "Jobs", "AWS::Lambda::EventInvokeConfig");
    expect(invokeConfig.Properties).toMatchObject({ FunctionName: { Ref: fnId }, MaximumRetryAttempts: 2 });
  });

  it("gives the scheduler's role the right to invoke the job and to park failures, nothing else", () => {
    const [, schedule] = must(resources("test", "Jobs", "AWS::Scheduler::Schedule")[0], "a schedule");
    const roleId = schedule.Properties.Target.RoleArn["Fn::GetAtt"][0];
    const { statements } = roleAccess("test", "Jobs", roleId);
    expect(statements.map((s) => actionsOf(s)).sort()).toEqual([["lambda:InvokeFunction"], ["sqs:SendMessage"]]);
  });

  it("writes AWS cron from the job's own schedule expressions", () => {
    expect(awsCron("30 2 * * *")).toBe("cron(30 2 * * ? *)");
    expect(awsCron("0 4 5 1 *")).toBe("cron(0 4 5 1 ? *)");
    expect(() => awsCron("0 4 * * 1")).toThrow(/day of the week/);
  });
});

describe("Jobs stack: runs asked over HTTP, started by the table's stream", () => {
  const mapping = () => onlyResource("test", "Jobs", "AWS::Lambda::EventSourceMapping")[1].Properties;

  it("reads the table's stream into the job function, from now on, one record at a time", () => {
    const [fnId] = functionWithHandler("test", "Jobs", indicatorsHandler);
    expect(mapping()).toMatchObject({ FunctionName: { Ref: fnId }, StartingPosition: "LATEST", BatchSize: 1 });
    expect(importsFrom(mapping().EventSourceArn, "Data", "RegistryTable")).toBe(true);
    expect(mapping().EventSourceArn["Fn::ImportValue"]).toContain("StreamArn");
  });

  it("passes only the INSERTs of queued runs staff asked for (scheduled runs are executed by the job that records them)", () => {
    const patterns = mapping().FilterCriteria.Filters.map((f: { Pattern: string }) => JSON.parse(f.Pattern));
    expect(patterns).toEqual([queuedRunInserts]);
    expect(queuedRunInserts).toEqual({
      eventName: ["INSERT"],
      dynamodb: { NewImage: { entity: { S: ["BILAN_RUN"] }, status: { S: ["queued"] }, trigger: { S: ["manual"] } } },
    });
  });

  it("retries a failed run twice, then parks the record in the dead-letter queue", () => {
    const [queueId] = onlyResource("test", "Jobs", "AWS::SQS::Queue");
    expect(mapping()).toMatchObject({
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { "Fn::GetAtt": [queueId, "Arn"] } } },
    });
  });
});

describe("Jobs stack: the function", () => {
  it("runs the Lambda entry point of packages/functions on Node 22, arm64, up to 15 minutes", () => {
    const [, fn] = functionWithHandler("test", "Jobs", indicatorsHandler);
    expect(fn.Properties).toMatchObject({ Runtime: "nodejs22.x", Architectures: ["arm64"], Timeout: 900 });
    expectSettingsKnownToConfig(fn.Properties.Environment.Variables);
  });

  it("may do exactly what the bilan does: read in bulk, write snapshots and exports, read the stream, park a failed run", () => {
    const [, fn] = functionWithHandler("test", "Jobs", indicatorsHandler);
    expectFunctionAccess("test", "Jobs", fn, [
      { actions: jobTableActions, on: "table and indexes" },
      { actions: jobBucketActions, on: "exports objects" },
      // On the stream's ARN only (CDK's grantStreamRead would allow ListStreams on "*").
      { actions: jobStreamActions, on: "table stream" },
      { actions: ["sqs:SendMessage"], on: "failed runs queue" },
    ]);
    expect(jobStreamActions).toEqual([
      "dynamodb:DescribeStream",
      "dynamodb:GetRecords",
      "dynamodb:GetShardIterator",
      "dynamodb:ListStreams",
    ]);
  });

  it("gets its role's grants before the stream is wired to it (CloudFormation checks them when it creates the mapping)", () => {
    const [fnId, fn] = functionWithHandler("test", "Jobs", indicatorsHandler);
    const roleId = fn.Properties.Role["Fn::GetAtt"][0] as string;
    const [policyId] = must(
      resources("test", "Jobs", "AWS::IAM::Policy").find(([, p]) =>
        p.Properties.Roles.some((r: { Ref?: string }) => r.Ref === roleId),
      ),
      "the policy of the job's role",
    );
    expect(fn.DependsOn).toContain(policyId);
    expect(onlyResource("test", "Jobs", "AWS::Lambda::EventSourceMapping")[1].Properties.FunctionName).toEqual({
      Ref: fnId,
    });
  });
});

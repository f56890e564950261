import { Duration, TimeZone } from "aws-cdk-lib";
import { FilterCriteria, type IEventSourceDlq, StartingPosition } from "aws-cdk-lib/aws-lambda";
import { Schedule, ScheduleExpression, ScheduleTargetInput } from "aws-cdk-lib/aws-scheduler";
import { LambdaInvoke } from "aws-cdk-lib/aws-scheduler-targets";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { Function as SstFunction, type StackContext, use } from "sst/constructs";
import { queuedRunInserts } from "../packages/functions/src/jobs/run-stream.js";
import { indicatorSchedules, TIME_ZONE } from "../packages/functions/src/jobs/schedule.js";
import {
  grantObjects,
  grantStreamRead,
  grantTable,
  jobBucketActions,
  jobStreamActions,
  jobTableActions,
} from "./access.js";
import { Data } from "./Data.js";
import { functionEnvironment } from "./environment.js";

export const indicatorsHandler = "packages/functions/src/lambda/indicators.handler";

/**
 * The bilan: one job function, started by EventBridge Scheduler nightly and on
 * 5 January (the closing bilan), in Morocco's time zone, and by the table's stream
 * for the runs staff ask for (the API records them). A run that fails is retried,
 * then parked in a dead-letter queue.
 */
export function Jobs({ stack }: StackContext) {
  const { table, exportsBucket, piiKey } = use(Data);

  const failedRuns = new Queue(stack, "FailedIndicatorRuns", {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });

  const indicators = new SstFunction(stack, "Indicators", {
    handler: indicatorsHandler,
    description: "Entraide bilan: indicators, snapshots and exports of a year",
    // A year at full scale reads ~1.5 million items; one vCPU and the longest Lambda run.
    memorySize: "1769 MB",
    timeout: "15 minutes",
    environment: functionEnvironment(piiKey, { TABLE_NAME: table.tableName, EXPORTS_BUCKET: exportsBucket.bucketName }),
    prefetchSecrets: true,
    // Asynchronous invocations (the schedules): a crashed run is retried twice, then kept here.
    retryAttempts: 2,
    deadLetterQueue: failedRuns,
  });
  grantTable(indicators, table, jobTableActions);
  grantObjects(indicators, exportsBucket, jobBucketActions);

  // Runs asked over HTTP: the INSERT of a queued manual run item (jobs/run-stream.ts), one at a time.
  // The function's role may already send to the queue (its dead-letter queue), so parking a failed
  // record there needs no other grant than that one.
  const parkInFailedRuns: IEventSourceDlq = { bind: () => ({ destination: failedRuns.queueArn }) };
  indicators.addEventSourceMapping("RunsAskedOverHttp", {
    eventSourceArn: table.cdk.table.tableStreamArn,
    startingPosition: StartingPosition.LATEST,
    batchSize: 1,
    filters: [FilterCriteria.filter(queuedRunInserts)],
    retryAttempts: 2,
    onFailure: parkInFailedRuns,
  });
  grantStreamRead(indicators, table, jobStreamActions);

  for (const schedule of indicatorSchedules) {
    new Schedule(stack, `Schedule-${schedule.name}`, {
      description: `Entraide ${schedule.name} (${schedule.cron}, ${TIME_ZONE})`,
      schedule: ScheduleExpression.expression(awsCron(schedule.cron), TimeZone.of(TIME_ZONE)),
      target: new LambdaInvoke(indicators, {
        input: ScheduleTargetInput.fromObject(schedule.event),
        // Delivery retries (throttling, Lambda unavailable); the run's own retries are above.
        retryAttempts: 3,
        maxEventAge: Duration.hours(6),
        deadLetterQueue: failedRuns,
      }),
    });
  }

  stack.addOutputs({ IndicatorsFunction: indicators.functionName, FailedRunsQueue: failedRuns.queueUrl });
  return { indicators, failedRuns };
}

/**
 * `30 2 * * *` (the job's schedule, also read by the local scheduler) as AWS writes it:
 * `cron(30 2 * * ? *)`, with `?` for the day of the week and a year field. Days of the
 * week are numbered differently (AWS: 1 = Sunday), so schedules that name one are refused.
 */
export function awsCron(unixCron: string): string {
  const fields = unixCron.trim().split(/\s+/);
  if (fields.length !== 5 || fields[4] !== "*") {
    throw new Error(`Expected a 5-field cron expression without a day of the week, got "${unixCron}"`);
  }
  const [minute, hour, dayOfMonth, month] = fields;
  return `cron(${minute} ${hour} ${dayOfMonth} ${month} ? *)`;
}

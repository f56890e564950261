import { InvokeCommand, LambdaClient } from "@aws-sdk/client-lambda";
import type { RunLauncher } from "./launcher.js";
import type { IndicatorsEvent } from "./schedule.js";

/**
 * AWS: an API request can't outlive API Gateway's 30 s, and a year at full
 * scale takes minutes, so the API invokes the job function asynchronously
 * (InvocationType Event) with the run to execute; Lambda retries a crashed
 * one, and the run key keeps that retry idempotent.
 */
export function lambdaLauncher(functionName: string, client = new LambdaClient({})): RunLauncher {
  return async (run) => {
    const event: IndicatorsEvent = { mode: "run", year: run.year, runId: run.runId };
    await client.send(new InvokeCommand({ FunctionName: functionName, InvocationType: "Event", Payload: Buffer.from(JSON.stringify(event)) }));
  };
}

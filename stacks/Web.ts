import { type StackContext, StaticSite, use } from "sst/constructs";
import { Api } from "./Api.js";
import { ConsoleHost } from "./ConsoleHost.js";
import { stageSettings } from "./settings.js";

/**
 * The console (admin/): built with its own `npm run build`, uploaded to the
 * bucket ConsoleHost serves. The build sees VITE_API_URL as a placeholder that
 * the upload replaces with the API's URL, known only once the API is deployed.
 */
export function Web({ stack, app }: StackContext) {
  const { url: apiUrl } = use(Api);
  const host = use(ConsoleHost);

  const site = new StaticSite(stack, "Console", {
    path: stageSettings(app.stage).consoleDir,
    buildCommand: "npm run build",
    buildOutput: "dist",
    environment: { VITE_API_URL: apiUrl },
    // The console's vite types stay out of its sources (admin declares its own).
    vite: { types: "node_modules/.sst/sst-env.d.ts" },
    cdk: { bucket: host.bucket, distribution: host.distribution },
  });

  stack.addOutputs({ ConsoleUrl: host.origin, ApiUrl: apiUrl });
  return { site };
}

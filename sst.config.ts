import type { SSTConfig } from "sst";
import { Api } from "./stacks/Api.js";
import { Auth } from "./stacks/Auth.js";
import { lambdaBundling } from "./stacks/bundling.js";
import { ConsoleHost } from "./stacks/ConsoleHost.js";
import { Data } from "./stacks/Data.js";
import { Imports } from "./stacks/Imports.js";
import { Jobs } from "./stacks/Jobs.js";
import { Web } from "./stacks/Web.js";

/**
 * Entraide on AWS (Paris region): `npx sst deploy --stage prod`. See docs/deploy.md.
 */
export default {
  config() {
    return { name: "entraide", region: "eu-west-3" };
  },
  stacks(app) {
    app.setDefaultFunctionProps({
      runtime: "nodejs22.x",
      architecture: "arm_64",
      // X-Ray would add a permission and a bill for traces nobody reads yet.
      tracing: "disabled",
      logRetention: "one_month",
      nodejs: lambdaBundling,
    });
    // Order matters: each stack uses what the ones before it return.
    app.stack(Data).stack(Auth).stack(ConsoleHost).stack(Jobs).stack(Imports).stack(Api).stack(Web);
  },
} satisfies SSTConfig;

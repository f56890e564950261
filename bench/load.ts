/**
 * Load from a second process: autocannon against the running API.
 * argv: JSON { url, scenario, connections, seconds, ids? } → prints JSON { rps, p50, p99, errors }.
 */
import autocannon from "autocannon";
import { workerArgument } from "./child.js";

interface Job {
  url: string;
  scenario: "get-center" | "page-beneficiaries" | "post-beneficiary";
  connections: number;
  seconds: number;
  ids: string[];
  runTag: string;
  /** An administrator's token: every API call is authenticated. */
  token: string;
}

const job: Job = JSON.parse(workerArgument());
let counter = 0;

const beneficiaryBody = () =>
  JSON.stringify({
    nationalId: `ZZ${(counter++).toString().padStart(6, "0")}`.replace(/^ZZ/, job.runTag),
    firstName: "Aicha",
    lastName: "Benali",
    sex: "female",
    birthDate: "1980-01-01",
    categories: ["woman"],
    regionCode: "MA-06",
    provinceCode: "MA-CAS",
    areaType: "urban",
    consentGiven: true,
  });

const requests: autocannon.Request[] = {
  "get-center": [
    {
      method: "GET" as const,
      setupRequest: (r: autocannon.Request) => ({
        ...r,
        path: `/api/v1/centers/${job.ids[counter++ % job.ids.length]}`,
      }),
    },
  ],
  "page-beneficiaries": [{ method: "GET" as const, path: "/api/v1/beneficiaries?provinceCode=MA-CAS&limit=50" }],
  "post-beneficiary": [
    {
      method: "POST" as const,
      path: "/api/v1/beneficiaries",
      headers: { "content-type": "application/json" },
      setupRequest: (r: autocannon.Request) => ({ ...r, body: beneficiaryBody() }),
    },
  ],
}[job.scenario];

const result = await autocannon({
  url: job.url,
  connections: job.connections,
  duration: job.seconds,
  headers: { authorization: `Bearer ${job.token}` },
  requests,
});
const bad = result.non2xx + result.errors;
console.log(
  JSON.stringify({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: bad }),
);

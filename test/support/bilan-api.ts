// First: the API's zod extension must be loaded before the registries' schemas are made.
import "../../packages/functions/src/api/app.js";

import { inProcessLauncher } from "../../packages/functions/src/jobs/launcher.js";
import { testApi } from "./api.js";
import { makeBilanRecords } from "./bilan-records.js";
import { testDb } from "./db.js";
import { tempExportStore } from "./exports.js";

/** The API on a table holding the bilan's test records, its runs going on in this process and its exports in a temporary folder. */
export async function bilanTestApi() {
  const db = await testDb();
  await makeBilanRecords(db);
  const store = tempExportStore().store;
  const launcher = inProcessLauncher({ db, store });
  const api = await testApi({ db, indicators: { store, launch: launcher } });
  return { db, store, launcher, api };
}

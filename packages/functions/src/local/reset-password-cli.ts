import { existsSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import { localUsers } from "../auth/local-identity.js";
import { parseCli, runCli } from "./cli.js";
import { NoTableError } from "./local-db.js";
import { resetLocalPassword } from "./secrets.js";

const names = localUsers.map((u) => u.username);
const usage = `Usage: npm run reset-password -- --user admin [--password <new>] [--data-dir .data]
Sets a new password for npm start's local staff (${names.join(", ")} share one) and prints it;
a running npm start takes it at the next sign-in. Without --password, one is made for you.`;

const Args = z.object({
  user: z.enum(names as [string, ...string[]], { error: `one of ${names.join(", ")}` }),
  password: z.string().min(12, "at least 12 characters").optional(),
  "data-dir": z
    .string()
    .min(1)
    .default(process.env.DATA_DIR ?? ".data"),
});

/** `npm run reset-password -- --user admin`: the local staff password, forgotten or to change. */
runCli(async () => {
  const args = parseCli(Args, usage);
  const dataDir = args["data-dir"];
  if (!existsSync(join(dataDir, "secrets.json")))
    throw new NoTableError(dataDir, existsSync(dataDir) ? "holds no Entraide data" : "does not exist");
  const password = await resetLocalPassword(dataDir, args.password);
  console.log(`New password of ${names.join(", ")} (the local staff share one) in ${dataDir}:\n  ${password}`);
  if (process.env.ENTRAIDE_LOCAL_PASSWORD) {
    console.log("Note: ENTRAIDE_LOCAL_PASSWORD is set here; an npm start that has it uses that password instead.");
  }
});

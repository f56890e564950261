import { parseArgs } from "node:util";
import type * as z from "zod";

/**
 * The plumbing of the command-line tools (seed, indicators, reset-password):
 * options checked by a zod schema, and a person's mistake answered with one
 * line and the usage — a stack trace only for what is really a bug.
 */
export class UsageError extends Error {
  name = "UsageError";
}

/** Errors that are the caller's to fix (or the machine's): shown as their message alone. */
const ownMessage = new Set(["UsageError", "DataDirBusyError", "JavaMissingError", "NoTableError"]);

export function parseCli<S extends z.ZodObject>(schema: S, usage: string, argv = process.argv.slice(2)): z.infer<S> {
  const options = Object.fromEntries(Object.keys(schema.shape).map((name) => [name, { type: "string" as const }]));
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: argv, options: { ...options, help: { type: "boolean" } }, strict: true }).values;
  } catch (error) {
    // parseArgs' messages name the option and say what to do (e.g. "Unknown option '--url'").
    throw new UsageError(`${(error as Error).message.split(". To specify")[0]}\n\n${usage}`);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  delete values.help;
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  --${issue.path.join(".")}: ${issue.message}`);
    throw new UsageError(`Invalid option${lines.length > 1 ? "s" : ""}:\n${lines.join("\n")}\n\n${usage}`);
  }
  return parsed.data;
}

/** Runs a tool's main; ends the process with 1 and a readable message when it fails. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: Error) => {
    console.error(ownMessage.has(error.name) ? error.message : error);
    process.exit(1);
  });
}

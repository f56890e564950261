import { notFound } from "@entraide/core/errors";
import { type Language, languages } from "@entraide/core/glossary/errors";
import { say } from "@entraide/core/glossary/imports";
import { getImportJob, type ImportJob } from "@entraide/core/imports/jobs";
import { header } from "../../imports/documents.js";
import { regionsFor, signedInCaller } from "../access/caller.js";
import type { Ctx } from "../env.js";
import { languageOf as acceptedLanguage } from "../language.js";

/** What the import routes and the import file routes both show of an import, in the caller's language. */

/** `?lang=` first (a download link can't send headers), else Accept-Language as the API's errors read it. */
export const languageOf = (c: Ctx): Language => {
  const lang = c.req.query("lang")?.slice(0, 2).toLowerCase();
  return languages.find((known) => known === lang) ?? acceptedLanguage(c.req.header("accept-language"));
};

/** What callers limited to regions see of imports: their own only. */
export async function visibleJob(c: Ctx, id: string): Promise<ImportJob> {
  const job = await getImportJob(c.var.db, id);
  const caller = signedInCaller(c);
  if (regionsFor(caller, "imports:write") !== "all" && job.createdBy !== caller.actor) throw notFound("import", id);
  return job;
}

/** The job's fields an import's view shows as they are stored (its lease and other working fields stay inside). */
const shownAsStored = [
  "id",
  "registry",
  "format",
  "fileName",
  "status",
  "progress",
  "counts",
  "createdBy",
  "createdAt",
  "updatedAt",
  "createProbableDuplicates",
] as const satisfies readonly (keyof ImportJob)[];

export function importView(job: ImportJob, lang: Language) {
  const stored = Object.fromEntries(shownAsStored.map((field) => [field, job[field]])) as Pick<
    ImportJob,
    (typeof shownAsStored)[number]
  >;
  const params = { ...job.problem?.params };
  if (job.problem?.code === "missing_columns" && params.columns)
    params.columns = params.columns
      .split(", ")
      .map((f) => header(f, lang))
      .join(", ");
  const problem = job.problem && { code: job.problem.code, message: say(job.problem.code, lang, params) };
  return { ...stored, unknownColumns: job.unknownColumns ?? [], problem };
}

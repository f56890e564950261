import {
  listProgramSupports,
  ProgramSupport,
  ProgramSupportListQuery,
  programSupports,
} from "@entraide/core/program-support";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { registerCrud } from "../crud.js";
import type { AppEnv } from "../env.js";

export function programSupportRoutes(app: OpenAPIHono<AppEnv>) {
  registerCrud(app, {
    path: "program-supports",
    tag: "Minors protection",
    repository: programSupports,
    record: ProgramSupport.openapi("ProgramSupport"),
    listQuery: ProgramSupportListQuery,
    list: listProgramSupports as never,
  });
}

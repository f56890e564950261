import "../../functions/src/api/openapi-zod.js";

import openapiTS, { astToString } from "openapi-typescript";
import { createApp } from "../../functions/src/api/app.js";
import { enumsModule } from "./enums.js";

/** The API's OpenAPI document, as `GET /api/openapi.json` serves it (no table needed to describe it). */
export async function apiDocument(): Promise<Record<string, unknown>> {
  const app = createApp({
    db: { doc: {}, tableName: "entraide" } as never,
    identity: {} as never,
    indicators: {} as never,
    log: () => {},
  });
  return (await (await app.request("/api/openapi.json")).json()) as Record<string, unknown>;
}

/** src/schema.ts: the document's paths and schemas as TypeScript types (openapi-typescript). */
export async function generatedSchema(): Promise<string> {
  const ast = await openapiTS((await apiDocument()) as never, { alphabetize: true });
  return `// Generated from the Entraide API's OpenAPI document by \`npm run generate -w @entraide/client\`. Do not edit.\n${astToString(ast)}`;
}

/** src/enums.ts: the document's fixed lists as values (see enums.ts). */
export const generatedEnums = async (): Promise<string> => enumsModule(await apiDocument());

/**
 * zod copies its methods onto each schema when the schema is made, so `.openapi()`
 * exists only on schemas made after @hono/zod-openapi has extended zod. Core's
 * schemas are made as soon as core loads: every entry that serves or documents
 * the API imports this module before anything else (a side-effect import, which
 * Biome keeps in place).
 */
import "@hono/zod-openapi";

import type * as z from "zod";
import type { AccessPatterns } from "./access-patterns.js";
import type { Caller } from "./caller.js";
import type { Db } from "./db.js";
import type { RegistryApiNames, SystemFields } from "./entity.js";
import type { Located } from "./regions.js";
import type { Page } from "./store.js";

/** A list query: strict, so an unknown parameter is a 400. */
export type StrictQuery<Shape extends z.ZodRawShape> = z.ZodObject<Shape, z.core.$strict>;

/** What is said of every registry: where its records lie, its API path and names, its access patterns. */
export interface RegistryDef extends Located {
  /** Its path under /api/v1 (and its rights' name): "centers". */
  path: string;
  api: RegistryApiNames;
  patterns: AccessPatterns;
}

/** What is served of a registry's repository (core's `createRepository` gives it). */
export interface RegistryRepository<Fields, Patch, Rec extends SystemFields> {
  def: RegistryDef;
  /** The body of a create: the fields and the rules across them. */
  createSchema: z.ZodType<Fields>;
  /** The body of a change: a JSON merge patch of the fields. */
  patchSchema: z.ZodType<Patch>;
  /** Creates from fields `createSchema` parsed (branded: nothing else gives that type), without parsing them again. */
  createValid(db: Db, caller: Caller, fields: Fields): Promise<Rec>;
  get(db: Db, caller: Caller, id: string): Promise<Rec>;
  updateValid(db: Db, caller: Caller, id: string, version: number, patch: Patch): Promise<Rec>;
  remove(db: Db, caller: Caller, id: string, version?: number): Promise<void>;
}

/** A registry's list: its query (validated) and the page it reads. */
export interface RegistryList<Rec extends SystemFields, Query extends z.ZodRawShape> {
  /** The record as returned (fields and system fields). */
  record: z.ZodType<Rec>;
  listQuery: StrictQuery<Query>;
  list: (db: Db, caller: Caller, query: z.output<StrictQuery<Query>>) => Promise<Page<Rec>>;
}

/** Everything the API derives a registry's routes and documentation from. */
export interface RegistryParts<Fields, Patch, Rec extends SystemFields, Query extends z.ZodRawShape>
  extends RegistryApiNames,
    RegistryList<Rec, Query> {
  /** Its path under /api/v1: "centers". */
  path: string;
  repository: RegistryRepository<Fields, Patch, Rec>;
}

/** A use of a registry's parts, whatever their types: each registry is checked where it is defined. */
export type PartsUser<R> = <Fields, Patch, Rec extends SystemFields, Query extends z.ZodRawShape>(
  parts: RegistryParts<Fields, Patch, Rec, Query>,
) => R;

/** A registry as listed in registries.ts: its definition, and its typed parts for whoever serves it. */
export interface Registry<Def extends RegistryDef = RegistryDef> {
  def: Def;
  /** Hands the registry's parts to `use`, with their own types (a list of registries holds many). */
  parts: <R>(use: PartsUser<R>) => R;
}

/**
 * A registry: its repository (with its definition) and its list as the API serves it. Its path,
 * API tag and schema name come from the definition.
 */
export function registry<
  Fields,
  Patch,
  Rec extends SystemFields,
  Query extends z.ZodRawShape,
  Def extends RegistryRepository<Fields, Patch, Rec>["def"],
>(repository: RegistryRepository<Fields, Patch, Rec> & { def: Def }, list: RegistryList<Rec, Query>): Registry<Def> {
  const { path, api } = repository.def;
  const parts: RegistryParts<Fields, Patch, Rec, Query> = { path, ...api, repository, ...list };
  return { def: repository.def, parts: (use) => use(parts) };
}

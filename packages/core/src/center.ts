import * as z from "zod";
import { REFERENCE_SHARDS, territoryPatterns } from "./access-patterns.js";
import type { Caller } from "./caller.js";
import { AreaType, Count, checkNotBefore, IsoDate, listShape, systemShape } from "./common.js";
import type { Db } from "./db.js";
import { registry } from "./registry.js";
import { createRepository } from "./repository.js";
import { checkProvinceInRegion, ProvinceCode, RegionCode } from "./territory.js";

export const centerTypes = [
  "education_training",
  "kindergarten",
  "social_protection",
  "disability",
  "women",
  "apprenticeship",
  "proximity",
] as const;

/** Morocco's bounding box, Saharan provinces included. */
const Location = z.strictObject({
  lat: z.number().min(20.7, "Latitude outside Morocco").max(36.0, "Latitude outside Morocco"),
  lng: z.number().min(-17.2, "Longitude outside Morocco").max(-0.9, "Longitude outside Morocco"),
});

export const CenterFields = z.strictObject({
  name: z.string().trim().min(2).max(200),
  type: z.enum(centerTypes),
  regionCode: RegionCode,
  provinceCode: ProvinceCode,
  areaType: AreaType,
  capacity: Count(0, 100_000),
  status: z.enum(["active", "suspended", "closed"]),
  openedOn: IsoDate,
  closedOn: IsoDate.optional(),
  managedBy: z.string().trim().min(1).max(200).optional(),
  location: Location.optional(),
});
export type CenterInput = z.infer<typeof CenterFields>;

export const Center = CenterFields.extend(systemShape);
export type Center = z.infer<typeof Center>;

export const CENTER_PREFIX = "CENTER";

export const centers = createRepository({
  label: "center",
  path: "centers",
  api: { tag: "Centers", schema: "Center" },
  regions: { from: "own" },
  prefix: CENTER_PREFIX,
  fields: CenterFields,
  rules: (c, ctx) => {
    checkProvinceInRegion(c, ctx);
    checkNotBefore(ctx, c.openedOn, c.closedOn, "closedOn", "closedOn is before openedOn");
  },
  patterns: territoryPatterns(CENTER_PREFIX, REFERENCE_SHARDS),
  held: [
    {
      counter: "supportCount",
      holds: (c) => c.type === "social_protection",
      path: "type",
      message: (count) =>
        `This center has ${count} program support(s): keep the social_protection type, or remove the supports first`,
    },
  ],
});

export const CenterListQuery = z.strictObject({
  ...listShape,
  regionCode: RegionCode.optional(),
  provinceCode: ProvinceCode.optional(),
  type: z.enum(centerTypes).optional(),
  status: z.enum(["active", "suspended", "closed"]).optional(),
  areaType: AreaType.optional(),
});

export const listCenters = (db: Db, caller: Caller, query: z.infer<typeof CenterListQuery>) =>
  centers.list(db, caller, query);

/** The registry, as registries.ts lists it and the API serves it. */
export const centerRegistry = registry(centers, { record: Center, listQuery: CenterListQuery, list: listCenters });

import type { EnumName } from "../common/enums";

/**
 * What each registry's list shows, column by column, as plain data: the list pages render their columns from it
 * (common/ListColumns.tsx), and so does the first screen a signed-in visit paints before the console has booted
 * (first-screen/), so both show the same columns under the same words. Headers are the registry's field words,
 * `resources.<name>.fields.<source>`.
 */
export type ListColumn =
  | { source: string; kind: "text" | "number" | "date" | "province" | "region" | "person" | "identifier" | "birthDate" }
  | { source: string; kind: "enum" | "enums"; list: EnumName }
  | { source: string; kind: "reference"; reference: "beneficiaries" | "centers" };

const text = (source: string): ListColumn => ({ source, kind: "text" });
const num = (source: string): ListColumn => ({ source, kind: "number" });
const date = (source: string): ListColumn => ({ source, kind: "date" });
const oneOf = (source: string, list: EnumName): ListColumn => ({ source, kind: "enum", list });
const province: ListColumn = { source: "provinceCode", kind: "province" };
const beneficiary: ListColumn = { source: "beneficiaryId", kind: "reference", reference: "beneficiaries" };
const center: ListColumn = { source: "centerId", kind: "reference", reference: "centers" };

export const listColumns = {
  centers: [
    text("name"),
    oneOf("type", "centerType"),
    province,
    num("capacity"),
    oneOf("status", "centerStatus"),
    date("openedOn"),
  ],
  beneficiaries: [
    { source: "lastName", kind: "person" },
    { source: "firstName", kind: "person" },
    { source: "nationalId", kind: "identifier" },
    oneOf("sex", "sex"),
    { source: "categories", kind: "enums", list: "category" },
    province,
    { source: "birthDate", kind: "birthDate" },
  ],
  enrollments: [beneficiary, center, oneOf("service", "service"), date("startDate"), date("endDate")],
  cooperatives: [
    text("name"),
    oneOf("kind", "cooperativeKind"),
    oneOf("sector", "sector"),
    province,
    num("members"),
    date("foundedOn"),
  ],
  "marketplace-spaces": [
    text("name"),
    province,
    num("stalls"),
    num("hostsActive"),
    oneOf("status", "spaceStatus"),
    date("openedOn"),
  ],
  exhibitions: [
    text("name"),
    oneOf("scope", "exhibitionScope"),
    province,
    date("startDate"),
    date("endDate"),
    num("participantCount"),
  ],
  "aid-distributions": [
    beneficiary,
    oneOf("kind", "aidKind"),
    date("date"),
    text("description"),
    num("quantity"),
    num("valueMad"),
  ],
  grants: [beneficiary, text("activity"), num("amountMad"), date("awardedOn"), oneOf("status", "grantStatus")],
  "program-supports": [center, text("year"), num("amountMad"), text("note")],
  "vigilance-cells": [
    province,
    { source: "regionCode", kind: "region" },
    date("establishedOn"),
    date("dissolvedOn"),
    num("members"),
  ],
} satisfies Record<string, ListColumn[]>;

export type ListedRegistry = keyof typeof listColumns;
export const isListedRegistry = (name: string): name is ListedRegistry => Object.hasOwn(listColumns, name);

/** The first page every registry list opens on (the list pages' `perPage`, the first screen's request). */
export const FIRST_PAGE_SIZE = 25;

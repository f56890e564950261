import { type Item, recordItems } from "@entraide/core/bulk";
import type { CooperativeFields } from "@entraide/core/cooperative";
import type { Db } from "@entraide/core/db";
import type { SystemFields } from "@entraide/core/entity";
import { hostedGuardItem, hostingItem } from "@entraide/core/hosting";
import { marketplaceSpaces } from "@entraide/core/marketplace-space";
import type * as z from "zod";
import { weightedProvinces } from "./centers.js";
import type { SeedPlan } from "./plan.js";
import { addDays, cycled, type Random, systemAt } from "./random.js";

export interface SeedCooperative {
  fields: z.infer<typeof CooperativeFields>;
  system: SystemFields;
  refs: number;
}

interface Stay {
  cooperative: SeedCooperative;
  from: string;
  to?: string;
}

/**
 * Solidarity marketplace spaces: those opened in the year host the
 * `hostedNew` cooperatives (some in two spaces), older ones host `hostedOld`
 * through the year and had `unsupported` ones until the year before.
 */
export function marketplaceItems(
  db: Db,
  random: Random,
  plan: SeedPlan,
  year: number,
  groups: { hostedNew: SeedCooperative[]; hostedOld: SeedCooperative[]; unsupported: SeedCooperative[] },
): Item[] {
  const items: Item[] = [];
  const space = (openedOn: string, stays: Array<(openedOn: string) => Stay>) => {
    const province = random.weighted(weightedProvinces);
    const system = systemAt(random, openedOn);
    const hostings = stays.map((stay) => stay(openedOn));
    const current = hostings.filter((h) => !h.to);
    const fields = {
      name: `Espace de commercialisation solidaire ${province.nameFr}`,
      regionCode: province.regionCode,
      provinceCode: province.code,
      openedOn,
      stalls: current.length + random.int(2, 8),
      status: "active" as const,
    };
    const counters = hostings.length ? { refs: hostings.length, hostsActive: current.length } : {};
    items.push(...recordItems(marketplaceSpaces.def, db, fields, system, counters));
    for (const h of hostings) {
      h.cooperative.refs++;
      const hosting = {
        spaceId: system.id,
        cooperativeId: h.cooperative.system.id,
        from: h.from,
        ...(h.to ? { to: h.to } : {}),
        ...systemAt(random, h.from),
      };
      // The same item hostCooperative writes, and the guard of a current stay.
      items.push(hostingItem(hosting));
      if (!h.to) items.push(hostedGuardItem(hosting));
    }
  };
  const last = `${year}-12-31`;
  const stayFrom =
    (co: SeedCooperative, ended: boolean) =>
    (openedOn: string): Stay => {
      const from = random.date(openedOn, last);
      return { cooperative: co, from, ...(ended && from < last ? { to: random.date(addDays(from, 1), last) } : {}) };
    };
  // New spaces: every `hostedNew` cooperative in one, a few in a second one too.
  const newStays: Array<Array<(o: string) => Stay>> = Array.from({ length: plan.spaces.opened }, () => []);
  groups.hostedNew.forEach((co, i) => {
    cycled(newStays, i).push(stayFrom(co, random.chance(0.2)));
    const other = (i + 1) % newStays.length;
    if (newStays.length > 1 && random.chance(0.05)) cycled(newStays, other).push(stayFrom(co, true));
  });
  for (const stays of newStays) space(random.date(`${year}-01-05`, `${year}-10-31`), stays);

  // Older spaces: stays through the year, and stays that ended the year before.
  const oldStays: Array<Array<(o: string) => Stay>> = Array.from({ length: Math.max(plan.spaces.older, 1) }, () => []);
  groups.hostedOld.forEach((co, i) => {
    cycled(oldStays, i).push(() => ({
      cooperative: co,
      from: random.date(`${year - 1}-01-01`, `${year - 1}-12-31`),
    }));
  });
  groups.unsupported.slice(Math.ceil(groups.unsupported.length / 2)).forEach((co, i) => {
    cycled(oldStays, i).push(() => {
      const from = random.date(`${year - 2}-01-01`, `${year - 1}-06-30`);
      return { cooperative: co, from, to: random.date(from, `${year - 1}-12-31`) };
    });
  });
  if (plan.spaces.older > 0 || groups.hostedOld.length)
    for (const stays of oldStays) space(random.date("2011-01-01", `${year - 2}-12-31`), stays);
  return items;
}

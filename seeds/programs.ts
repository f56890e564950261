import { childItem, type Item, recordItems } from "@entraide/core/bulk";
import { cooperatives } from "@entraide/core/cooperative";
import type { Db } from "@entraide/core/db";
import { exhibitions } from "@entraide/core/exhibition";
import { participations } from "@entraide/core/exhibition-participation";
import { programSupports } from "@entraide/core/program-support";
import { provinces } from "@entraide/core/territory";
import { alertKinds, vigilanceAlerts } from "@entraide/core/vigilance-alert";
import { vigilanceCells } from "@entraide/core/vigilance-cell";
import type { SeedCenter } from "./centers.js";
import { weightedProvinces } from "./centers.js";
import { marketplaceItems, type SeedCooperative } from "./marketplace.js";
import { cooperativeNames } from "./names.js";
import type { SeedPlan } from "./plan.js";
import { addDays, cycled, type Random, systemAt } from "./random.js";

/** Cooperatives, exhibitions, marketplace spaces, program supports and vigilance cells. */
export function programItems(db: Db, random: Random, plan: SeedPlan, centers: SeedCenter[], year: number): Item[] {
  const items: Item[] = [];
  const c = plan.cooperatives;
  const coop = (foundedOn: string, foundedByGraduates: boolean): SeedCooperative => {
    const province = random.weighted(weightedProvinces);
    const fields = {
      name: `${random.chance(0.8) ? "Coopérative" : "Association"} ${random.pick(cooperativeNames)} ${province.nameFr}`,
      kind: random.chance(0.8) ? ("cooperative" as const) : ("association" as const),
      foundedOn,
      regionCode: province.regionCode,
      provinceCode: province.code,
      sector: random.pick(["textile", "crafts", "agrifood", "services", "other"] as const),
      members: random.int(7, 40),
      foundedByGraduates,
    };
    return { fields, system: systemAt(random, foundedOn), refs: 0 };
  };
  const older = () => coop(random.date("2005-01-01", `${year - 1}-12-31`), random.chance(0.4));
  const make = (n: number, f: () => SeedCooperative) => Array.from({ length: n }, f);
  const hostedNew = make(c.hostedByNewSpaces, older);
  const hostedOld = make(c.hostedByOlderSpaces, older);
  const exhibitedOnly = make(c.exhibitedOnly, older);
  const unsupported = make(c.unsupported, older);
  const newOnes = [
    ...make(c.createdByGraduates, () => coop(random.date(`${year}-01-01`, `${year}-12-31`), true)),
    ...make(c.createdByOthers, () => coop(random.date(`${year}-01-01`, `${year}-12-31`), false)),
  ];

  items.push(...marketplaceItems(db, random, plan, year, { hostedNew, hostedOld, unsupported }));
  items.push(
    ...exhibitionItems(
      db,
      random,
      plan,
      year,
      [...exhibitedOnly, ...hostedNew.slice(0, c.hostedAndExhibited)],
      unsupported,
    ),
  );
  for (const co of [...hostedNew, ...hostedOld, ...exhibitedOnly, ...unsupported, ...newOnes]) {
    items.push(...recordItems(cooperatives.def, db, co.fields, co.system, co.refs ? { refs: co.refs } : {}));
  }

  // Minors-protection supports: social-protection institutions of the year, and of the year before.
  const social = centers.filter((x) => x.activeInYear && x.fields.type === "social_protection");
  const support = (center: SeedCenter, y: number) => {
    center.refs++;
    const fields = { centerId: center.system.id, year: y, amountMad: random.int(50, 400) * 1000 };
    items.push(...recordItems(programSupports.def, db, fields, systemAt(random, `${y}-03-01`)));
  };
  for (const center of social.slice(0, plan.supports.inYear)) support(center, year);
  for (const center of social.slice(0, plan.supports.yearBefore)) support(center, year - 1);

  items.push(...cellItems(db, random, plan, year));
  return items;
}

/** Exhibitions of the year (and some of the year before, whose participants don't count) with their participants. */
function exhibitionItems(
  db: Db,
  random: Random,
  plan: SeedPlan,
  year: number,
  exhibitors: SeedCooperative[],
  yearBefore: SeedCooperative[],
): Item[] {
  const items: Item[] = [];
  const held = (n: number, from: string, to: string, participants: SeedCooperative[]) => {
    const shows = Array.from({ length: n }, () => {
      const province = random.weighted(weightedProvinces);
      const startDate = random.date(from, to);
      const fields = {
        name: `Salon de l'économie sociale et solidaire ${province.nameFr} ${startDate.slice(0, 4)}`,
        scope: random.pick(["local", "regional", "national"] as const),
        regionCode: province.regionCode,
        provinceCode: province.code,
        startDate,
        endDate: addDays(startDate, random.int(3, 10)),
      };
      return { fields, system: systemAt(random, startDate), participants: new Set<SeedCooperative>() };
    });
    // Each cooperative shows its products at one to three exhibitions.
    if (shows.length)
      for (const co of participants) for (let k = random.int(1, 3); k > 0; k--) random.pick(shows).participants.add(co);
    for (const show of shows) {
      const count = show.participants.size;
      items.push(
        ...recordItems(
          exhibitions.def,
          db,
          show.fields,
          show.system,
          count ? { refs: count, participantCount: count } : {},
        ),
      );
      for (const co of show.participants) {
        co.refs++;
        const fields = { cooperativeId: co.system.id, salesMad: random.int(2, 80) * 500 };
        items.push(
          childItem(participations.def, show.system.id, fields, systemAt(random, show.fields.startDate), {
            exhibitionStartDate: show.fields.startDate,
          }),
        );
      }
    }
  };
  held(plan.exhibitions.held, `${year}-01-10`, `${year}-12-20`, exhibitors);
  // One starts in the last days of the year before and ends in this one: not held this year.
  held(
    plan.exhibitions.yearBefore,
    `${year - 1}-06-01`,
    `${year - 1}-12-28`,
    yearBefore.slice(0, Math.ceil(yearBefore.length / 2)),
  );
  return items;
}

/** Vigilance cells: active ones in distinct provinces (one active cell a province), some dissolved the year before. */
function cellItems(db: Db, random: Random, plan: SeedPlan, year: number): Item[] {
  const items: Item[] = [];
  const order = [...provinces].sort(() => random.next() - 0.5);
  const cell = (index: number, establishedOn: string, dissolvedOn?: string) => {
    const province = cycled(order, index);
    const fields = {
      regionCode: province.regionCode,
      provinceCode: province.code,
      establishedOn,
      ...(dissolvedOn ? { dissolvedOn } : {}),
      members: random.int(4, 12),
    };
    const system = systemAt(random, establishedOn);
    const alerts = dissolvedOn ? 0 : random.int(3, 15);
    items.push(...recordItems(vigilanceCells.def, db, fields, system, alerts ? { refs: alerts } : {}));
    for (let k = 0; k < alerts; k++) {
      const date = random.date(establishedOn > `${year}-01-01` ? establishedOn : `${year}-01-01`, `${year}-12-31`);
      const alert = {
        date,
        kind: random.pick(alertKinds),
        description: "Situation signalée par la cellule",
        status: random.pick(["open", "closed"] as const),
      };
      items.push(childItem(vigilanceAlerts.def, system.id, alert, systemAt(random, date)));
    }
  };
  for (let i = 0; i < plan.cells.active; i++) cell(i, random.date(`${year - 2}-01-01`, `${year}-11-30`));
  for (let i = 0; i < plan.cells.dissolvedBefore; i++) {
    const establishedOn = random.date(`${year - 4}-01-01`, `${year - 2}-12-31`);
    cell(i, establishedOn, random.date(`${year - 1}-01-01`, `${year - 1}-12-31`));
  }
  return items;
}

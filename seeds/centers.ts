import type { CenterInput } from "@entraide/core/center";
import type { SystemFields } from "@entraide/core/entity";
import { type Province, provinces } from "@entraide/core/territory";
import type { SeedPlan } from "./plan.js";
import { Quota, type Random, systemAt } from "./random.js";

export interface SeedCenter {
  fields: CenterInput;
  system: SystemFields;
  /** Records pointing at it (enrollments, supports), counted while seeding. */
  refs: number;
  activeInYear: boolean;
}

const typeWeights = [
  ["education_training", 30],
  ["kindergarten", 25],
  ["women", 10],
  ["apprenticeship", 10],
  ["proximity", 10],
  ["disability", 8],
  ["social_protection", 7],
] as const;

const typeNames: Record<CenterInput["type"], string> = {
  education_training: "Centre d'éducation et de formation",
  kindergarten: "Jardin d'enfants",
  social_protection: "Établissement de protection sociale",
  disability: "Centre pour personnes en situation de handicap",
  women: "Foyer féminin",
  apprenticeship: "Centre de formation par apprentissage",
  proximity: "Espace de proximité",
};

/** Prefectures are the big cities: more centers there. */
export const weightedProvinces: ReadonlyArray<readonly [Province, number]> = provinces.map((p) => [
  p,
  p.kind === "prefecture" ? 3 : 1,
]);

/**
 * The centers: those active in the year (some opened or closed during it,
 * half of them rural or semi-urban), and some closed the years before. The
 * first ones are social-protection institutions, enough for the program's supports.
 */
export function generateCenters(random: Random, plan: SeedPlan, year: number): SeedCenter[] {
  const { active, ruralOrSemiUrban, openedInYear, closedInYear, closedBefore } = plan.centers;
  const ruralQuota = new Quota(ruralOrSemiUrban, active);
  const centers: SeedCenter[] = [];
  for (let i = 0; i < active + closedBefore; i++) {
    const isActive = i < active;
    const type =
      i < plan.supports.inYear + plan.supports.yearBefore ? "social_protection" : random.weighted(typeWeights);
    const province = random.weighted(weightedProvinces);
    const rural = isActive ? ruralQuota.take(random) : random.chance(0.5);
    let openedOn = random.date("1975-01-01", `${year - 1}-12-31`);
    let closedOn: string | undefined;
    if (isActive && i >= active - openedInYear - closedInYear && i < active - closedInYear)
      openedOn = random.date(`${year}-01-01`, `${year}-11-30`);
    if (isActive && i >= active - closedInYear) closedOn = random.date(`${year}-01-15`, `${year}-12-31`);
    if (!isActive) {
      openedOn = random.date("1985-01-01", `${year - 3}-12-31`);
      closedOn = random.date(`${year - 2}-01-01`, `${year - 1}-12-31`);
    }
    const areaType = rural ? (random.chance(0.6) ? "rural" : "semi_urban") : "urban";
    centers.push({
      fields: {
        name: `${typeNames[type]} ${province.nameFr} ${i + 1}`,
        type,
        regionCode: province.regionCode,
        provinceCode: province.code,
        areaType,
        capacity: random.int(20, 200),
        status: closedOn ? "closed" : "active",
        openedOn,
        ...(closedOn ? { closedOn } : {}),
        managedBy: random.chance(0.4) ? "Association partenaire" : "Entraide Nationale",
      },
      system: systemAt(random, openedOn),
      refs: 0,
      activeInYear: isActive,
    });
  }
  return centers;
}

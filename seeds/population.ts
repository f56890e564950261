import { aidDistributions } from "@entraide/core/aid-distribution";
import { beneficiaries } from "@entraide/core/beneficiary";
import { type BulkWriter, type Item, recordItems } from "@entraide/core/bulk";
import type { Db } from "@entraide/core/db";
import { enrollments } from "@entraide/core/enrollment";
import { grants } from "@entraide/core/grant";
import type { SeedCenter } from "./centers.js";
import { enrollmentAt, personFor } from "./people.js";
import type { SeedPlan } from "./plan.js";
import { Quota, type Random, systemAt } from "./random.js";

const aidDescriptions = {
  food: ["Panier alimentaire (farine, huile, sucre)", "Colis Ramadan", "Aide alimentaire d'hiver"],
  customs_goods: ["Vêtements saisis en douane", "Couvertures exonérées", "Appareils ménagers saisis"],
  equipment: ["Fauteuil roulant", "Canne blanche", "Appareil auditif", "Machine à coudre"],
} as const;
const activities = [
  "Atelier de couture",
  "Élevage de chèvres",
  "Épicerie de quartier",
  "Apiculture",
  "Réparation de téléphones",
  "Tissage de tapis",
];

/**
 * The people, one at a time with their own records (enrollments, aid, grants):
 * the served of the year first, then people served only the years before.
 * Quotas pick exactly the article's counts as the stream goes, so nothing is
 * held in memory but the centers.
 */
export async function seedPopulation(
  db: Db,
  writer: BulkWriter,
  random: Random,
  plan: SeedPlan,
  centers: SeedCenter[],
  year: number,
) {
  const { served, notServed } = plan.people;
  const total = served + notServed;
  const { aid, grants: g } = plan;
  const disabledCount = Math.min(
    total,
    Math.max(
      Math.round(total * plan.people.disabledShare),
      aid.foodDisabled + aid.foodDisabledYearBefore,
      g.recipients + g.cancelled + g.yearBefore,
    ),
  );
  const q = {
    disabled: new Quota(disabledCount, total),
    foodDisabled: new Quota(aid.foodDisabled, disabledCount),
    foodYearBefore: new Quota(aid.foodDisabledYearBefore, disabledCount - aid.foodDisabled),
    foodOthers: new Quota(aid.foodOthers, total - disabledCount),
    customs: new Quota(aid.customsGoods, total),
    equipment: new Quota(aid.equipment, total),
    grant: new Quota(g.recipients, disabledCount),
    cancelled: new Quota(g.cancelled, disabledCount - g.recipients),
    grantYearBefore: new Quota(g.yearBefore, disabledCount - g.recipients - g.cancelled),
  };
  const active = centers.filter((c) => c.activeInYear);
  const disabilityCenters = active.filter((c) => c.fields.type === "disability");
  const olderCenters = centers.filter((c) => c.fields.openedOn < `${year}-01-01`);
  const inYear = () => random.date(`${year}-01-01`, `${year}-12-31`);

  for (let i = 0; i < total; i++) {
    const isServed = i < served;
    const disabled = q.disabled.take(random);
    const pool = isServed
      ? disabled && disabilityCenters.length && random.chance(0.5)
        ? disabilityCenters
        : active
      : olderCenters;
    const center = random.pick(pool);
    const person = personFor(random, i, center, disabled, year);
    const id = person.system.id;
    const facts: Item[] = [];
    const add = (items: Item[]) => facts.push(...items);
    const enroll = (at: SeedCenter) => {
      const e = enrollmentAt(random, at, id, isServed, year);
      at.refs++;
      add(recordItems(enrollments.def, db, e.fields, e.system));
    };
    enroll(center);
    // Some people are enrolled twice in the year (another service, or another center).
    if (isServed && random.chance(plan.people.enrolledTwice)) enroll(random.chance(0.5) ? center : random.pick(active));
    const give = (kind: keyof typeof aidDescriptions, date: string) => {
      const valueMad =
        kind === "food" ? random.int(150, 600) : kind === "equipment" ? random.int(800, 6000) : random.int(200, 2500);
      const fields = {
        beneficiaryId: id,
        kind,
        date,
        description: random.pick(aidDescriptions[kind]),
        quantity: random.int(1, 3),
        valueMad,
      };
      add(recordItems(aidDistributions.def, db, fields, systemAt(random, date)));
    };
    if (disabled) {
      if (q.foodDisabled.take(random)) {
        give("food", inYear());
        if (random.chance(0.2)) give("food", inYear());
      } else if (q.foodYearBefore.take(random)) give("food", random.date(`${year - 1}-01-01`, `${year - 1}-12-31`));
    } else if (q.foodOthers.take(random)) give("food", inYear());
    if (q.customs.take(random)) give("customs_goods", inYear());
    if (q.equipment.take(random)) give("equipment", inYear());
    const award = (awardedOn: string, status: "awarded" | "disbursed" | "cancelled") => {
      const fields = {
        beneficiaryId: id,
        amountMad: random.int(10, 50) * 1000,
        awardedOn,
        activity: random.pick(activities),
        status,
      };
      add(recordItems(grants.def, db, fields, systemAt(random, awardedOn)));
    };
    if (disabled) {
      if (q.grant.take(random)) {
        award(inYear(), random.chance(0.6) ? "disbursed" : "awarded");
        if (random.chance(0.1)) award(inYear(), "awarded");
      } else if (q.cancelled.take(random)) award(inYear(), "cancelled");
      else if (q.grantYearBefore.take(random))
        award(random.date(`${year - 1}-01-01`, `${year - 1}-12-31`), "disbursed");
    }
    await writer.add([
      ...recordItems(beneficiaries.def, db, person.fields, person.system, {
        refs: facts.filter((f) => f.sk !== "GUARD").length,
      }),
      ...facts,
    ]);
  }
}

import type { BeneficiaryInput } from "@entraide/core/beneficiary";
import type { services } from "@entraide/core/enrollment";
import type { SystemFields } from "@entraide/core/entity";
import type { SeedCenter } from "./centers.js";
import { cinPrefixes, femaleFirstNames, lastNames, maleFirstNames } from "./names.js";
import { addDays, cycled, maxDate, minDate, type Random, systemAt } from "./random.js";

type CenterType = SeedCenter["fields"]["type"];

/** Ages of the people each kind of center serves (two groups for social protection: minors and the elderly). */
const ageRanges: Record<CenterType, Array<[number, number]>> = {
  kindergarten: [[3, 6]],
  education_training: [[15, 35]],
  women: [[18, 55]],
  disability: [[5, 60]],
  social_protection: [
    [6, 17],
    [65, 90],
  ],
  apprenticeship: [[15, 30]],
  proximity: [[18, 75]],
};

const servicesOf: Record<CenterType, Array<(typeof services)[number]>> = {
  kindergarten: ["preschool"],
  education_training: ["training", "literacy"],
  women: ["literacy", "training", "counseling"],
  disability: ["rehabilitation", "day_care"],
  social_protection: ["residential_care"],
  apprenticeship: ["training"],
  proximity: ["counseling", "literacy", "day_care"],
};

/** A person of the registry, shaped by the center that serves them. */
export function personFor(
  random: Random,
  index: number,
  center: SeedCenter,
  disabled: boolean,
  year: number,
): { fields: BeneficiaryInput; system: SystemFields } {
  const [from, to] = random.pick(ageRanges[center.fields.type]);
  const age = random.int(from, to);
  const birthDate = random.date(`${year - age}-01-01`, `${year - age}-12-31`);
  const adult = age >= 18;
  // The centers' adult users without a disability are women (the women's and training centers' public).
  const sex = !adult || age >= 60 || disabled ? (random.chance(0.5) ? "female" : "male") : "female";
  const categories: BeneficiaryInput["categories"] = [];
  if (!adult) categories.push("child");
  if (adult && sex === "female") categories.push("woman");
  if (age >= 60) categories.push("elderly");
  if (disabled) categories.push("disability");
  const fields: BeneficiaryInput = {
    firstName: random.pick(sex === "female" ? femaleFirstNames : maleFirstNames),
    lastName: random.pick(lastNames),
    sex,
    birthDate,
    categories,
    ...(disabled
      ? {
          disabilityType: random.weighted([
            ["motor", 4],
            ["visual", 3],
            ["hearing", 2],
            ["mental", 2],
            ["multiple", 1],
          ] as const),
        }
      : {}),
    regionCode: center.fields.regionCode,
    provinceCode: center.fields.provinceCode,
    areaType: center.fields.areaType,
    consentGiven: true,
    ...(adult && random.chance(0.85) ? { nationalId: nationalIdOf(index) } : {}),
    ...(adult && random.chance(0.5) ? { phone: `06${String(random.int(0, 99_999_999)).padStart(8, "0")}` } : {}),
  };
  return { fields, system: systemAt(random, `${year - 1}-${String(random.int(1, 12)).padStart(2, "0")}-15`) };
}

/** Unique by construction: the index picks the letters and, scrambled, the digits. */
function nationalIdOf(index: number): string {
  const prefix = cycled(cinPrefixes, index);
  const serial = (Math.floor(index / cinPrefixes.length) * 7919 + 12_345) % 1_000_000;
  return `${prefix}${serial}`;
}

/**
 * An enrollment at `center`, within the center's open period: overlapping the
 * year when `served`, else ending the year before. Some span two years.
 */
export function enrollmentAt(random: Random, center: SeedCenter, beneficiaryId: string, served: boolean, year: number) {
  const { openedOn, closedOn } = center.fields;
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  let startDate: string;
  let endDate: string | undefined;
  if (served) {
    startDate = random.date(maxDate(openedOn, `${year - 1}-03-01`), minDate(closedOn ?? last, last));
    const ends = random.weighted([
      ["open", 4],
      ["inYear", 4],
      ["nextYear", 2],
    ] as const);
    if (ends === "inYear" || closedOn)
      endDate = random.date(maxDate(startDate, first), minDate(closedOn ?? last, last));
    else if (ends === "nextYear") endDate = random.date(`${year + 1}-01-01`, `${year + 1}-09-30`);
  } else {
    const end = minDate(closedOn ?? `${year - 1}-12-31`, `${year - 1}-12-31`);
    startDate = random.date(maxDate(openedOn, addDays(end, -700)), end);
    endDate = random.date(startDate, end);
  }
  const fields = {
    beneficiaryId,
    centerId: center.system.id,
    service: random.pick(servicesOf[center.fields.type]),
    startDate,
    ...(endDate ? { endDate } : {}),
  };
  return { fields, system: systemAt(random, startDate) };
}

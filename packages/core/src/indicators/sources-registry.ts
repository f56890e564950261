import { beneficiaries } from "../beneficiary.js";
import { centers } from "../center.js";
import { cooperatives } from "../cooperative.js";
import { enrollments } from "../enrollment.js";
import { Hosting } from "../hosting.js";
import { marketplaceSpaces } from "../marketplace-space.js";
import { markPerson, PersonBits, personAttributeBits, servingBits } from "./people.js";
import { ageBandAt, inYear, overlapsYear } from "./period.js";
import { registerSource, requiredText, type Source, text } from "./source.js";
import { bump, packCenter, unpackCenter } from "./tally.js";

/** The registries of centers, people, cooperatives and marketplace spaces. */
export const registrySources: Source[] = [
  registerSource(
    {
      entity: "CENTER",
      module: "center",
      pass: 1,
      attributes: ["id", "type", "regionCode", "areaType", "openedOn", "closedOn"],
      feeds: ["centers.active", "centers.ruralOrSemiUrbanShare", "beneficiaries.servedRuralOrSemiUrbanShare"],
      read(item, t) {
        const packed = packCenter({
          regionCode: requiredText(item, "regionCode"),
          areaType: requiredText(item, "areaType"),
          type: requiredText(item, "type"),
        });
        t.centerProfiles.set(requiredText(item, "id"), packed);
        if (!overlapsYear(t.bounds, text(item, "openedOn"), text(item, "closedOn"))) return;
        const profile = unpackCenter(packed);
        t.values["centers.active"]++;
        bump(t.breakdowns["centers.byType"], profile.type);
        bump(t.breakdowns["centers.byRegion"], profile.regionCode);
        bump(t.breakdowns["centers.byAreaType"], profile.areaType);
      },
    },
    centers.def,
  ),
  registerSource(
    {
      entity: "MARKETPLACE_SPACE",
      module: "marketplace-space",
      pass: 1,
      attributes: ["id", "openedOn"],
      feeds: ["marketplaceSpaces.opened", "marketplaceSpaces.cooperativesHosted"],
      read(item, t) {
        if (!inYear(t.bounds, text(item, "openedOn"))) return;
        t.spacesOpenedInYear.add(requiredText(item, "id"));
        t.values["marketplaceSpaces.opened"]++;
      },
    },
    marketplaceSpaces.def,
  ),
  registerSource(
    {
      entity: "COOPERATIVE",
      module: "cooperative",
      pass: 1,
      attributes: ["foundedOn", "foundedByGraduates"],
      feeds: ["cooperatives.createdByGraduates"],
      read(item, t) {
        if (item.foundedByGraduates === true && inYear(t.bounds, text(item, "foundedOn")))
          t.values["cooperatives.createdByGraduates"]++;
      },
    },
    cooperatives.def,
  ),
  registerSource(
    {
      entity: "ENROLLMENT",
      module: "enrollment",
      pass: 2,
      attributes: ["beneficiaryId", "centerId", "startDate", "endDate"],
      feeds: ["beneficiaries.served", "beneficiaries.servedRuralOrSemiUrbanShare"],
      read(item, t) {
        if (!overlapsYear(t.bounds, text(item, "startDate"), text(item, "endDate"))) return;
        const center = t.centerProfiles.get(requiredText(item, "centerId"));
        markPerson(
          t,
          requiredText(item, "beneficiaryId"),
          PersonBits.served | (center === undefined ? 0 : servingBits(center)),
        );
      },
    },
    enrollments.def,
  ),
  registerSource(
    {
      entity: "HOSTING",
      module: "hosting",
      pass: 2,
      attributes: ["spaceId", "cooperativeId", "from", "to"],
      feeds: ["cooperatives.supported", "marketplaceSpaces.cooperativesHosted"],
      read(item, t) {
        if (!overlapsYear(t.bounds, text(item, "from"), text(item, "to"))) return;
        const cooperativeId = requiredText(item, "cooperativeId");
        t.supportedCooperatives.add(cooperativeId);
        if (t.spacesOpenedInYear.has(requiredText(item, "spaceId"))) t.cooperativesHostedByNewSpaces.add(cooperativeId);
      },
    },
    Hosting,
  ),
  registerSource(
    {
      entity: "BENEFICIARY",
      module: "beneficiary",
      pass: 2,
      attributes: ["id", "sex", "birthDate", "categories", "disabilityType"],
      feeds: ["beneficiaries.served", "aid.foodRecipientsWithDisability"],
      read(item, t) {
        const categories = Array.isArray(item.categories) ? (item.categories as string[]) : [];
        const birthDate = text(item, "birthDate");
        const ageBand = birthDate ? ageBandAt(t.bounds, birthDate) : undefined;
        markPerson(
          t,
          requiredText(item, "id"),
          personAttributeBits(text(item, "sex"), categories, ageBand, text(item, "disabilityType")),
        );
      },
    },
    beneficiaries.def,
  ),
];

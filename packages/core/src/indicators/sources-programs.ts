import { aidDistributions } from "../aid-distribution.js";
import { exhibitions } from "../exhibition.js";
import { participations } from "../exhibition-participation.js";
import { grants } from "../grant.js";
import { programSupports } from "../program-support.js";
import { vigilanceAlerts } from "../vigilance-alert.js";
import { vigilanceCells } from "../vigilance-cell.js";
import { markPerson, PersonBits } from "./people.js";
import { inYear, overlapsYear } from "./period.js";
import { amount, registerSource, requiredText, type Source, text } from "./source.js";
import { addTo, bump, unpackCenter } from "./tally.js";

/** Grants that count: awarded or paid out, not cancelled. */
const countedGrantStatuses = new Set(["awarded", "disbursed"]);

/** The programs: exhibitions, aid, Social Cohesion Support Fund grants, program support, vigilance cells. */
export const programSources: Source[] = [
  registerSource(
    {
      entity: "EXHIBITION",
      module: "exhibition",
      pass: 1,
      attributes: ["startDate"],
      feeds: ["exhibitions.held"],
      read(item, t) {
        if (inYear(t.bounds, text(item, "startDate"))) t.values["exhibitions.held"]++;
      },
    },
    exhibitions.def,
  ),
  registerSource(
    {
      entity: "EXHIBITION_PARTICIPATION",
      module: "exhibition-participation",
      pass: 2,
      attributes: ["cooperativeId", "exhibitionStartDate"],
      feeds: ["cooperatives.supported"],
      read(item, t) {
        // "Held in Y" is the exhibition's start, copied on each participation so no join is needed.
        if (inYear(t.bounds, text(item, "exhibitionStartDate")))
          t.supportedCooperatives.add(requiredText(item, "cooperativeId"));
      },
    },
    participations.def,
  ),
  registerSource(
    {
      entity: "AID_DISTRIBUTION",
      module: "aid-distribution",
      pass: 2,
      attributes: ["beneficiaryId", "kind", "date", "valueMad"],
      feeds: ["aid.foodRecipientsWithDisability", "aid.customsGoodsRecipients", "aid.valueMad"],
      read(item, t) {
        if (!inYear(t.bounds, text(item, "date"))) return;
        const beneficiaryId = requiredText(item, "beneficiaryId");
        const kind = text(item, "kind") ?? "other";
        const value = amount(item, "valueMad");
        addTo(t.aidRecipientsByKind, kind, beneficiaryId);
        if (kind === "food") markPerson(t, beneficiaryId, PersonBits.foodRecipient);
        t.values["aid.valueMad"] += value;
        bump(t.breakdowns["aid.valueMadByKind"], kind, value);
      },
    },
    aidDistributions.def,
  ),
  registerSource(
    {
      entity: "GRANT",
      module: "grant",
      pass: 2,
      attributes: ["beneficiaryId", "amountMad", "awardedOn", "status"],
      feeds: ["facs.incomeGeneratingBeneficiaries", "facs.amountMad"],
      read(item, t) {
        if (!inYear(t.bounds, text(item, "awardedOn")) || !countedGrantStatuses.has(text(item, "status") ?? "")) return;
        t.grantRecipients.add(requiredText(item, "beneficiaryId"));
        t.values["facs.amountMad"] += amount(item, "amountMad");
      },
    },
    grants.def,
  ),
  registerSource(
    {
      entity: "PROGRAM_SUPPORT",
      module: "program-support",
      pass: 2,
      attributes: ["centerId", "year"],
      feeds: ["socialCare.institutionsSupported"],
      read(item, t) {
        if (Number(item.year) !== t.bounds.year) return;
        const centerId = requiredText(item, "centerId");
        // The program supports social-protection institutions only; the type is checked again in case a center changed since.
        const center = t.centerProfiles.get(centerId);
        if (center !== undefined && unpackCenter(center).type === "social_protection")
          t.socialCareCenters.add(centerId);
      },
    },
    programSupports.def,
  ),
  registerSource(
    {
      entity: "VIGILANCE_CELL",
      module: "vigilance-cell",
      pass: 1,
      attributes: ["establishedOn", "dissolvedOn"],
      feeds: ["vigilanceCells.active"],
      read(item, t) {
        if (overlapsYear(t.bounds, text(item, "establishedOn"), text(item, "dissolvedOn")))
          t.values["vigilanceCells.active"]++;
      },
    },
    vigilanceCells.def,
  ),
  registerSource(
    {
      entity: "VIGILANCE_ALERT",
      module: "vigilance-alert",
      pass: 2,
      attributes: ["date", "kind"],
      feeds: [],
      read(item, t) {
        if (inYear(t.bounds, text(item, "date")))
          bump(t.breakdowns["vigilanceAlerts.byKind"], text(item, "kind") ?? "other");
      },
    },
    vigilanceAlerts.def,
  ),
];

import { aidDistributions } from "@entraide/core/aid-distribution";
import { beneficiaries } from "@entraide/core/beneficiary";
import { systemCaller } from "@entraide/core/caller";
import { centers } from "@entraide/core/center";
import { cooperatives } from "@entraide/core/cooperative";
import type { Db } from "@entraide/core/db";
import { enrollments } from "@entraide/core/enrollment";
import { exhibitions } from "@entraide/core/exhibition";
import { participations } from "@entraide/core/exhibition-participation";
import { grants } from "@entraide/core/grant";
import { hostCooperative } from "@entraide/core/hosting";
import { marketplaceSpaces } from "@entraide/core/marketplace-space";
import { programSupports } from "@entraide/core/program-support";
import { vigilanceAlerts } from "@entraide/core/vigilance-alert";
import { vigilanceCells } from "@entraide/core/vigilance-cell";
import { aBeneficiary, aCenter, aCooperative, aSpace } from "./fixtures.js";

/**
 * A small world around 2015 with every edge of the bilan's definitions, made
 * through the registries. `expected2015` is what the bilan of 2015 must say,
 * worked out by hand in the comments.
 */
export async function makeBilanRecords(db: Db) {
  const center = (over: Record<string, unknown>) => centers.create(db, systemCaller, aCenter(over));
  const A = await center({ name: "Centre A", areaType: "urban", type: "women", openedOn: "2010-01-01" });
  const B = await center({
    name: "Centre B",
    areaType: "rural",
    type: "social_protection",
    regionCode: "MA-09",
    provinceCode: "MA-AGD",
    openedOn: "2015-06-01",
  });
  const C = await center({
    name: "Centre C closed the year before",
    areaType: "semi_urban",
    type: "disability",
    openedOn: "2005-01-01",
    closedOn: "2014-12-31",
    status: "closed",
  });
  const D = await center({
    name: "Centre D closed during the year",
    type: "kindergarten",
    regionCode: "MA-04",
    provinceCode: "MA-RAB",
    openedOn: "2008-01-01",
    closedOn: "2015-03-31",
    status: "closed",
  });
  await center({
    name: "Centre E opened after",
    areaType: "rural",
    type: "education_training",
    openedOn: "2016-01-01",
  });
  const F = await center({
    name: "Centre F",
    type: "social_protection",
    regionCode: "MA-03",
    provinceCode: "MA-FES",
    openedOn: "2000-01-01",
  });

  const person = (over: Record<string, unknown>) => beneficiaries.create(db, systemCaller, aBeneficiary(over));
  const p1 = await person({ firstName: "Khadija", birthDate: "1985-06-12", categories: ["woman"] });
  const p2 = await person({ firstName: "Youssef", sex: "male", birthDate: "2010-02-02", categories: ["child"] });
  const p3 = await person({ firstName: "Mbark", sex: "male", birthDate: "1950-01-01", categories: ["elderly"] });
  const p4 = await person({
    firstName: "Hamza",
    sex: "male",
    birthDate: "1997-12-31",
    categories: ["disability"],
    disabilityType: "motor",
  });
  const p5 = await person({
    firstName: "Salma",
    birthDate: "1998-01-01",
    categories: ["child", "disability"],
    disabilityType: "visual",
  });
  const p6 = await person({ firstName: "Itto", birthDate: "1955-12-31", categories: ["elderly", "woman"] });

  const enroll = (b: { id: string }, c: { id: string }, startDate: string, endDate?: string) =>
    enrollments.create(db, systemCaller, {
      beneficiaryId: b.id,
      centerId: c.id,
      service: "literacy",
      startDate,
      ...(endDate ? { endDate } : {}),
    });
  await enroll(p1, A, "2014-09-01", "2015-06-30"); // spans two years
  await enroll(p1, B, "2015-07-01"); // p1 enrolled twice: served once, by an urban and a rural center
  await enroll(p2, D, "2015-01-10", "2015-03-31");
  await enroll(p3, C, "2013-01-01", "2014-12-31"); // ended the year before: not served
  await enroll(p4, A, "2015-12-31", "2016-05-01"); // starts on the last day
  await enroll(p5, A, "2016-01-01"); // starts after: not served
  await enroll(p6, F, "2015-12-31");

  const aid = (b: { id: string }, kind: string, date: string, valueMad: number) =>
    aidDistributions.create(db, systemCaller, {
      beneficiaryId: b.id,
      kind,
      date,
      description: "Aide",
      quantity: 1,
      valueMad,
    });
  await aid(p4, "food", "2015-02-01", 300);
  await aid(p4, "food", "2015-08-01", 200); // twice: one recipient
  await aid(p5, "food", "2015-03-01", 100); // with a disability, not served: still a recipient
  await aid(p5, "food", "2014-12-31", 999); // the year before
  await aid(p1, "food", "2015-01-01", 250); // no disability
  await aid(p1, "customs_goods", "2015-05-05", 1000);
  await aid(p2, "customs_goods", "2015-12-31", 500);
  await aid(p2, "customs_goods", "2015-06-01", 100);
  await aid(p6, "customs_goods", "2016-01-01", 700); // the year after
  await aid(p4, "equipment", "2015-04-04", 2000);

  const grant = (b: { id: string }, awardedOn: string, amountMad: number, status: string) =>
    grants.create(db, systemCaller, {
      beneficiaryId: b.id,
      awardedOn,
      amountMad,
      status,
      activity: "Atelier de couture",
    });
  await grant(p4, "2015-03-01", 10_000, "awarded");
  await grant(p4, "2015-09-01", 5_000, "disbursed"); // two grants, one person
  await grant(p5, "2015-04-01", 20_000, "cancelled");
  await grant(p5, "2014-11-01", 8_000, "disbursed");
  await grant(p5, "2015-12-31", 7_000, "awarded");

  await programSupports.create(db, systemCaller, { centerId: B.id, year: 2015, amountMad: 100_000 });
  await programSupports.create(db, systemCaller, { centerId: F.id, year: 2014, amountMad: 90_000 });
  await programSupports.create(db, systemCaller, { centerId: B.id, year: 2016, amountMad: 80_000 });

  const coop = (over: Record<string, unknown>) => cooperatives.create(db, systemCaller, aCooperative(over));
  const k1 = await coop({ name: "k1", foundedOn: "2015-03-01", foundedByGraduates: true });
  const k2 = await coop({ name: "k2", foundedOn: "2015-05-05", foundedByGraduates: false });
  const k3 = await coop({ name: "k3", foundedOn: "2014-06-01", foundedByGraduates: true });
  const k4 = await coop({ name: "k4", foundedOn: "2010-01-01" });
  const k5 = await coop({ name: "k5", foundedOn: "2012-01-01" });
  const k6 = await coop({ name: "k6", foundedOn: "2012-01-01" });
  await coop({ name: "k7", foundedOn: "2016-01-10", foundedByGraduates: true });

  const show = (name: string, startDate: string, endDate: string) =>
    exhibitions.create(db, systemCaller, {
      name,
      scope: "regional",
      regionCode: "MA-09",
      provinceCode: "MA-AGD",
      startDate,
      endDate,
    });
  const X0 = await show("X0", "2014-12-28", "2015-01-05"); // started the year before
  const X1 = await show("X1", "2015-04-10", "2015-04-15");
  const X2 = await show("X2", "2015-11-01", "2015-11-08");
  const exhibit = (x: { id: string }, k: { id: string }) =>
    participations.create(db, systemCaller, x.id, { cooperativeId: k.id, salesMad: 1000 });
  await exhibit(X1, k1);
  await exhibit(X0, k3);
  await exhibit(X1, k5);
  await exhibit(X2, k5);

  const space = (name: string, openedOn: string) =>
    marketplaceSpaces.create(db, systemCaller, aSpace({ name, openedOn }));
  const S0 = await space("S0", "2012-01-01");
  const S1 = await space("S1", "2015-04-01");
  const S2 = await space("S2", "2015-09-01");
  const S3 = await space("S3", "2016-02-01");
  const host = (s: { id: string }, k: { id: string }, from: string, to?: string) =>
    hostCooperative(db, systemCaller, s.id, { cooperativeId: k.id, from, ...(to ? { to } : {}) });
  await host(S1, k1, "2015-05-01"); // k1 both exhibited and hosted
  await host(S0, k2, "2014-01-01");
  await host(S0, k3, "2013-01-01", "2014-12-31"); // ended the year before
  await host(S1, k4, "2015-04-01", "2015-06-30");
  await host(S2, k4, "2015-09-01"); // hosted by two new spaces
  await host(S3, k6, "2016-02-01");

  const cell = (provinceCode: string, regionCode: string, establishedOn: string, dissolvedOn?: string) =>
    vigilanceCells.create(db, systemCaller, {
      provinceCode,
      regionCode,
      establishedOn,
      members: 5,
      ...(dissolvedOn ? { dissolvedOn } : {}),
    });
  const c1 = await cell("MA-CAS", "MA-06", "2014-05-01");
  const c2 = await cell("MA-AGD", "MA-09", "2015-12-31");
  await cell("MA-RAB", "MA-04", "2012-01-01", "2014-12-31"); // dissolved the year before
  await cell("MA-FES", "MA-03", "2013-01-01", "2015-01-01"); // still active on 1 January
  await cell("MA-TNG", "MA-01", "2016-01-01"); // established after
  const alert = (c: { id: string }, date: string, kind: string) =>
    vigilanceAlerts.create(db, systemCaller, c.id, { date, kind, description: "Signalement", status: "open" });
  await alert(c1, "2015-02-02", "homelessness");
  await alert(c1, "2015-03-03", "homelessness");
  await alert(c1, "2014-12-31", "cold_wave");
  await alert(c2, "2015-12-31", "abuse");
}

export const expected2015 = {
  values: {
    "centers.active": 4, // A, B, D, F
    "centers.ruralOrSemiUrbanShare": 0.25, // B
    "beneficiaries.served": 4, // p1, p2, p4, p6
    "beneficiaries.servedRuralOrSemiUrbanShare": 0.25, // p1 (at B)
    "socialCare.institutionsSupported": 1, // B in 2015
    "aid.foodRecipientsWithDisability": 2, // p4, p5
    "aid.customsGoodsRecipients": 2, // p1, p2
    "aid.valueMad": 4450,
    "cooperatives.createdByGraduates": 1, // k1
    "cooperatives.supported": 4, // k1, k2, k4, k5
    "exhibitions.held": 2, // X1, X2
    "marketplaceSpaces.opened": 2, // S1, S2
    "marketplaceSpaces.cooperativesHosted": 2, // k1, k4
    "facs.incomeGeneratingBeneficiaries": 2, // p4, p5
    "facs.amountMad": 22_000,
    "vigilanceCells.active": 3, // c1, c2, MA-FES
  },
  breakdowns: {
    "centers.byType": { women: 1, social_protection: 2, kindergarten: 1 },
    "centers.byRegion": { "MA-06": 1, "MA-09": 1, "MA-04": 1, "MA-03": 1 },
    "centers.byAreaType": { urban: 3, rural: 1 },
    "beneficiaries.byCategory": { woman: 2, child: 1, disability: 1, elderly: 1 },
    "beneficiaries.bySex": { female: 2, male: 2 },
    "beneficiaries.byAgeBand": { "0-17": 1, "18-59": 2, "60+": 1 },
    "beneficiaries.byDisabilityType": { motor: 1 }, // p4 (p5, visual, is not served)
    "beneficiaries.byRegion": { "MA-06": 2, "MA-09": 1, "MA-04": 1, "MA-03": 1 },
    "beneficiaries.byAreaType": { urban: 4, rural: 1 },
    "aid.recipientsByKind": { food: 3, customs_goods: 2, equipment: 1 },
    "aid.valueMadByKind": { food: 850, customs_goods: 1600, equipment: 2000 },
    "vigilanceAlerts.byKind": { homelessness: 2, abuse: 1 },
  },
};

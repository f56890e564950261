/** Valid records to start from; tests override what they exercise. */
export const aCenter = (over: Record<string, unknown> = {}) => ({
  name: "Centre social Hay Mohammadi",
  type: "women",
  regionCode: "MA-06",
  provinceCode: "MA-CAS",
  areaType: "urban",
  capacity: 40,
  status: "active",
  openedOn: "2012-03-01",
  ...over,
});

export const aBeneficiary = (over: Record<string, unknown> = {}) => ({
  firstName: "Fatima",
  lastName: "El Amrani",
  sex: "female",
  birthDate: "1985-06-12",
  categories: ["woman"],
  regionCode: "MA-06",
  provinceCode: "MA-CAS",
  areaType: "urban",
  consentGiven: true,
  ...over,
});

export const aCooperative = (over: Record<string, unknown> = {}) => ({
  name: "Coopérative Tifawine",
  kind: "cooperative",
  foundedOn: "2015-05-10",
  regionCode: "MA-09",
  provinceCode: "MA-AGD",
  sector: "agrifood",
  members: 12,
  foundedByGraduates: true,
  ...over,
});

export const aSpace = (over: Record<string, unknown> = {}) => ({
  name: "Espace de commercialisation solidaire Agadir",
  regionCode: "MA-09",
  provinceCode: "MA-AGD",
  openedOn: "2015-09-01",
  stalls: 3,
  status: "active",
  ...over,
});

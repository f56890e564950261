import { aCenter } from "../../support/fixtures";
import type { Json } from "../../support/json.js";
import type { ConsoleServer } from "./server";

/** A valid center (the API tests' fixture), named as each scenario needs. */
export const centerInput = aCenter;

export async function create<T = Json>(
  server: ConsoleServer,
  resource: string,
  body: Record<string, unknown>,
): Promise<T> {
  const answer = await server.api<T>("POST", `/api/v1/${resource}`, body);
  if (answer.status !== 201)
    throw new Error(`Creating ${resource} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** One record of each registry, linked together, for the pages' screenshots. */
export async function seedOneOfEach(server: ConsoleServer) {
  const center = await create(
    server,
    "centers",
    centerInput({ name: "مركز التكوين بالتدرج المهني سيدي مومن", type: "apprenticeship", capacity: 1250 }),
  );
  const beneficiary = await create(server, "beneficiaries", {
    firstName: "فاطمة",
    lastName: "العمراني",
    nationalId: "BE123456",
    sex: "female",
    birthDate: "1985-06-12",
    categories: ["woman"],
    regionCode: "MA-06",
    provinceCode: "MA-CAS",
    areaType: "urban",
    consentGiven: true,
  });
  const enrollment = await create(server, "enrollments", {
    beneficiaryId: beneficiary.id,
    centerId: center.id,
    service: "training",
    startDate: "2024-09-16",
  });
  const cooperative = await create(server, "cooperatives", {
    name: "تعاونية تيفاوين",
    kind: "cooperative",
    foundedOn: "2015-05-10",
    regionCode: "MA-09",
    provinceCode: "MA-AGD",
    sector: "agrifood",
    members: 12,
    foundedByGraduates: true,
    originCenterId: center.id,
  });
  const space = await create(server, "marketplace-spaces", {
    name: "فضاء التسويق التضامني أكادير",
    regionCode: "MA-09",
    provinceCode: "MA-AGD",
    openedOn: "2015-09-01",
    stalls: 3,
    status: "active",
  });
  const hosting = await server.api("POST", `/api/v1/marketplace-spaces/${space.id}/hosts`, {
    cooperativeId: cooperative.id,
    from: "2024-01-15",
  });
  if (hosting.status !== 201) throw new Error(`Hosting answered ${hosting.status}`);
  return { center, beneficiary, enrollment, cooperative, space };
}

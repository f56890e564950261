import { createEntraideClient, ifMatch, type RequestBody } from "@entraide/client";

// 1. Sign in with the API key: every call sends it as X-Api-Key; errors come in French.
const { ENTRAIDE_URL, ENTRAIDE_API_KEY } = process.env;
if (!ENTRAIDE_URL || !ENTRAIDE_API_KEY) throw new Error("set ENTRAIDE_URL and ENTRAIDE_API_KEY");
const api = createEntraideClient({ baseUrl: ENTRAIDE_URL, apiKey: ENTRAIDE_API_KEY, language: "fr" });

// 2. A province's centers, page by page: pass nextCursor back as cursor until it is null.
let cursor: string | undefined;
let centers = 0;
do {
  const { data, error } = await api.GET("/api/v1/centers", {
    params: { query: { provinceCode: "MA-CAS", limit: 50, cursor } },
  });
  if (error) throw new Error(`${error.error.code}: ${error.error.message}`);
  centers += data.items.length;
  cursor = data.nextCursor ?? undefined;
} while (cursor);
console.log(`${centers} centers in Casablanca`);

// 3. Create a beneficiary with an Idempotency-Key: a retry with the same key and body answers the first answer, once.
const person: RequestBody<"/api/v1/beneficiaries", "post"> = {
  firstName: "Fatima",
  lastName: "El Amrani",
  sex: "female",
  birthDate: "1985-06-12",
  categories: ["woman"],
  regionCode: "MA-06",
  provinceCode: "MA-CAS",
  areaType: "urban",
  consentGiven: true,
  nationalId: "BK123456",
};
const key = crypto.randomUUID();
const first = await api.POST("/api/v1/beneficiaries", { body: person, headers: { "idempotency-key": key } });
const retry = await api.POST("/api/v1/beneficiaries", { body: person, headers: { "idempotency-key": key } });
if (!first.data || retry.data?.id !== first.data.id) throw new Error("the retry made a second record");
console.log(`created ${first.data.id} (replayed: ${retry.response.headers.get("idempotent-replayed")})`);

// 4. 409: the same national ID again, under a new key, is a conflict; the issue names the field.
const twice = await api.POST("/api/v1/beneficiaries", {
  body: person,
  headers: { "idempotency-key": crypto.randomUUID() },
});
if (twice.response.status === 409)
  console.log(`409 on ${twice.error?.error.issues[0]?.path}: ${twice.error?.error.message}`);

// 5. 412: a change sends the version read (If-Match); someone else's change in between makes it stale.
const id = first.data.id;
const params = { path: { id }, header: { "if-match": ifMatch(first.data) } };
await api.PATCH("/api/v1/beneficiaries/{id}", { params, body: { phone: "0612345678" } });
const stale = await api.PATCH("/api/v1/beneficiaries/{id}", { params, body: { lastName: "Bennani" } });
if (stale.response.status === 412) {
  const { data: fresh, error } = await api.GET("/api/v1/beneficiaries/{id}", { params: { path: { id } } });
  if (error) throw new Error(`${error.error.code}: ${error.error.message}`);
  const again = await api.PATCH("/api/v1/beneficiaries/{id}", {
    params: { path: { id }, header: { "if-match": ifMatch(fresh) } },
    body: { lastName: "Bennani" },
  });
  console.log(`412, read again, changed: version ${again.data?.version}`);
}

import { decryptPii, encryptPii, maskIdentifier } from "@entraide/core/pii";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { aBeneficiary } from "../../support/fixtures.js";
import { must } from "../../support/must.js";
import { type Api, scanAll, securityApi } from "./world.js";

const nationalId = "AB987654";
const phone = "0661234567";
const secrets = [nationalId, phone, "CD111222", "0522334455"];

let api: Api;
const logged: string[] = [];
beforeAll(async () => {
  api = await securityApi({ log: (line) => logged.push(line) });
});
afterEach(() => vi.restoreAllMocks());

/** Everything written to the console while `work` runs, plus the API's request log. */
async function consoleDuring(work: () => Promise<void>): Promise<string> {
  const lines: string[] = [];
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" ")));
  }
  const before = logged.length;
  await work();
  return [...lines, ...logged.slice(before)].join("\n");
}

describe("personal data", () => {
  it("keeps national IDs and phones out of the table's items, the audit trail and the logs", async () => {
    let id = "";
    const output = await consoleDuring(async () => {
      const created = await api.call("POST", "/api/v1/beneficiaries", aBeneficiary({ nationalId, phone }));
      expect(created.status).toBe(201);
      id = created.body.id;
      expect((await api.call("GET", `/api/v1/beneficiaries?nationalId=${nationalId}`)).body.items[0].phone).toBe(phone);
      expect((await api.call("GET", `/api/v1/beneficiaries?phone=${phone}&nationalId=${nationalId}`)).status).toBe(400);
      expect((await api.call("POST", "/api/v1/beneficiaries", aBeneficiary({ nationalId, phone }))).status).toBe(409);
      const changed = await api.call(
        "PATCH",
        `/api/v1/beneficiaries/${id}`,
        { nationalId: "CD111222", phone: "0522334455" },
        { "if-match": "1" },
      );
      expect(changed.body).toMatchObject({ nationalId: "CD111222", phone: "0522334455" });
    });
    expect(output).toContain(`/api/v1/beneficiaries`);
    expect(output).toContain("[redacted]");
    for (const secret of secrets) expect(output).not.toContain(secret);

    const items = await scanAll(api.db);
    const stored = must(
      items.find((i) => i.pk === `BENEFICIARY#${id}`),
      "the stored beneficiary",
    );
    expect(String(stored.nationalId)).toMatch(/^enc:v1:/);
    expect(String(stored.phone)).toMatch(/^enc:v1:/);
    const audit = items.filter((i) => i.entity === "AUDIT" && i.entityId === id);
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => (a.after as { nationalId: string }).nationalId).sort()).toEqual(["AB****54", "CD****22"]);
    for (const secret of secrets) expect(JSON.stringify(items)).not.toContain(secret);
    // Still found by its national ID, now the new one.
    expect((await api.call("GET", "/api/v1/beneficiaries?nationalId=CD111222")).body.items[0].id).toBe(id);
    expect((await api.call("GET", `/api/v1/beneficiaries?nationalId=${nationalId}`)).body.items).toEqual([]);
  });

  it("encrypts with AES-256-GCM bound to the record: another record's ciphertext does not open", () => {
    const key = "test-pii-key-with-at-least-32-characters!";
    const sealed = encryptPii(nationalId, key, "nationalId:01J00000000000000000000001");
    expect(sealed).not.toContain(nationalId);
    expect(encryptPii(nationalId, key, "nationalId:01J00000000000000000000001")).not.toBe(sealed);
    expect(decryptPii(sealed, key, "nationalId:01J00000000000000000000001")).toBe(nationalId);
    expect(() => decryptPii(sealed, key, "nationalId:01J00000000000000000000002")).toThrow();
    expect(() => decryptPii(sealed, `${key}?`, "nationalId:01J00000000000000000000001")).toThrow();
  });

  it("masks all but the first two and last two characters", () => {
    expect(maskIdentifier("BK123456")).toBe("BK****56");
    expect(maskIdentifier("+212612345678")).toBe("+2*********78");
    expect(maskIdentifier("A12")).toBe("***");
  });
});

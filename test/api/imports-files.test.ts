import { beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.js";
import { aBeneficiary, aCenter } from "../support/fixtures.js";
import {
  csvFile,
  dryRun,
  beneficiaryHeaderFr as H,
  beneficiaryRowFr as row,
  rowsOf,
  upload,
  xlsxFile,
} from "../support/imports.js";

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi();
});

const make = {
  csv: async (rows: unknown[][]) => csvFile(rows as never, { delimiter: ",", bom: true }),
  xlsx: (rows: unknown[][]) => xlsxFile(rows as never),
};

describe.each(["csv", "xlsx"] as const)("%s files of the other registries", (format) => {
  it("imports centers: decimal commas, province by French name, status in Arabic, API field names as headers", async () => {
    const header = [
      "name",
      "type",
      "regionCode",
      "provinceCode",
      "areaType",
      "capacity",
      "status",
      "openedOn",
      "latitude",
      "longitude",
    ];
    const file = await make[format]([
      header,
      [
        `Centre ${format}`,
        "Centre de la femme",
        "Casablanca-Settat",
        "Casablanca",
        "Urbain",
        "40",
        "نشط",
        "01/03/2012",
        "33,5731",
        "-7,5898",
      ],
      [`Centre bis ${format}`, "women", "MA-06", "MA-CAS", "urban", "4,5", "active", "2012-03-01", "", ""],
    ]);
    const job = await dryRun(api, "centers", file, {}, format);
    expect(job.body).toMatchObject({ status: "validated", counts: { valid: 1, invalid: 1 } });
    const [bad] = await rowsOf(api, job.body.id, "&outcome=invalid&lang=fr");
    expect(bad.issues[0]).toMatchObject({ column: "Capacité", message: "Nombre entier attendu" });
  });

  it("imports cooperatives with yes/no in three languages", async () => {
    const header = ["Nom", "Forme", "Fondée le", "Région", "Province", "Secteur", "Membres", "Fondée par des lauréats"];
    const base = ["Coopérative", "coopérative", "10/05/2018", "MA-09", "Agadir-Ida-Ou-Tanane", "Textile", "12"];
    const file = await make[format]([
      header,
      [...base, "oui"],
      [...base, "لا"],
      [...base, "1"],
      [...base, "peut-être"],
    ]);
    const job = await dryRun(api, "cooperatives", file, {}, format);
    expect(job.body.counts).toMatchObject({ valid: 3, invalid: 1 });
  });

  it("imports enrollments, checking that the beneficiary and the center exist", async () => {
    const center = (await api.call("POST", "/api/v1/centers", aCenter())).body;
    const person = (await api.call("POST", "/api/v1/beneficiaries", aBeneficiary({ firstName: `E${format}` }))).body;
    const file = await make[format]([
      ["Bénéficiaire", "Centre", "Prestation", "Début"],
      [person.id, center.id, "Formation", "15/09/2024"],
      ["01JD8Z4N7Q4W2Y0F6M3T9V5R1K", center.id, "training", "15/09/2024"],
    ]);
    const job = await dryRun(api, "enrollments", file, {}, format);
    expect(job.body.counts).toMatchObject({ valid: 1, invalid: 1 });
    const [missing] = await rowsOf(api, job.body.id, "&outcome=invalid&lang=en");
    expect(missing.issues[0].message).toBe("No beneficiary with this id");
  });
});

describe("files refused", () => {
  it("over 50 MB, declared or streamed, keeps nothing", async () => {
    const created = await api.call("POST", "/api/v1/imports", {
      registry: "beneficiaries",
      format: "csv",
      fileName: "big.csv",
    });
    const declared = await api.app.request(`/api/v1/imports/${created.body.id}/file`, {
      method: "PUT",
      headers: { ...(await api.as("admin")), "content-type": "text/csv", "content-length": String(60 * 1024 * 1024) },
      body: "x",
    });
    expect(declared.status).toBe(413);
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    let sent = 0;
    const stream = new ReadableStream({
      pull: (controller) => (sent++ < 60 ? controller.enqueue(chunk) : controller.close()),
    });
    const streamed = await api.app.request(`/api/v1/imports/${created.body.id}/file`, {
      method: "PUT",
      headers: { ...(await api.as("admin")), "content-type": "application/octet-stream" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(60);
    expect(await api.imports.files.size(created.body.id)).toBeUndefined();
  });

  it("over 200,000 rows, before writing any row", async () => {
    const lines = [H.join(";"), ...Array.from({ length: 200_001 }, (_, i) => `X${i};a`)].join("\n");
    const job = await dryRun(api, "beneficiaries", Buffer.from(lines));
    expect(job.body).toMatchObject({ status: "failed", problem: { code: "too_many_rows" } });
    expect(await rowsOf(api, job.body.id)).toHaveLength(0);
  });

  it("an XLSX that is not a workbook, and a lone header", async () => {
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    expect((await dryRun(api, "beneficiaries", broken, {}, "xlsx")).body.problem.code).toBe("unreadable");
    expect((await dryRun(api, "beneficiaries", csvFile([H]))).body.problem.code).toBe("empty_file");
    expect((await dryRun(api, "beneficiaries", await xlsxFile([H]), {}, "xlsx")).body.problem.code).toBe("empty_file");
  });

  it("an upload for an import of someone else, or a malformed id", async () => {
    const created = await api.call("POST", "/api/v1/imports", {
      registry: "beneficiaries",
      format: "csv",
      fileName: "a.csv",
    });
    expect((await upload(api, created.body.id, csvFile([H, row()]), await api.as("regional"))).status).toBe(404);
    expect((await api.call("GET", "/api/v1/imports/nope")).status).toBe(400);
  });
});

import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { CHUNKS_PER_STEP } from "@entraide/core/imports/commit";
import { getImportJob, updateImportJob } from "@entraide/core/imports/jobs";
import { chunkKeysFrom } from "@entraide/core/imports/rows";
import { runImportStep } from "@entraide/core/imports/run";
import { describe, expect, it } from "vitest";
import { createImportHandler, HANDOVER_MARGIN_MS } from "../../packages/functions/src/jobs/import-stream.js";
import { s3Objects } from "../../packages/functions/src/jobs/s3-objects.js";
import { testDb } from "../support/db.js";
import { importJobWithFile } from "../support/import-jobs.js";
import { csvFile, beneficiaryHeaderFr as H, beneficiaryRowFr as row } from "../support/imports.js";

const rows = (n: number, prefix: string) =>
  csvFile([
    H,
    ...Array.from({ length: n }, (_, i) =>
      row({ cin: `${prefix}${100000 + i}`, first: `P${i}`, birth: `${(i % 28) + 1}/01/1975` }),
    ),
  ]);

async function jobWithFile(file: Buffer) {
  const db = await testDb();
  return { db, ...(await importJobWithFile(db, "beneficiaries", file)) };
}

describe("import jobs in chunks", () => {
  it("hand over after a batch when their time is up, and end as one run would (the file's duplicates included)", {
    timeout: 120_000,
  }, async () => {
    const file = Buffer.concat([
      rows(130, "HO"),
      Buffer.from(`${row({ cin: "HO100003", first: "P3", birth: "04/01/1975" }).join(";")}\r\n`),
    ]);
    const { db, files, id } = await jobWithFile(file);
    let steps = 0;
    while ((await runImportStep(db, files, id, 0)) === "handover") steps++;
    expect(steps).toBeGreaterThanOrEqual(2);
    const validated = await getImportJob(db, id);
    expect(validated).toMatchObject({ status: "validated", counts: { rows: 131, valid: 130, duplicates: 1 } });

    const chunks = (await chunkKeysFrom(db, id, 0)).length;
    await updateImportJob(db, id, { status: "committing", progress: { done: 0, total: 130 } }, ["validated"]);
    steps = 0;
    while ((await runImportStep(db, files, id, 0)) === "handover") steps++;
    // The commit moves on by one page of chunks (the dry run's batches) at least, then hands over before the next;
    // the step of the last page finishes.
    expect(steps).toBe(Math.ceil(chunks / CHUNKS_PER_STEP) - 1);
    expect(await getImportJob(db, id)).toMatchObject({ status: "committed", counts: { created: 130, skipped: 1 } });
    expect(await files.size(id)).toBeUndefined();
  });

  it("in Lambda: a ticket starts a step; short of time, it writes the next ticket", async () => {
    const { db, files, id } = await jobWithFile(rows(150, "TK"));
    const handler = createImportHandler({ db, files });
    const ticket = { Records: [{ dynamodb: { NewImage: { importId: { S: id }, entity: { S: "IMPORT_TICKET" } } } }] };
    await handler(ticket, { getRemainingTimeInMillis: () => HANDOVER_MARGIN_MS });
    const tickets = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :t)",
        ExpressionAttributeValues: { ":pk": `IMPORT#${id}`, ":t": "TICKET#" },
      }),
    );
    expect(tickets.Items).toHaveLength(1);
    expect((await getImportJob(db, id)).status).toBe("validating");
    await handler(ticket, { getRemainingTimeInMillis: () => 15 * 60_000 });
    expect(await getImportJob(db, id)).toMatchObject({ status: "validated", counts: { valid: 150 } });
  });
});

describe("upload links", () => {
  it("are the links the SDK's presigner makes for PutObject", async () => {
    const settings = {
      bucket: "entraide-imports",
      region: "eu-west-3",
      credentials: { accessKeyId: "ASIAEXAMPLEKEY", secretAccessKey: "secret/EXAMPLE", sessionToken: "token+/=" },
      now: () => new Date("2016-01-05T04:12:34Z"),
    };
    const ours = await s3Objects(settings).presignPut("imports/01ABC", 900);
    const client = new S3Client({
      region: settings.region,
      credentials: settings.credentials,
      requestChecksumCalculation: "WHEN_REQUIRED",
    });
    const sdk = await getSignedUrl(client, new PutObjectCommand({ Bucket: settings.bucket, Key: "imports/01ABC" }), {
      expiresIn: 900,
      signingDate: settings.now(),
    });
    expect(ours).toBe(sdk);
  });
});

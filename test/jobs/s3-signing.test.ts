import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type { HttpRequest } from "@smithy/core/protocols";
import { afterEach, describe, expect, it, vi } from "vitest";
import { s3ExportStore } from "../../packages/functions/src/jobs/s3-export-store.js";
import { s3Objects } from "../../packages/functions/src/jobs/s3-objects.js";
import { readAll } from "../support/exports.js";
import { must } from "../support/must.js";

/**
 * Entraide signs its two S3 calls itself (jobs/s3-objects.ts). Each is compared
 * with what the AWS SDK's own S3 client makes of the same call, for the same
 * credentials, region, bucket, key and instant: the same link, the same signature.
 */
const region = "eu-west-3";
const bucket = "entraide-exports";
// Lambda's role credentials are temporary: a session token travels with them.
const credentials = {
  accessKeyId: "ASIAEXAMPLEKEY",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  sessionToken: "IQoJb3JpZ2luX2VjEXAMPLE+/token=",
};
const signingDate = new Date("2016-01-05T04:12:34Z");
/**
 * The SDK's flexible checksums off: they add CRC headers the SDK itself computes and checks
 * (a browser following a download link checks none), and S3 already checks a PUT's body
 * against the signed SHA-256.
 */
const sdkClient = () =>
  new S3Client({
    region,
    credentials,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });

afterEach(() => void vi.useRealTimers());

describe("presigned download links", () => {
  it("are the links the SDK's presigner makes for GetObject", async () => {
    const key = "exports/bilan-2015-closing.xlsx";
    const disposition = 'attachment; filename="bilan-2015-closing.xlsx"';
    const ours = await s3Objects({ bucket, region, credentials, now: () => signingDate }).presignGet(
      key,
      { "response-content-disposition": disposition },
      300,
    );
    const sdk = await getSignedUrl(
      sdkClient(),
      new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: disposition }),
      { expiresIn: 300, signingDate },
    );
    expect(ours).toBe(sdk);
  });

  it("name the file and last five minutes, signed with the session's token", async () => {
    const url = new URL(
      await s3ExportStore(bucket, { region, credentials, now: () => signingDate }).downloadUrl(
        "bilan-2015-closing.xlsx",
      ),
    );
    expect(url.hostname).toBe("entraide-exports.s3.eu-west-3.amazonaws.com");
    expect(url.pathname).toBe("/exports/bilan-2015-closing.xlsx");
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      "X-Amz-Expires": "300",
      "X-Amz-Date": "20160105T041234Z",
      "X-Amz-Credential": "ASIAEXAMPLEKEY/20160105/eu-west-3/s3/aws4_request",
      "X-Amz-Security-Token": credentials.sessionToken,
      "X-Amz-SignedHeaders": "host",
      "response-content-disposition": 'attachment; filename="bilan-2015-closing.xlsx"',
    });
  });

  it("refuse an id that is not an export's", async () => {
    await expect(s3ExportStore(bucket, { region, credentials }).downloadUrl("../secrets.json")).rejects.toThrow(
      /export id/,
    );
  });
});

describe("writing an export", () => {
  it("sends the request the SDK's S3 client sends for PutObject, signed the same", async () => {
    const key = "exports/bilan-2015-closing.csv";
    const body = Buffer.from("\uFEFFkey,value\r\ncenters.active,3988\r\n", "utf8");
    const contentType = "text/csv; charset=utf-8";
    const ours = await s3Objects({ bucket, region, credentials, now: () => signingDate }).signPut(
      key,
      body,
      contentType,
    );

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(signingDate);
    const client = sdkClient();
    let sent: HttpRequest | undefined;
    client.config.requestHandler = {
      handle: async (request: HttpRequest) => {
        sent = request;
        return { response: { statusCode: 200, headers: { etag: '"0"' }, body: Readable.from([]) } };
      },
    } as never;
    // What getSignedUrl leaves out too: the SDK's bookkeeping headers (its version, retry count, invocation id).
    client.middlewareStack.addRelativeTo(
      ((next: (args: { request: HttpRequest }) => Promise<unknown>) => async (args: { request: HttpRequest }) => {
        for (const header of ["x-amz-user-agent", "amz-sdk-invocation-id", "amz-sdk-request"])
          delete args.request.headers[header];
        return next(args);
      }) as never,
      { name: "withoutSdkBookkeeping", relation: "before", toMiddleware: "awsAuthMiddleware" },
    );
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }));

    const sdk = must(sent, "the request the SDK sent");
    const { "user-agent": _agent, ...sdkHeaders } = sdk.headers;
    expect({ method: ours.method, hostname: ours.hostname, path: ours.path, query: ours.query }).toEqual({
      method: sdk.method,
      hostname: sdk.hostname,
      path: sdk.path,
      query: sdk.query,
    });
    expect(ours.headers).toEqual(sdkHeaders);
    expect(ours.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=ASIAEXAMPLEKEY\/20160105\/eu-west-3\/s3\/aws4_request, SignedHeaders=/,
    );
  });
});

describe("talking to S3 (an S3-compatible endpoint on this machine)", () => {
  /** Answers each request with the next of `answers` (the last one repeats), and remembers what came. */
  async function fakeS3(answers: Array<(res: ServerResponse) => void>) {
    const requests: Array<{ method: string; url: string }> = [];
    const server = createServer((req: IncomingMessage, res) => {
      req.resume();
      req.on("end", () => {
        requests.push({ method: must(req.method, "a method"), url: must(req.url, "a url") });
        must(answers[Math.min(requests.length - 1, answers.length - 1)], "an answer")(res);
      });
    });
    await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
      requests,
      store: s3ExportStore(bucket, { region, credentials, endpoint }),
      close: () => new Promise((done) => server.close(done)),
    };
  }
  const status =
    (code: number, body = "") =>
    (res: ServerResponse) =>
      res.writeHead(code, { "content-length": Buffer.byteLength(body) }).end(body);

  it("retries a PUT that S3 answers with a 5xx, and names S3's error when it refuses", async () => {
    const flaky = await fakeS3([status(503, "<Error><Code>SlowDown</Code></Error>"), status(200)]);
    await flaky.store.put("bilan-2015-closing.csv", Buffer.from("a,b\r\n"));
    expect(flaky.requests.map((r) => `${r.method} ${r.url.split("?")[0]}`)).toEqual(
      Array(2).fill(`PUT /${bucket}/exports/bilan-2015-closing.csv`),
    );
    await flaky.close();

    const refusing = await fakeS3([
      status(403, "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"),
    ]);
    await expect(refusing.store.put("bilan-2015-closing.csv", Buffer.from("x"))).rejects.toThrow(
      "S3 refused to store exports/bilan-2015-closing.csv: 403 AccessDenied Access Denied",
    );
    expect(refusing.requests).toHaveLength(1);
    await refusing.close();
  });

  it("opens an export through a presigned link, and finds none where S3 has none", async () => {
    const s3 = await fakeS3([status(200, "key,value\r\n"), status(404)]);
    const file = must(await s3.store.open("bilan-2015-closing.csv"), "the CSV export");
    expect({ size: file.size, contentType: file.contentType, body: (await readAll(file.body)).toString() }).toEqual({
      size: 11,
      contentType: "text/csv; charset=utf-8",
      body: "key,value\r\n",
    });
    expect(new URL(must(s3.requests[0], "a request").url, "http://s3").searchParams.get("X-Amz-Signature")).toMatch(
      /^[0-9a-f]{64}$/,
    );
    expect(await s3.store.open("bilan-2014-closing.csv")).toBeUndefined();
    await s3.close();
  });
});

import { createHash } from "node:crypto";
import { formatUrl } from "@aws-sdk/core/util";
import { fromEnv } from "@aws-sdk/credential-provider-env";
import { Sha256 } from "@smithy/core/checksum";
import { HttpRequest } from "@smithy/core/protocols";
import { SignatureV4 } from "@smithy/signature-v4";

/**
 * The two S3 calls Entraide makes, signed with SigV4 here rather than through the
 * S3 client: the client (~250 KB with its middleware, endpoint rules and checksums)
 * would be most of a Lambda bundle, for one PUT and one presigned GET.
 * The signing is the SDK's own (@smithy/signature-v4, set up as the S3 client and
 * S3RequestPresigner set it up); test/jobs/s3-signing.test.ts compares both with the SDK's.
 */
export interface S3Settings {
  bucket: string;
  region: string;
  /** An S3-compatible endpoint (AWS_ENDPOINT_URL_S3, as the SDK reads it), addressed path-style. */
  endpoint?: string;
  /** Lambda's role credentials come in the environment (AWS_ACCESS_KEY_ID…): the default. */
  credentials?: ConstructorParameters<typeof SignatureV4>[0]["credentials"];
  /** The signing clock (tests fix it). */
  now?: () => Date;
}

/** Settings from the environment Lambda gives every function. */
export function s3SettingsFromEnv(bucket: string, env: Record<string, string | undefined> = process.env): S3Settings {
  if (!env.AWS_REGION)
    throw new Error(
      "Invalid configuration: AWS_REGION is not set (Lambda sets it; elsewhere set it to the exports bucket's region)",
    );
  return { bucket, region: env.AWS_REGION, endpoint: env.AWS_ENDPOINT_URL_S3 || undefined };
}

const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
const ATTEMPTS = 3;

export function s3Objects(settings: S3Settings) {
  const signer = new SignatureV4({
    service: "s3",
    region: settings.region,
    credentials: settings.credentials ?? fromEnv(),
    sha256: Sha256,
    // S3 takes the path as sent (no double encoding) and hashes the payload itself.
    uriEscapePath: false,
    applyChecksum: false,
  });
  const now = settings.now ?? (() => new Date());
  const request = (
    method: string,
    key: string,
    query: Record<string, string> = {},
    headers: Record<string, string> = {},
  ) => {
    const url = objectUrl(settings, key);
    return new HttpRequest({
      method,
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      query,
      headers: { host: url.host, ...headers },
    });
  };

  /** The signed PutObject request: S3 checks the body against the signed SHA-256. */
  const signPut = async (key: string, body: Buffer, contentType: string): Promise<HttpRequest> => {
    const put = request(
      "PUT",
      key,
      { "x-id": "PutObject" },
      {
        "content-type": contentType,
        "content-length": String(body.length),
        "x-amz-content-sha256": createHash("sha256").update(body).digest("hex"),
      },
    );
    put.body = body;
    return (await signer.sign(put, { signingDate: now() })) as HttpRequest;
  };

  return {
    signPut,

    /**
     * A GET link valid `expiresIn` seconds, as S3RequestPresigner makes it: the payload
     * unsigned, content-type left out of the signature, the rest in the query string.
     */
    async presignGet(key: string, query: Record<string, string>, expiresIn: number): Promise<string> {
      const get = request("GET", key, { ...query, "x-id": "GetObject" }, { "X-Amz-Content-Sha256": UNSIGNED_PAYLOAD });
      const signed = await signer.presign(get, {
        expiresIn,
        signingDate: now(),
        unsignableHeaders: new Set(["content-type"]),
        unhoistableHeaders: new Set(),
      });
      return formatUrl(signed);
    },

    /** A PUT link valid `expiresIn` seconds (uploads straight from the caller, e.g. an import's file). */
    async presignPut(key: string, expiresIn: number): Promise<string> {
      const put = request("PUT", key, { "x-id": "PutObject" }, { "X-Amz-Content-Sha256": UNSIGNED_PAYLOAD });
      const signed = await signer.presign(put, {
        expiresIn,
        signingDate: now(),
        unsignableHeaders: new Set(["content-type", "content-length"]),
        unhoistableHeaders: new Set(),
      });
      return formatUrl(signed);
    },

    /** A signed GET, HEAD or DELETE of one object, sent; the answer as fetch gives it (a GET's body streams). */
    async call(method: "GET" | "HEAD" | "DELETE", key: string): Promise<Response> {
      const action = { GET: "GetObject", HEAD: "HeadObject", DELETE: "DeleteObject" }[method];
      const signed = await signer.sign(
        request(method, key, { "x-id": action }, { "x-amz-content-sha256": UNSIGNED_PAYLOAD }),
        { signingDate: now() },
      );
      const { host: _host, ...headers } = signed.headers;
      return fetch(formatUrl(signed as HttpRequest), { method, headers });
    },

    /** Puts an object; a network error, a throttle or a 5xx is retried twice, as the SDK would. */
    async put(key: string, body: Buffer, contentType: string): Promise<void> {
      for (let attempt = 1; ; attempt++) {
        const signed = await signPut(key, body, contentType);
        const outcome = await send(signed).catch((error: Error) => error);
        if (outcome instanceof Response && outcome.ok) return;
        const retriable = !(outcome instanceof Response) || outcome.status >= 500 || outcome.status === 429;
        if (!retriable || attempt === ATTEMPTS)
          throw new Error(`S3 refused to store ${key}: ${await describe(outcome)}`);
        await new Promise((wait) => setTimeout(wait, 100 * 4 ** attempt));
      }
    },
  };
}

/** `https://<bucket>.s3.<region>.amazonaws.com/<key>`, or `<endpoint>/<bucket>/<key>`. */
function objectUrl(settings: S3Settings, key: string): URL {
  const path = key.split("/").map(encodeURIComponent).join("/");
  if (settings.endpoint) return new URL(`${settings.endpoint.replace(/\/+$/, "")}/${settings.bucket}/${path}`);
  return new URL(`https://${settings.bucket}.s3.${settings.region}.amazonaws.com/${path}`);
}

function send(signed: HttpRequest): Promise<Response> {
  // fetch sets Host and Content-Length itself, to the values signed.
  const { host: _host, "content-length": _length, ...headers } = signed.headers;
  const body = signed.body as Buffer;
  return fetch(formatUrl(signed), {
    method: signed.method,
    headers,
    body: new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length),
  });
}

async function describe(outcome: Response | Error): Promise<string> {
  if (outcome instanceof Error) return outcome.message;
  const text = await outcome.text().catch(() => "");
  const code = /<Code>([^<]*)<\/Code>/.exec(text)?.[1];
  const message = /<Message>([^<]*)<\/Message>/.exec(text)?.[1];
  return [outcome.status, code, message].filter(Boolean).join(" ");
}

import { describe, expect, it } from "vitest";
import { createApp } from "../../packages/functions/src/api/app.js";
import { readConfig } from "../../packages/functions/src/config.js";
import { apiHandler, appRoute, staffOnlyRoutes } from "../../stacks/Api.js";
import { apiBucketActions, apiTableActions, importBucketActions } from "../../stacks/access.js";
import { expectFunctionAccess, expectSettingsKnownToConfig } from "./functions.js";
import { functionWithHandler, importsFrom, onlyResource, resources, template } from "./templates.js";

const consoleCdnDomain = "ConsoleCdnDistribution";

describe("Api stack: routes", () => {
  const routes = () =>
    Object.fromEntries(
      resources("test", "Api", "AWS::ApiGatewayV2::Route").map(([, r]) => [r.Properties.RouteKey, r.Properties]),
    );

  it("sends every path to the one Hono function", () => {
    const [handlerId] = functionWithHandler("test", "Api", apiHandler);
    expect(Object.keys(routes()).sort()).toEqual([appRoute, ...staffOnlyRoutes].sort());
    const integrations = resources("test", "Api", "AWS::ApiGatewayV2::Integration");
    expect(integrations.length).toBeGreaterThan(0);
    for (const [, integration] of integrations) {
      expect(integration.Properties).toMatchObject({
        IntegrationType: "AWS_PROXY",
        PayloadFormatVersion: "2.0",
        IntegrationUri: { "Fn::GetAtt": [handlerId, "Arn"] },
      });
    }
  });

  it("has a JWT authorizer from the Cognito pool, for the console's client", () => {
    const [, authorizer] = onlyResource("test", "Api", "AWS::ApiGatewayV2::Authorizer");
    expect(authorizer.Properties).toMatchObject({
      AuthorizerType: "JWT",
      IdentitySource: ["$request.header.Authorization"],
    });
    const { Issuer, Audience } = authorizer.Properties.JwtConfiguration;
    expect(JSON.stringify(Issuer)).toContain("https://cognito-idp.eu-west-3.amazonaws.com/");
    expect(importsFrom(Issuer["Fn::Join"][1][1], "Auth", "Staff")).toBe(true);
    expect(Audience).toHaveLength(1);
    expect(importsFrom(Audience[0], "Auth", "StaffConsole")).toBe(true);
  });

  it("checks a staff token at the gateway on the staff-only routes (managing partner keys)", () => {
    const [authorizerId] = onlyResource("test", "Api", "AWS::ApiGatewayV2::Authorizer");
    for (const route of staffOnlyRoutes)
      expect(routes()[route]).toMatchObject({ AuthorizationType: "JWT", AuthorizerId: { Ref: authorizerId } });
  });

  it("leaves the rest to the app: partner keys on /api/v1/*, and the public /api/health and /api/docs", () => {
    expect(routes()[appRoute].AuthorizationType).toBe("NONE");
    expect(routes()[appRoute].AuthorizerId).toBeUndefined();
  });
});

describe("Api stack: CORS", () => {
  const allowed = {
    AllowMethods: ["GET", "POST", "PATCH", "DELETE"],
    AllowHeaders: ["authorization", "content-type", "if-match", "idempotency-key", "x-request-id", "x-api-key"],
    ExposeHeaders: ["etag", "location", "x-request-id", "retry-after", "idempotent-replayed", "allow"],
    AllowCredentials: false,
  };

  it("allows only the console's CloudFront origin when the stage has no domain", () => {
    const [, api] = onlyResource("test", "Api", "AWS::ApiGatewayV2::Api");
    expect(api.Properties.CorsConfiguration).toMatchObject(allowed);
    const origins = api.Properties.CorsConfiguration.AllowOrigins;
    expect(origins).toHaveLength(1);
    const [scheme, domain] = origins[0]["Fn::Join"][1];
    expect(scheme).toBe("https://");
    expect(importsFrom(domain, "ConsoleHost", consoleCdnDomain)).toBe(true);
  });

  it("allows only the console's own domain on prod", () => {
    const [, api] = onlyResource("prod", "Api", "AWS::ApiGatewayV2::Api");
    expect(api.Properties.CorsConfiguration).toMatchObject({
      ...allowed,
      AllowOrigins: ["https://console.entraide.example"],
    });
    template("prod", "Api").hasResourceProperties("AWS::ApiGatewayV2::DomainName", {
      DomainName: "api.entraide.example",
    });
  });

  it("allows the headers and methods the app itself allows (API Gateway replaces the app's CORS answers)", async () => {
    const origin = "https://console.entraide.example";
    const app = createApp({
      db: { tableName: "unused" } as never,
      identity: {} as never,
      indicators: {} as never,
      consoleOrigin: origin,
      log: () => {},
    });
    const preflight = await app.request("/api/v1/centers", {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "PATCH", "access-control-request-headers": "if-match" },
    });
    const simple = await app.request("/api/openapi.json", { headers: { origin } });
    const list = (value: string | null) =>
      (value ?? "")
        .toLowerCase()
        .split(/\s*,\s*/)
        .filter(Boolean)
        .sort();
    const [, api] = onlyResource("test", "Api", "AWS::ApiGatewayV2::Api");
    const gateway = api.Properties.CorsConfiguration;
    expect(list(preflight.headers.get("access-control-allow-headers"))).toEqual([...gateway.AllowHeaders].sort());
    expect(list(preflight.headers.get("access-control-allow-methods")).filter((m) => m !== "options")).toEqual(
      gateway.AllowMethods.map((m: string) => m.toLowerCase()).sort(),
    );
    expect(list(simple.headers.get("access-control-expose-headers"))).toEqual([...gateway.ExposeHeaders].sort());
  });
});

describe("Api stack: the function", () => {
  it("runs the Lambda entry point of packages/functions on Node 22, arm64", () => {
    const [, fn] = functionWithHandler("test", "Api", apiHandler);
    expect(fn.Properties).toMatchObject({ Runtime: "nodejs22.x", Architectures: ["arm64"], Timeout: 29 });
  });

  it("gets its settings by name, as config.ts reads them, the table and bucket without binding", () => {
    const [, fn] = functionWithHandler("test", "Api", apiHandler);
    const env = fn.Properties.Environment.Variables;
    expect(importsFrom(env.TABLE_NAME, "Data", "RegistryTable")).toBe(true);
    expect(importsFrom(env.EXPORTS_BUCKET, "Data", "Exports")).toBe(true);
    expect(importsFrom(env.COGNITO_CLIENT_ID, "Auth", "StaffConsole")).toBe(true);
    expect(env.SST_Secret_value_ENTRAIDE_PII_KEY).toBe("__FETCH_FROM_SSM__");
    // What `bind` would have added (and granted dynamodb:* / s3:* with).
    expect(Object.keys(env).filter((name) => /^SST_(Table|Bucket)_/.test(name))).toEqual([]);
    expectSettingsKnownToConfig(env);
  });

  it("has the secret filled in at deploy (prefetch), so a cold start never waits for SSM", () => {
    template("test", "Api").resourceCountIs("Custom::SecretPrefetcher", 1);
    // Until then the placeholder reads as missing, with the command that sets it.
    expect(() => readConfig({ TABLE_NAME: "t", SST_Secret_value_ENTRAIDE_PII_KEY: "__FETCH_FROM_SSM__" })).toThrow(
      /ENTRAIDE_PII_KEY is required.*sst secrets set/,
    );
  });

  it("may do exactly what the API does: the listed table actions and signed downloads of exports", () => {
    // No listing of the bucket (the table lists exports) and no invoking of the job (the table's stream starts runs).
    const [, fn] = functionWithHandler("test", "Api", apiHandler);
    expectFunctionAccess("test", "Api", fn, [
      { actions: apiTableActions, on: "table and indexes" },
      { actions: apiBucketActions, on: "exports objects" },
      { actions: importBucketActions.api, on: "import files" },
    ]);
    expect(apiBucketActions).toEqual(["s3:GetObject"]);
    expect(apiTableActions).toEqual([
      "dynamodb:GetItem",
      "dynamodb:PutItem",
      "dynamodb:UpdateItem",
      "dynamodb:DeleteItem",
      "dynamodb:Query",
      "dynamodb:BatchGetItem",
      "dynamodb:TransactWriteItems",
      "dynamodb:ConditionCheckItem",
      "dynamodb:DescribeTable",
    ]);
  });
});

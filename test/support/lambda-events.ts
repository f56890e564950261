import type { APIGatewayProxyEventV2, ScheduledEvent } from "aws-lambda";

/**
 * Events as AWS delivers them to the Lambda entry points, for testing those
 * entry points without AWS.
 */

export interface HttpRequest {
  method: string;
  path: string;
  /** Raw, as the client sent it: repeated keys stay repeated. */
  query?: string;
  headers?: Record<string, string>;
  body?: string;
  /** API Gateway base64-encodes bodies it does not treat as text. */
  base64?: boolean;
}

/** API Gateway HTTP API, payload format 2.0, through the `ANY /{proxy+}` route. */
export function httpApiEvent(request: HttpRequest): APIGatewayProxyEventV2 {
  const rawQueryString = request.query ?? "";
  // API Gateway joins the values of a repeated key with commas here; rawQueryString keeps them apart.
  const queryStringParameters: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(rawQueryString)) {
    queryStringParameters[key] = key in queryStringParameters ? `${queryStringParameters[key]},${value}` : value;
  }
  const domainName = "k3x9q2abcd.execute-api.eu-west-3.amazonaws.com";
  const now = new Date("2025-03-01T10:00:00Z");
  return {
    version: "2.0",
    routeKey: "ANY /{proxy+}",
    rawPath: request.path,
    rawQueryString,
    headers: {
      accept: "application/json",
      host: domainName,
      "user-agent": "entraide-tests",
      "x-forwarded-for": "196.200.1.10",
      "x-forwarded-port": "443",
      "x-forwarded-proto": "https",
      ...(request.headers ?? {}),
    },
    ...(rawQueryString ? { queryStringParameters } : {}),
    pathParameters: { proxy: request.path.replace(/^\//, "") },
    requestContext: {
      accountId: "123456789012",
      apiId: "k3x9q2abcd",
      domainName,
      domainPrefix: "k3x9q2abcd",
      http: { method: request.method, path: request.path, protocol: "HTTP/1.1", sourceIp: "196.200.1.10", userAgent: "entraide-tests" },
      requestId: "Yk2mZhZsCGkEJ3Q=",
      routeKey: "ANY /{proxy+}",
      stage: "$default",
      time: "01/Mar/2025:10:00:00 +0000",
      timeEpoch: now.getTime(),
    },
    ...(request.body !== undefined ? { body: request.base64 ? Buffer.from(request.body).toString("base64") : request.body } : {}),
    isBase64Encoded: request.base64 ?? false,
  };
}

/** What an EventBridge schedule delivers when its target has no input of its own. */
export function scheduledEvent(time = "2025-03-01T01:30:00Z"): ScheduledEvent {
  return {
    version: "0",
    id: "89d1a02d-5ec7-412e-82f5-13505f849b41",
    "detail-type": "Scheduled Event",
    source: "aws.events",
    account: "123456789012",
    time,
    region: "eu-west-3",
    resources: ["arn:aws:scheduler:eu-west-3:123456789012:schedule/default/prod-entraide-bilan-nightly"],
    detail: {},
  };
}

/** The minimum of a Lambda context the entry points may read. */
export const lambdaContext = {
  functionName: "prod-entraide-Api",
  awsRequestId: "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
  getRemainingTimeInMillis: () => 29_000,
} as never;

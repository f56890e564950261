import type {
  APIGatewayProxyEventV2,
  DynamoDBStreamEvent,
  ScheduledEvent,
  AttributeValue as StreamAttributeValue,
} from "aws-lambda";
import { must } from "./must.js";

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
      http: {
        method: request.method,
        path: request.path,
        protocol: "HTTP/1.1",
        sourceIp: "196.200.1.10",
        userAgent: "entraide-tests",
      },
      requestId: "Yk2mZhZsCGkEJ3Q=",
      routeKey: "ANY /{proxy+}",
      stage: "$default",
      time: "01/Mar/2025:10:00:00 +0000",
      timeEpoch: now.getTime(),
    },
    ...(request.body !== undefined
      ? { body: request.base64 ? Buffer.from(request.body).toString("base64") : request.body }
      : {}),
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

/**
 * What a table's stream delivers to Lambda for one new item (view NEW_AND_OLD_IMAGES):
 * `newImage` is the item as DynamoDB holds it (typed attribute values).
 */
export function dynamoDbStreamInsert(
  tableName: string,
  newImage: Record<string, StreamAttributeValue>,
): DynamoDBStreamEvent {
  const created = new Date("2025-03-01T10:00:00Z");
  return {
    Records: [
      {
        eventID: "c81e728d9d4c2f636f067f89cc14862c",
        eventName: "INSERT",
        eventVersion: "1.1",
        eventSource: "aws:dynamodb",
        awsRegion: "eu-west-3",
        dynamodb: {
          ApproximateCreationDateTime: created.getTime() / 1000,
          Keys: { pk: must(newImage.pk, "the item's pk"), sk: must(newImage.sk, "the item's sk") },
          NewImage: newImage,
          SequenceNumber: "4421584500000000017450439091",
          SizeBytes: Buffer.byteLength(JSON.stringify(newImage)),
          StreamViewType: "NEW_AND_OLD_IMAGES",
        },
        eventSourceARN: `arn:aws:dynamodb:eu-west-3:123456789012:table/${tableName}/stream/2025-03-01T09:58:04.117`,
      },
    ],
  };
}

/**
 * Whether an event source mapping's filter lets a stream record through, for the
 * patterns Entraide writes: nested objects whose leaves list the accepted values.
 */
export function passesFilter(pattern: Record<string, unknown>, record: Record<string, unknown>): boolean {
  return Object.entries(pattern).every(([key, expected]) => {
    const actual = record[key];
    if (Array.isArray(expected)) return expected.includes(actual);
    return (
      typeof actual === "object" &&
      actual !== null &&
      passesFilter(expected as Record<string, unknown>, actual as Record<string, unknown>)
    );
  });
}

/** The minimum of a Lambda context the entry points may read. */
export const lambdaContext = {
  functionName: "prod-entraide-Api",
  awsRequestId: "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
  getRemainingTimeInMillis: () => 29_000,
} as never;

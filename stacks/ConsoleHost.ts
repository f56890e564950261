import { join } from "node:path";
import { Duration, Lazy, RemovalPolicy } from "aws-cdk-lib";
import {
  HeadersFrameOption,
  HeadersReferrerPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { BlockPublicAccess, Bucket, BucketEncryption } from "aws-cdk-lib/aws-s3";
import type { StackContext } from "sst/constructs";
import { Distribution } from "sst/constructs/Distribution.js";
import {
  builtScriptHashes,
  consoleContentSecurityPolicy,
  HSTS_SECONDS,
} from "../packages/functions/src/console-headers.js";
import { customDomain, stageSettings } from "./settings.js";

/**
 * Where the console is served from: a private bucket behind CloudFront.
 *
 * Made before the API on purpose. The API's CORS names the console's origin and
 * the console's build names the API's URL; if one stack held the whole site, each
 * would wait for the other. The `Web` stack uploads the build into this bucket.
 */
export function ConsoleHost({ stack, app }: StackContext) {
  const settings = stageSettings(app.stage);

  const bucket = new Bucket(stack, "ConsoleFiles", {
    encryption: BucketEncryption.S3_MANAGED,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    // Only built files, rebuilt on every deploy.
    removalPolicy: settings.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    autoDeleteObjects: !settings.retainData,
  });

  // The console's pages get the headers `npm start` gives them (packages/functions/src/console-headers.ts).
  // The API is made after this stack: its own domain when the stage has one, else any execute-api address of the region.
  const apiOrigin = settings.apiDomain
    ? `https://${settings.apiDomain}`
    : `https://*.execute-api.${stack.region}.amazonaws.com`;
  // The page's inline script is allowed by its hash, which only the console's build knows: the Web stack builds it
  // while the app is synthesized, before the templates are written, so the policy reads it then.
  const contentSecurityPolicy = Lazy.string({
    produce: () => consoleContentSecurityPolicy(apiOrigin, builtScriptHashes(join(settings.consoleDir, "dist"))),
  });
  const headers = new ResponseHeadersPolicy(stack, "ConsoleHeaders", {
    comment: `Entraide console security headers (${app.stage})`,
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy, override: true },
      contentTypeOptions: { override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      strictTransportSecurity: {
        accessControlMaxAge: Duration.seconds(HSTS_SECONDS),
        includeSubdomains: true,
        override: true,
      },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
    },
  });

  const cdn = new Distribution(stack, "ConsoleCdn", {
    customDomain: customDomain(settings.consoleDomain, settings.hostedZone),
    cdk: {
      distribution: {
        comment: `Entraide console (${app.stage})`,
        defaultRootObject: "index.html",
        defaultBehavior: {
          origin: S3BucketOrigin.withOriginAccessControl(bucket),
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          responseHeadersPolicy: headers,
        },
        // The console routes in the browser: any unknown path gets its page.
        errorResponses: [403, 404].map((httpStatus) => ({
          httpStatus,
          responseHttpStatus: 200,
          responsePagePath: "/index.html",
          ttl: Duration.seconds(0),
        })),
      },
    },
  });

  const origin = cdn.customDomainUrl ?? cdn.url;
  stack.addOutputs({ ConsoleUrl: origin });
  return { bucket, distribution: cdn.cdk.distribution, origin };
}

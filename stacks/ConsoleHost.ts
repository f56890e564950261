import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { ViewerProtocolPolicy } from "aws-cdk-lib/aws-cloudfront";
import { S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { BlockPublicAccess, Bucket, BucketEncryption } from "aws-cdk-lib/aws-s3";
import type { StackContext } from "sst/constructs";
import { Distribution } from "sst/constructs/Distribution.js";
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

  const cdn = new Distribution(stack, "ConsoleCdn", {
    customDomain: customDomain(settings.consoleDomain, settings.hostedZone),
    cdk: {
      distribution: {
        comment: `Entraide console (${app.stage})`,
        defaultRootObject: "index.html",
        defaultBehavior: { origin: S3BucketOrigin.withOriginAccessControl(bucket), viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS },
        // The console routes in the browser: any unknown path gets its page.
        errorResponses: [403, 404].map((httpStatus) => ({ httpStatus, responseHttpStatus: 200, responsePagePath: "/index.html", ttl: Duration.seconds(0) })),
      },
    },
  });

  const origin = cdn.customDomainUrl ?? cdn.url;
  stack.addOutputs({ ConsoleUrl: origin });
  return { bucket, distribution: cdn.cdk.distribution, origin };
}

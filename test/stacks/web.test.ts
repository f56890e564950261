import { createHash } from "node:crypto";
import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { importsFrom, onlyResource, privateEncryptedBucket, synthesized, template } from "./templates.js";

describe("Web stack: the console", () => {
  it("is built with VITE_API_URL as a placeholder the upload replaces with the API's URL", () => {
    expect(synthesized("test").consoleBuild).toContain(`"{{ VITE_API_URL }}"`);
    const [, upload] = onlyResource("test", "Web", "Custom::S3Uploader");
    const replacements = upload.Properties.replaceValues as Array<{ files: string; search: string; replace: unknown }>;
    expect(replacements.map((r) => [r.files, r.search])).toEqual([
      ["**/*.html", "{{ VITE_API_URL }}"],
      ["**/*.js", "{{ VITE_API_URL }}"],
    ]);
    for (const { replace } of replacements) expect(importsFrom(replace, "Api", "ApiEndpoint")).toBe(true);
  });

  it("is built with the API's own domain when the stage has one (nothing left to replace)", () => {
    expect(synthesized("prod").consoleBuild).toContain(`"https://api.entraide.example"`);
    expect(onlyResource("prod", "Web", "Custom::S3Uploader")[1].Properties.replaceValues).toEqual([]);
  });

  it("goes into the console bucket, then CloudFront's cache is invalidated", () => {
    const [, upload] = onlyResource("test", "Web", "Custom::S3Uploader");
    expect(importsFrom(upload.Properties.destinationBucketName, "ConsoleHost", "ConsoleFiles")).toBe(true);
    const [, invalidation] = onlyResource("test", "Web", "Custom::CloudFrontInvalidator");
    expect(importsFrom(invalidation.Properties.distributionId, "ConsoleHost", "ConsoleCdnDistribution")).toBe(true);
  });
});

describe("ConsoleHost stack", () => {
  it("serves a private, encrypted bucket through CloudFront only (origin access control), over HTTPS", () => {
    const host = template("test", "ConsoleHost");
    host.hasResourceProperties("AWS::S3::Bucket", {
      ...privateEncryptedBucket,
    });
    host.hasResourceProperties("AWS::S3::BucketPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: "Allow",
            Action: "s3:GetObject",
            Principal: { Service: "cloudfront.amazonaws.com" },
          }),
        ]),
      },
    });
    host.hasResourceProperties("AWS::CloudFront::Distribution", {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: "index.html",
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: "redirect-to-https" }),
        Origins: [Match.objectLike({ OriginAccessControlId: Match.anyValue() })],
      }),
    });
  });

  it("answers the console's own routes with its page", () => {
    const [, cdn] = onlyResource("test", "ConsoleHost", "AWS::CloudFront::Distribution");
    expect(cdn.Properties.DistributionConfig.CustomErrorResponses).toEqual([
      { ErrorCode: 403, ResponseCode: 200, ResponsePagePath: "/index.html", ErrorCachingMinTTL: 0 },
      { ErrorCode: 404, ResponseCode: 200, ResponsePagePath: "/index.html", ErrorCachingMinTTL: 0 },
    ]);
  });

  it("serves the console's pages with the security headers of npm start (CSP, nosniff, referrer policy, HSTS)", () => {
    const [, policy] = onlyResource("prod", "ConsoleHost", "AWS::CloudFront::ResponseHeadersPolicy");
    const security = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp = security.ContentSecurityPolicy.ContentSecurityPolicy as string;
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')*;/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self' https://api.entraide.example");
    expect(security).toMatchObject({
      ContentTypeOptions: { Override: true },
      ReferrerPolicy: { ReferrerPolicy: "strict-origin-when-cross-origin" },
      StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true },
      FrameOptions: { FrameOption: "DENY" },
    });
    const [, cdn] = onlyResource("prod", "ConsoleHost", "AWS::CloudFront::Distribution");
    expect(cdn.Properties.DistributionConfig.DefaultCacheBehavior.ResponseHeadersPolicyId).toBeDefined();
    const [, testPolicy] = onlyResource("test", "ConsoleHost", "AWS::CloudFront::ResponseHeadersPolicy");
    expect(
      testPolicy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy
        .ContentSecurityPolicy,
    ).toMatch(/connect-src 'self' https:\/\/\*\.execute-api\.[a-z0-9-]+\.amazonaws\.com/);
  });

  it("allows the page's inline script by the hash of the very script that stage's build wrote, and no other", () => {
    for (const stage of ["test", "prod"] as const) {
      const [, policy] = onlyResource(stage, "ConsoleHost", "AWS::CloudFront::ResponseHeadersPolicy");
      const csp = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy
        .ContentSecurityPolicy as string;
      const inline = [...synthesized(stage).consolePage.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1] ?? "");
      expect(inline).toHaveLength(1);
      const hashes = inline.map((script) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`);
      expect(csp.match(/script-src [^;]*/)?.[0]).toBe(`script-src 'self' ${hashes.join(" ")}`);
    }
  });

  it("answers at the console's domain on prod", () => {
    const [, cdn] = onlyResource("prod", "ConsoleHost", "AWS::CloudFront::Distribution");
    expect(cdn.Properties.DistributionConfig.Aliases).toEqual(["console.entraide.example"]);
  });
});

import { Template } from "aws-cdk-lib/assertions";
import { inject } from "vitest";
import type { Json } from "../support/json.js";
import { must } from "../support/must.js";

/** Reading the templates the global setup synthesized (test/stacks/setup.ts). */

export type Stage = "test" | "prod";
export type Resource = {
  Type: string;
  Properties?: Json;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  DependsOn?: unknown;
};
export type Statement = {
  Effect: string;
  Action: string | string[];
  Resource?: unknown;
  Principal?: unknown;
  Condition?: unknown;
};

export const synthesized = (stage: Stage) => inject("stacks")[stage];

export function template(stage: Stage, stack: string): Template {
  const json = synthesized(stage).templates[stack];
  if (!json) throw new Error(`No ${stack} stack in ${stage}`);
  return Template.fromJSON(json);
}

export function resources(stage: Stage, stack: string, type: string): Array<[string, Resource]> {
  return Object.entries(template(stage, stack).toJSON().Resources as Record<string, Resource>).filter(
    ([, r]) => r.Type === type,
  );
}

export function onlyResource(stage: Stage, stack: string, type: string): [string, Resource] {
  const [only, ...others] = resources(stage, stack, type);
  if (!only || others.length > 0)
    throw new Error(`Expected one ${type} in ${stack} (${stage}), found ${others.length + (only ? 1 : 0)}`);
  return only;
}

/** Every statement of every policy (IAM, bucket, queue, inline) in every stack of a stage. */
export function allStatements(stage: Stage): Array<{ stack: string; id: string; statement: Statement }> {
  const found: Array<{ stack: string; id: string; statement: Statement }> = [];
  for (const [stack, json] of Object.entries(synthesized(stage).templates)) {
    for (const [id, resource] of Object.entries((json as { Resources: Record<string, Resource> }).Resources)) {
      const documents = [
        resource.Properties?.PolicyDocument,
        // Roles' inline policies (a user pool's Policies is its password policy, not IAM).
        ...(Array.isArray(resource.Properties?.Policies)
          ? (resource.Properties.Policies as Array<{ PolicyDocument: unknown }>)
          : []
        ).map((p) => p.PolicyDocument),
      ].filter(Boolean) as Array<{ Statement: Statement[] }>;
      for (const document of documents)
        for (const statement of document.Statement) found.push({ stack, id, statement });
    }
  }
  return found;
}

export const actionsOf = (statement: Statement) =>
  Array.isArray(statement.Action) ? statement.Action : [statement.Action];

/** The statements of the IAM policies attached to one role, and its managed policies. */
export function roleAccess(stage: Stage, stack: string, roleId: string) {
  const statements = resources(stage, stack, "AWS::IAM::Policy")
    .filter(([, policy]) => (policy.Properties.Roles as Array<{ Ref?: string }>).some((r) => r.Ref === roleId))
    .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement as Statement[]);
  const [, role] = must(
    resources(stage, stack, "AWS::IAM::Role").find(([id]) => id === roleId),
    `the role ${roleId} in ${stack}`,
  );
  return {
    statements,
    managed: JSON.stringify(role.Properties.ManagedPolicyArns ?? []),
    inline: role.Properties.Policies ?? [],
  };
}

/** The Lambda function with this handler, and its logical id. */
export function functionWithHandler(stage: Stage, stack: string, handler: string): [string, Resource] {
  const found = resources(stage, stack, "AWS::Lambda::Function").filter(([, fn]) => fn.Properties.Handler === handler);
  const [only] = found;
  if (!only || found.length !== 1)
    throw new Error(`Expected one function with handler ${handler} in ${stack}, found ${found.length}`);
  return only;
}

/** `{ "Fn::ImportValue": "test-entraide-Data:…RegistryTable…" }` → whether it imports that stack's output about that resource. */
export function importsFrom(value: unknown, stack: string, logicalIdPrefix: string): boolean {
  const imported = (value as { "Fn::ImportValue"?: string })?.["Fn::ImportValue"];
  return typeof imported === "string" && imported.includes(`-entraide-${stack}:`) && imported.includes(logicalIdPrefix);
}

/** What every bucket of Entraide is: encrypted at rest (S3 keys) and closed to public access. */
export const privateEncryptedBucket = {
  BucketEncryption: {
    ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
  },
  PublicAccessBlockConfiguration: {
    BlockPublicAcls: true,
    BlockPublicPolicy: true,
    IgnorePublicAcls: true,
    RestrictPublicBuckets: true,
  },
};

import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { staffGroups } from "../../stacks/Auth.js";
import { onlyResource, resources, template } from "./templates.js";

describe("Auth stack", () => {
  it("has a staff user pool where only administrators create accounts, signing in by email", () => {
    template("test", "Auth").hasResourceProperties("AWS::Cognito::UserPool", {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      UsernameAttributes: ["email"],
      AutoVerifiedAttributes: ["email"],
      Policies: { PasswordPolicy: { MinimumLength: 12 } },
    });
  });

  it("has the console's groups: admin, regional and finance", () => {
    const groups = resources("test", "Auth", "AWS::Cognito::UserPoolGroup").map(([, g]) => g.Properties.GroupName);
    expect(groups.sort()).toEqual(["admin", "finance", "regional"]);
    expect(Object.keys(staffGroups).sort()).toEqual(groups);
  });

  it("keeps a regional officer's regions in custom:regions, which the API reads from the ID token", () => {
    template("test", "Auth").hasResourceProperties("AWS::Cognito::UserPool", {
      Schema: Match.arrayWith([Match.objectLike({ Name: "regions", AttributeDataType: "String", Mutable: true })]),
    });
  });

  it("has a console client for the API's sign-in: no secret, password sign-in only, no hint whether a user exists", () => {
    template("test", "Auth").hasResourceProperties("AWS::Cognito::UserPoolClient", {
      GenerateSecret: false,
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      PreventUserExistenceErrors: "ENABLED",
    });
  });

  it("keeps the staff's accounts when prod is removed, not when a test stage is", () => {
    const [, prod] = onlyResource("prod", "Auth", "AWS::Cognito::UserPool");
    expect(prod.Properties.DeletionProtection).toBe("ACTIVE");
    expect([prod.DeletionPolicy, prod.UpdateReplacePolicy]).toEqual(["Retain", "Retain"]);
    const [, test] = onlyResource("test", "Auth", "AWS::Cognito::UserPool");
    expect(test.DeletionPolicy).toBe("Delete");
  });
});

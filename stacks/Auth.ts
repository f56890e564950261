import { Duration, RemovalPolicy } from "aws-cdk-lib";
import {
  AccountRecovery,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  StringAttribute,
  UserPool,
} from "aws-cdk-lib/aws-cognito";
import type { StackContext } from "sst/constructs";
import { stageSettings } from "./settings.js";

/** The console's roles: what each group may see and do is decided by the API. */
export const staffGroups = {
  admin: "National administrators: every region, every registry, users",
  regional: "Regional delegations: the records of their own region",
  finance: "Finance: the bilan, its exports and grants",
} as const;

/**
 * Staff sign-in for the console. Accounts are created by administrators (no
 * self sign-up); each person belongs to one of the groups above.
 */
export function Auth({ stack, app }: StackContext) {
  const { retainData } = stageSettings(app.stage);

  const userPool = new UserPool(stack, "Staff", {
    userPoolName: app.logicalPrefixedName("staff"),
    selfSignUpEnabled: false,
    signInAliases: { email: true },
    autoVerify: { email: true },
    standardAttributes: { email: { required: true, mutable: true } },
    // The regions a regional officer sees, e.g. "MA-06,MA-07" (read from the ID token by the API).
    customAttributes: { regions: new StringAttribute({ minLen: 0, maxLen: 256, mutable: true }) },
    passwordPolicy: {
      minLength: 12,
      requireLowercase: true,
      requireUppercase: true,
      requireDigits: true,
      requireSymbols: false,
      tempPasswordValidity: Duration.days(3),
    },
    mfa: Mfa.OPTIONAL,
    mfaSecondFactor: { otp: true, sms: false },
    accountRecovery: AccountRecovery.EMAIL_ONLY,
    // A few hundred staff: far inside the 10,000 monthly active users Cognito does not charge for.
    featurePlan: FeaturePlan.ESSENTIALS,
    deletionProtection: retainData,
    removalPolicy: retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });

  for (const [groupName, description] of Object.entries(staffGroups)) {
    new CfnUserPoolGroup(stack, `Group-${groupName}`, { userPoolId: userPool.userPoolId, groupName, description });
  }

  // The console signs in through the API (POST /api/auth/login → InitiateAuth USER_PASSWORD_AUTH,
  // over TLS): a public client, no secret, and no other flow.
  const consoleClient = userPool.addClient("Console", {
    authFlows: { userPassword: true },
    generateSecret: false,
    preventUserExistenceErrors: true,
    accessTokenValidity: Duration.hours(1),
    idTokenValidity: Duration.hours(1),
    refreshTokenValidity: Duration.days(30),
    enableTokenRevocation: true,
  });

  const issuer = `https://cognito-idp.${app.region}.amazonaws.com/${userPool.userPoolId}`;
  stack.addOutputs({ UserPoolId: userPool.userPoolId, ConsoleClientId: consoleClient.userPoolClientId });
  return { userPool, consoleClient, issuer };
}

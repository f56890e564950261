import { usePermissions } from "react-admin";
import { currentToken } from "../authProvider";

/**
 * Whether the signed-in user is an administrator (who may recompute a bilan).
 * The auth provider's permissions answer when it gives a role; until then the
 * role is read from the signed-in token's groups (`cognito:groups`, as the local
 * issuer and Cognito write them). The API checks the right again on every call.
 */
export function useIsAdmin(): boolean {
  const { permissions } = usePermissions<unknown>();
  const role = roleOf(permissions);
  if (role !== undefined) return role === "admin";
  return groupsInToken(currentToken()).includes("admin");
}

function roleOf(permissions: unknown): string | undefined {
  if (typeof permissions === "string") return permissions;
  if (permissions && typeof permissions === "object" && typeof (permissions as { role?: unknown }).role === "string") {
    return (permissions as { role: string }).role;
  }
  return undefined;
}

/** The groups a JWT's payload names; none when there is no token or it cannot be read. */
export function groupsInToken(token: string | undefined): string[] {
  const payload = token?.split(".")[1];
  if (!payload) return [];
  try {
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const groups = (JSON.parse(json) as Record<string, unknown>)["cognito:groups"];
    return Array.isArray(groups) ? groups.filter((g): g is string => typeof g === "string") : [];
  } catch {
    return [];
  }
}

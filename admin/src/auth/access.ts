/**
 * What the API says of the signed-in person (`GET /api/auth/me`): their role,
 * regions and the rights (`<kind>:read`, `<kind>:write`, `pii:read`) its
 * routes enforce. The console only hides what the API would refuse anyway.
 */
export interface Me {
  user: { id: string; kind: "user" | "apiKey"; name: string };
  role: string;
  regions: "all" | string[];
  permissions: string[];
  pseudonymous: boolean;
}

/** react-admin's actions, as the API's rights: reading or writing a kind of record. */
const writes = new Set(["create", "edit", "delete", "clone"]);
export const rightFor = (action: string, resource: string) => `${resource}:${writes.has(action) ? "write" : "read"}`;

/** Whether `me` may do `action` on `resource` (react-admin's resource names are the API's kinds). */
export function allows(me: Me, action: string, resource: string): boolean {
  return me.permissions.includes(rightFor(action, resource));
}

/** A session that predates the API's rights (an admin signed in without them) may do everything. */
const isUnlimited = (me: Me) => me.permissions.length === 0 && me.role === "admin";

/** Whether the console lets `me` do `action` on `resource` (react-admin's canAccess answers this). */
export const mayDo = (me: Me, action: string, resource: string) => isUnlimited(me) || allows(me, action, resource);

/** The regions a person's forms and filters are held to; undefined when they work everywhere. */
export const fixedRegions = (me: Me | undefined): string[] | undefined =>
  me && me.regions !== "all" ? me.regions : undefined;

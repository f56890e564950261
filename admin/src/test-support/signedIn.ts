import type { AuthProvider } from "react-admin";
import { allows, type Me } from "../auth/access";

/** A session that is always open: component tests start on the page they test. */
export const signedIn: AuthProvider = {
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id: "admin", fullName: "admin" }),
};

const kinds = [
  "centers",
  "beneficiaries",
  "enrollments",
  "cooperatives",
  "marketplace-spaces",
  "exhibitions",
  "aid-distributions",
  "grants",
  "program-supports",
  "vigilance-cells",
  "indicators",
  "exports",
  "territories",
];
const reads = kinds.map((kind) => `${kind}:read`);

/** What GET /api/auth/me answers for each staff role (the API's permission table: finance reads all but imports, writes nothing). */
export const staff: Record<"admin" | "regional" | "finance", Me> = {
  admin: {
    user: { id: "admin", kind: "user", name: "admin" },
    role: "admin",
    regions: "all",
    permissions: [...reads, ...kinds.map((k) => `${k}:write`), "imports:read", "imports:write", "pii:read"],
    pseudonymous: false,
  },
  regional: {
    user: { id: "officer-ma06", kind: "user", name: "officer-ma06" },
    role: "regional",
    regions: ["MA-06"],
    permissions: [...reads, "centers:write", "beneficiaries:write", "imports:read", "imports:write", "pii:read"],
    pseudonymous: false,
  },
  finance: {
    user: { id: "finance", kind: "user", name: "finance" },
    role: "finance",
    regions: "all",
    permissions: reads,
    pseudonymous: true,
  },
};

/** An open session of `me`, shaped as the console's authProvider shapes it: permissions are the Me, canAccess reads its rights. */
export const signedInAs = (me: Me): AuthProvider => ({
  ...signedIn,
  getIdentity: async () => ({ id: me.user.id, fullName: me.user.name, role: me.role, regions: me.regions }),
  getPermissions: async () => me,
  canAccess: async ({ action, resource }) => allows(me, action, resource),
});

import { localStorageStore } from "react-admin";
import { describe, expect, it } from "vitest";
import { fakeFetch } from "../api/fakeFetch";
import { createAuthProvider } from "../authProvider";
import { must } from "../common/must";
import { keepingLocale } from "../i18n/localeStore";
import type { Me } from "./access";

const reads = ["centers", "beneficiaries", "enrollments", "indicators", "exports"].map((kind) => `${kind}:read`);
const people: Record<string, Me> = {
  admin: {
    user: { id: "admin", kind: "user", name: "admin" },
    role: "admin",
    regions: "all",
    permissions: [...reads, "centers:write", "beneficiaries:write", "indicators:write", "pii:read"],
    pseudonymous: false,
  },
  finance: {
    user: { id: "finance", kind: "user", name: "finance" },
    role: "finance",
    regions: "all",
    permissions: reads,
    pseudonymous: true,
  },
  "officer-ma06": {
    user: { id: "officer-ma06", kind: "user", name: "officer-ma06" },
    role: "regional",
    regions: ["MA-06"],
    permissions: [...reads, "centers:write", "beneficiaries:write", "pii:read"],
    pseudonymous: false,
  },
};

/** An API that signs in the three staff members and answers /api/auth/me for the token it gave. */
function signingIn(options: { meStatus?: number } = {}) {
  const { fetch, requests } = fakeFetch([
    [
      "POST",
      /\/api\/auth\/login$/,
      (request) => ({
        body: { token: `token-of-${(request.body as { username: string }).username}`, expiresIn: 3600 },
      }),
    ],
    [
      "GET",
      /\/api\/auth\/me$/,
      (request) =>
        options.meStatus
          ? { status: options.meStatus, body: { error: { code: "unauthorized", message: "Sign in", issues: [] } } }
          : { body: people[(request.headers.authorization ?? "").replace("Bearer token-of-", "")] },
    ],
  ]);
  return { auth: createAuthProvider({ fetch }), requests };
}

const actions = ["list", "show", "create", "edit", "delete"] as const;
async function rightsOn(auth: ReturnType<typeof createAuthProvider>, resource: string) {
  const rights: Record<string, boolean> = {};
  for (const action of actions) rights[action] = await must(auth.canAccess, "canAccess")({ action, resource });
  return rights;
}

describe("the console's idea of who is signed in", () => {
  it("asks the API once after signing in and answers identity and permissions from it", async () => {
    const { auth, requests } = signingIn();
    await auth.login({ username: "officer-ma06", password: "secret" });
    expect(await must(auth.getIdentity, "getIdentity")()).toMatchObject({
      id: "officer-ma06",
      fullName: "officer-ma06",
      role: "regional",
      regions: ["MA-06"],
    });
    expect(await must(auth.getPermissions, "getPermissions")({})).toEqual(people["officer-ma06"]);
    await rightsOn(auth, "centers");
    const asked = requests.filter((r) => r.url.endsWith("/api/auth/me"));
    expect(asked).toHaveLength(1);
    expect(must(asked[0], "the request asked").headers.authorization).toBe("Bearer token-of-officer-ma06");
  });

  it("lets finance read everything and create, edit or delete nothing", async () => {
    const { auth } = signingIn();
    await auth.login({ username: "finance", password: "secret" });
    for (const resource of ["centers", "beneficiaries", "enrollments"]) {
      expect(await rightsOn(auth, resource)).toEqual({
        list: true,
        show: true,
        create: false,
        edit: false,
        delete: false,
      });
    }
  });

  it("gives the regional officer the writes of their registries, not the bilan's runs; the admin everything", async () => {
    const regional = signingIn().auth;
    await regional.login({ username: "officer-ma06", password: "secret" });
    expect(await rightsOn(regional, "beneficiaries")).toEqual({
      list: true,
      show: true,
      create: true,
      edit: true,
      delete: true,
    });
    expect(await must(regional.canAccess, "canAccess")({ action: "create", resource: "indicators" })).toBe(false);
    const admin = signingIn().auth;
    await admin.login({ username: "admin", password: "secret" });
    expect(await must(admin.canAccess, "canAccess")({ action: "create", resource: "indicators" })).toBe(true);
    expect(await rightsOn(admin, "centers")).toEqual({
      list: true,
      show: true,
      create: true,
      edit: true,
      delete: true,
    });
  });

  it("ends the session when the API no longer accepts the token", async () => {
    const { auth } = signingIn({ meStatus: 401 });
    await expect(auth.login({ username: "admin", password: "secret" })).rejects.toMatchObject({ status: 401 });
    expect(localStorage.getItem("entraide.session")).toBeNull();
    await expect(must(auth.checkAuth, "checkAuth")({})).rejects.toThrow();
  });

  it("forgets the person on logout, and a new sign-in asks again", async () => {
    const { auth, requests } = signingIn();
    await auth.login({ username: "admin", password: "secret" });
    await must(auth.logout, "logout")({});
    await expect(must(auth.getPermissions, "getPermissions")({})).rejects.toThrow();
    await auth.login({ username: "finance", password: "secret" });
    expect((await must(auth.getPermissions, "getPermissions")({})).role).toBe("finance");
    expect(requests.filter((r) => r.url.endsWith("/api/auth/me"))).toHaveLength(2);
  });

  it("sends the console's language with every call, for the API's messages", async () => {
    localStorage.setItem("RaStore.locale", JSON.stringify("fr"));
    const { auth, requests } = signingIn();
    await auth.login({ username: "admin", password: "secret" });
    expect(requests.map((r) => r.headers["accept-language"])).toEqual(["fr", "fr"]);
  });

  it("keeps the chosen language when logging out empties react-admin's store", () => {
    const store = keepingLocale(localStorageStore());
    store.setItem("locale", "fr");
    store.setItem("centers.listParams", { page: 2 });
    store.reset();
    expect(store.getItem("locale")).toBe("fr");
    expect(store.getItem("centers.listParams")).toBeUndefined();
  });
});

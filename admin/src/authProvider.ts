import type { AuthProvider } from "react-admin";
import { createApiClient, type FetchFn } from "./api/http";
import { type Me, mayDo } from "./auth/access";
import { fetchOrEarly } from "./first-screen/early";

/**
 * Signing in. The identity service (a local issuer on `npm start`, Cognito in
 * AWS) answers `POST /api/auth/login` with `{ token, expiresIn }`; then
 * `GET /api/auth/me` says who that is and what they may do, which shapes the
 * console (react-admin's `canAccess`): no create, edit or delete controls
 * where the API would refuse them. Where the identity service does not exist
 * (404), the session opens without a token and without limits.
 */
const SESSION_KEY = "entraide.session";

interface Session {
  username: string;
  token?: string;
  /** Epoch milliseconds. */
  expiresAt?: number;
  /** What the API said of this token; a token's rights don't change while it lives. */
  me?: Me;
}

function readSession(): Session | undefined {
  try {
    const session = JSON.parse(localStorage.getItem(SESSION_KEY) ?? "null") as Session | null;
    if (!session?.username) return undefined;
    if (session.expiresAt && session.expiresAt <= Date.now()) return undefined;
    return session;
  } catch {
    return undefined;
  }
}

export const currentToken = () => readSession()?.token;

/** Without an identity service: one person who may do everything. */
const unlimited = (username: string): Me => ({
  user: { id: username, kind: "user", name: username },
  role: "admin",
  regions: "all",
  permissions: [],
  pseudonymous: false,
});

export function createAuthProvider(options: { fetch: FetchFn; apiUrl?: string }): AuthProvider & { me(): Promise<Me> } {
  const call = createApiClient({ fetch: options.fetch, apiUrl: options.apiUrl ?? "", getToken: currentToken });
  // One question per token, shared by every caller of this page (a list asks canAccess for each button).
  let asked: { token: string | undefined; answer: Promise<Me> } | undefined;

  function me(): Promise<Me> {
    const session = readSession();
    if (!session) return Promise.reject(new Error("ra.auth.auth_check_error"));
    if (session.me) return Promise.resolve(session.me);
    if (!session.token) return Promise.resolve(unlimited(session.username));
    if (asked?.token !== session.token) {
      const token = session.token;
      const answer = call<Me>("GET", "/api/auth/me").then((found) => {
        const current = readSession();
        if (current?.token === token) localStorage.setItem(SESSION_KEY, JSON.stringify({ ...current, me: found }));
        return found;
      });
      answer.catch((error: { status?: number }) => {
        asked = undefined;
        // The token is no longer accepted: the session is over.
        if (error?.status === 401 && readSession()?.token === token) localStorage.removeItem(SESSION_KEY);
      });
      asked = { token, answer };
    }
    return asked.answer;
  }

  return {
    me,
    async login({ username, password }: { username: string; password: string }) {
      let session: Session = { username };
      try {
        const answer = await call<{ token: string; expiresIn: number }>("POST", "/api/auth/login", {
          body: { username, password },
        });
        session = { username, token: answer.token, expiresAt: Date.now() + answer.expiresIn * 1000 };
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw new Error("ra.auth.sign_in_error");
      }
      asked = undefined;
      localStorage.setItem(SESSION_KEY, JSON.stringify(session));
      await me();
    },
    async logout() {
      asked = undefined;
      localStorage.removeItem(SESSION_KEY);
    },
    async checkAuth() {
      if (!readSession()) throw new Error("ra.auth.auth_check_error");
    },
    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        localStorage.removeItem(SESSION_KEY);
        throw new Error("ra.notification.logged_out");
      }
    },
    async getIdentity() {
      const found = await me();
      return { id: found.user.id, fullName: found.user.name, role: found.role, regions: found.regions };
    },
    getPermissions: () => me(),
    async canAccess({ action, resource }: { action: string; resource: string }) {
      const found = await me();
      return mayDo(found, action, resource);
    },
  };
}

export const authProvider = createAuthProvider({
  // A signed-in visit's first screen may have asked already (first-screen/early.ts).
  fetch: fetchOrEarly,
  apiUrl: import.meta.env.VITE_API_URL ?? "",
});

// Asked at once on a page load with a session, while the console's code and first page load.
if (readSession()) authProvider.me().catch(() => undefined);

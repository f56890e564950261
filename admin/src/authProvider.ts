import type { AuthProvider } from "react-admin";
import { createApiClient, type FetchFn } from "./api/http";
import { rolesOf } from "./resources/imports/access";

/**
 * Signing in. The identity service (a local issuer on `npm start`, Cognito in
 * AWS) answers `POST /api/auth/login` with `{ token, expiresIn }`. Where it
 * does not exist yet (404), the session opens without a token so the console
 * still works; the data provider sends `Authorization: Bearer` only when a token is stored.
 */
const SESSION_KEY = "entraide.session";

interface Session {
  username: string;
  token?: string;
  /** Epoch milliseconds. */
  expiresAt?: number;
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

export function createAuthProvider(options: { fetch: FetchFn; apiUrl?: string }): AuthProvider {
  const call = createApiClient({ fetch: options.fetch, apiUrl: options.apiUrl ?? "" });
  return {
    async login({ username, password }: { username: string; password: string }) {
      let session: Session = { username };
      try {
        const answer = await call<{ token: string; expiresIn: number }>("POST", "/api/auth/login", { body: { username, password } });
        session = { username, token: answer.token, expiresAt: Date.now() + answer.expiresIn * 1000 };
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw new Error("ra.auth.sign_in_error");
      }
      localStorage.setItem(SESSION_KEY, JSON.stringify(session));
    },
    async logout() {
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
    /** The signed-in person's roles (GET /api/auth/me); undefined while the API does not say. */
    async getPermissions() {
      const token = readSession()?.token;
      if (!token) return undefined;
      const asMe = createApiClient({ fetch: options.fetch, apiUrl: options.apiUrl ?? "", getToken: () => token });
      return asMe<Parameters<typeof rolesOf>[0]>("GET", "/api/auth/me").then(rolesOf, () => undefined);
    },
    async getIdentity() {
      const session = readSession();
      if (!session) throw new Error("ra.auth.auth_check_error");
      return { id: session.username, fullName: session.username };
    },
  };
}

export const authProvider = createAuthProvider({
  fetch: (input, init) => globalThis.fetch(input, init),
  apiUrl: import.meta.env.VITE_API_URL ?? "",
});

import type { AuthProvider } from "react-admin";

/** A session that is always open: component tests start on the page they test. */
export const signedIn: AuthProvider = {
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id: "admin", fullName: "admin" }),
};

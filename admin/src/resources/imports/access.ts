/**
 * Who sees the Imports page: administrators and regional officers. Finance
 * staff do not import; when the console cannot tell who is signed in (no
 * GET /api/auth/me), the page is shown and the API refuses what it must.
 */
export function mayImport(roles: unknown): boolean {
  if (!Array.isArray(roles) || roles.length === 0) return true;
  return roles.includes("admin") || roles.includes("regional");
}

/** The roles in the answer of GET /api/auth/me, however it names them; undefined when it names none. */
export function rolesOf(me: { role?: string; roles?: string[]; groups?: string[] } | undefined): string[] | undefined {
  const roles = [...(me?.roles ?? []), ...(me?.groups ?? []), ...(me?.role ? [me.role] : [])];
  return roles.length ? roles : undefined;
}

import { useCanAccess } from "react-admin";

/**
 * Whether the signed-in person may recompute a bilan: `POST /api/v1/indicators/{year}/runs`
 * needs `indicators:write`, which react-admin's canAccess reads from the Me the API gave
 * (creating in "indicators"). The API checks the right again on every call.
 */
export function useMayRecompute(): boolean {
  const { canAccess } = useCanAccess({ action: "create", resource: "indicators" });
  return canAccess === true;
}

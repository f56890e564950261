import { type HttpError, useNotify } from "react-admin";

/**
 * For forms inside a show page: field errors from the API go back to the
 * form's inputs; anything else (e.g. a 409 "takes part already") is said in a notification.
 */
export function useReportError() {
  const notify = useNotify();
  return (error: unknown) => {
    const httpError = error as HttpError;
    if (httpError?.body?.errors) return httpError.body.errors as Record<string, string>;
    notify(httpError?.message ?? "ra.notification.http_error", { type: "error" });
    return undefined;
  };
}

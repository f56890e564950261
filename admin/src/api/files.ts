import { type ApiClientOptions, type CallOptions, jsonOf, queryString, toHttpError } from "./http";

/**
 * Files to and from the API (import templates and reports, uploaded
 * spreadsheets), beside the JSON client: same token, same error shape.
 * An upload URL of another origin (a presigned S3 PUT in AWS) gets no token.
 */
export function createFileClient({ fetch, apiUrl, getToken }: ApiClientOptions) {
  const authorization = (): Record<string, string> => {
    const token = getToken?.();
    return token ? { authorization: `Bearer ${token}` } : {};
  };
  async function send(url: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(url, init);
    } catch {
      throw toHttpError(0, undefined);
    }
    if (!response.ok) throw toHttpError(response.status, await jsonOf(response));
    return response;
  }

  return {
    /** GET a file of the API, with its name from Content-Disposition when the server gives one. */
    async download(
      path: string,
      query: CallOptions["query"],
      fallbackName: string,
    ): Promise<{ blob: Blob; fileName: string }> {
      const response = await send(`${apiUrl}${path}${queryString(query)}`, { method: "GET", headers: authorization() });
      const disposition = response.headers.get("content-disposition") ?? "";
      const named = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
      return { blob: await response.blob(), fileName: named?.[1] ? decodeURIComponent(named[1]) : fallbackName };
    },
    /**
     * PUT the bytes of a file to an upload URL: the API's own route (which answers with its
     * absolute address under npm start, and wants the token) or a presigned one of another origin.
     */
    async upload(uploadUrl: string, file: Blob, contentType: string): Promise<void> {
      const relative = uploadUrl.startsWith("/");
      const own = relative || sameOrigin(uploadUrl, apiUrl);
      await send(relative ? `${apiUrl}${uploadUrl}` : uploadUrl, {
        method: "PUT",
        headers: { "content-type": contentType, ...(own ? authorization() : {}) },
        body: file,
      });
    },
  };
}

/** Whether `url` is on the API's origin (`apiUrl`, or this page's own when the API is served beside it). */
function sameOrigin(url: string, apiUrl: string): boolean {
  const here = typeof location === "undefined" ? "http://localhost" : location.href;
  try {
    return new URL(url, here).origin === new URL(apiUrl || "/", here).origin;
  } catch {
    return false;
  }
}

export type FileClient = ReturnType<typeof createFileClient>;

/** Hands a downloaded file to the browser, which saves it. */
export function saveFile({ blob, fileName }: { blob: Blob; fileName: string }) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

import type { BilanYearSummary } from "@entraide/core/indicators/snapshots";
import type { ApiCall, FetchFn } from "../api/http";

/** One year that has a bilan (GET /api/v1/indicators), as the API's domain describes it. */
export type BilanYear = BilanYearSummary;

/** A year's latest bilan (GET /api/v1/indicators/{year}). */
export interface Bilan {
  year: number;
  computedAt: string;
  frozen: boolean;
  runKey: string;
  runId?: string;
  values: Record<string, number>;
  breakdowns: Record<string, Record<string, number>>;
  exports: string[];
}

export interface BilanExport {
  id: string;
  year: number;
  format: "csv" | "xlsx" | "json";
  size: number;
  createdAt: string;
  url: string;
}

export interface BilanRun {
  runId: string;
  year: number;
  status: "queued" | "running" | "succeeded" | "skipped" | "failed";
  finishedAt?: string;
  message?: string;
  progress?: { pass: number; read: number };
}

const isMissing = (error: unknown) => (error as { status?: number }).status === 404;

/**
 * The bilan's calls, part of the data provider. A download fetches the file
 * with the signed-in user's token and hands it over as a Blob (a plain link
 * would not carry the token); a presigned link (AWS) needs no token, and must
 * not get one: S3 refuses two authentications.
 */
export function bilanCalls(
  call: ApiCall,
  options: { fetch: FetchFn; apiUrl: string; getToken?: () => string | undefined },
) {
  return {
    listBilanYears: async () => (await call<{ items: BilanYear[] }>("GET", "/api/v1/indicators")).items,
    async getBilan(year: number): Promise<Bilan | null> {
      try {
        return await call<Bilan>("GET", `/api/v1/indicators/${year}`);
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    listBilanExports: async (year: number) =>
      (await call<{ items: BilanExport[] }>("GET", "/api/v1/exports", { query: { year } })).items,
    startBilanRun: (year: number) =>
      call<{ runId: string; status: string; statusUrl: string }>("POST", `/api/v1/indicators/${year}/runs`),
    getBilanRun: (year: number, runId: string) =>
      call<BilanRun>("GET", `/api/v1/indicators/${year}/runs/${encodeURIComponent(runId)}`),
    async downloadExport(file: Pick<BilanExport, "url">): Promise<Blob> {
      const presigned = /^https?:/.test(file.url);
      const token = options.getToken?.();
      const headers: Record<string, string> = !presigned && token ? { authorization: `Bearer ${token}` } : {};
      const response = await options.fetch(presigned ? file.url : `${options.apiUrl}${file.url}`, { headers });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.blob();
    },
  };
}

export type BilanCalls = ReturnType<typeof bilanCalls>;

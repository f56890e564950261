import type { DataProvider, GetListParams, RaRecord } from "react-admin";
import { CursorBook } from "./api/cursors";
import { EarlyAnswers } from "./api/early";
import { createFileClient } from "./api/files";
import { createApiClient, type FetchFn } from "./api/http";
import { importCalls } from "./api/imports";
import { createBody, mergePatch } from "./api/patch";
import type { Count, Hosting, Indicators, Page, ProbableDuplicate, Territories } from "./api/types";
import { currentToken } from "./authProvider";
import { bilanCalls } from "./bilan/api";
import { fetchOrEarly } from "./first-screen/early";
import { rememberedLocale } from "./i18n/i18nProvider";

export interface DataProviderOptions {
  /** Injected so component tests can check requests and answers without a server. */
  fetch: FetchFn;
  apiUrl?: string;
  getToken?: () => string | undefined;
  getLocale?: () => string;
  cursors?: CursorBook;
}

const MAX_LIMIT = 100;
const v1 = (resource: string) => `/api/v1/${resource}`;
const one = (resource: string, id: RaRecord["id"]) => `${v1(resource)}/${encodeURIComponent(String(id))}`;

/** API filters are strings; empty inputs mean "no filter". */
function filterQuery(filter: Record<string, unknown> = {}) {
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === "") continue;
    query[name] = String(value);
  }
  return query;
}

/**
 * The console's only door to the registry API. Lists use react-admin's
 * partial pagination (`pageInfo`, no total): DynamoDB gives cursors, and the
 * CursorBook turns them into page numbers. Sorting is not offered (no index serves it).
 */
export function createDataProvider(options: DataProviderOptions) {
  const client = {
    fetch: options.fetch,
    apiUrl: options.apiUrl ?? "",
    getToken: options.getToken,
    getLocale: options.getLocale,
  };
  const call = createApiClient(client);
  const cursors = options.cursors ?? new CursorBook();

  const early = new EarlyAnswers<ListAnswer>();
  const listQuestion = (resource: string, params: Partial<GetListParams>) =>
    JSON.stringify([
      resource,
      params.pagination?.page ?? 1,
      params.pagination?.perPage ?? 25,
      filterQuery(params.filter),
    ]);
  const getList = (resource: string, params: Partial<GetListParams>) =>
    early.take(listQuestion(resource, params), () => askList(resource, params));

  async function askList(resource: string, params: Partial<GetListParams>) {
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    const filter = filterQuery(params.filter);
    const list = CursorBook.listKey(resource, filter, perPage);
    const start = cursors.startOf(list, page);
    // A page we never reached (e.g. a reload on ?page=3): answer an empty page,
    // and react-admin goes back to page 1 by itself.
    if (!start) return { data: [], pageInfo: { hasNextPage: false, hasPreviousPage: false } };
    const answer = await call<Page<RaRecord>>("GET", v1(resource), {
      query: { ...filter, limit: Math.min(perPage, MAX_LIMIT), cursor: start.cursor || undefined },
    });
    cursors.remember(list, page, answer.items.length, answer.nextCursor);
    const pageInfo = { hasNextPage: answer.nextCursor !== null, hasPreviousPage: page > 1 };
    // On the last page the total is known: react-admin then shows "26-30 of 30".
    return answer.nextCursor === null
      ? { data: answer.items, pageInfo, total: start.offset + answer.items.length }
      : { data: answer.items, pageInfo };
  }

  type ListAnswer = Awaited<ReturnType<typeof askList>>;

  const getRecord = (resource: string, id: RaRecord["id"]) => call<RaRecord>("GET", one(resource, id));

  async function remove(resource: string, id: RaRecord["id"], version?: number) {
    await call<void>("DELETE", one(resource, id), { ifMatch: version });
  }

  const provider = {
    getList: getList as DataProvider["getList"],
    getOne: (async (resource, { id }) => ({ data: await getRecord(resource, id) })) as DataProvider["getOne"],
    // No batch read in the API: one GET per id, in parallel.
    getMany: (async (resource, { ids }) => ({
      data: await Promise.all(ids.map((id) => getRecord(resource, id))),
    })) as DataProvider["getMany"],
    getManyReference: (async (resource, { target, id, filter, pagination, sort }) =>
      getList(resource, { filter: { ...filter, [target]: id }, pagination, sort })) as DataProvider["getManyReference"],
    create: (async (resource, { data }) => ({
      data: await call<RaRecord>("POST", v1(resource), { body: createBody(data) }),
    })) as DataProvider["create"],
    update: (async (resource, { id, data, previousData }) => ({
      data: await call<RaRecord>("PATCH", one(resource, id), {
        body: mergePatch(data, previousData),
        ifMatch: (previousData as { version?: number }).version,
      }),
    })) as DataProvider["update"],
    updateMany: (async (resource, { ids, data }) => {
      for (const id of ids) {
        const current = await getRecord(resource, id);
        await call("PATCH", one(resource, id), {
          body: mergePatch({ ...current, ...data }, current),
          ifMatch: current.version,
        });
      }
      return { data: ids };
    }) as DataProvider["updateMany"],
    delete: (async (resource, { id, previousData }) => {
      await remove(resource, id, (previousData as { version?: number } | undefined)?.version);
      return { data: previousData ?? { id } };
    }) as DataProvider["delete"],
    // The API deletes only a version one has seen (If-Match): each record's current one, as updateMany does.
    deleteMany: (async (resource, { ids }) => {
      await Promise.all(ids.map(async (id) => remove(resource, id, (await getRecord(resource, id)).version as number)));
      return { data: ids };
    }) as DataProvider["deleteMany"],

    /** Asks for a list's first page now (a list page about to open); the list's own request gets this answer. */
    startFirstPage: (resource: string, perPage = 25) => {
      const params = { pagination: { page: 1, perPage }, filter: {} };
      early.start(listQuestion(resource, params), () => askList(resource, params));
    },

    getTerritories: () => call<Territories>("GET", "/api/v1/territories"),

    getHosts: (spaceId: string) =>
      call<Page<Hosting>>("GET", `${one("marketplace-spaces", spaceId)}/hosts`, { query: { limit: MAX_LIMIT } }),
    hostCooperative: (spaceId: string, input: { cooperativeId: string; from: string }) =>
      call<Hosting>("POST", `${one("marketplace-spaces", spaceId)}/hosts`, { body: input }),
    endHosting: (spaceId: string, hosting: Pick<Hosting, "id" | "version">, to: string) =>
      call<Hosting>("PATCH", `${one("marketplace-spaces", spaceId)}/hosts/${encodeURIComponent(hosting.id)}`, {
        body: { to },
        ifMatch: hosting.version,
      }),

    ...importCalls(call, createFileClient(client), options.getLocale ?? rememberedLocale),

    /** The beneficiaries who are probably the same person as this one, best first. */
    getDuplicates: (beneficiaryId: string) =>
      call<{ items: ProbableDuplicate[] }>("GET", `${one("beneficiaries", beneficiaryId)}/duplicates`),

    /** The yearly bilan; null while the indicator jobs have not produced it (404). */
    async getIndicators(year: number): Promise<Indicators | null> {
      try {
        return await call<Indicators>("GET", `/api/v1/indicators/${year}`);
      } catch (error) {
        if ((error as { status?: number }).status === 404) return null;
        throw error;
      }
    },

    /** Counts records by walking cursors 100 at a time, stopping after `maxPages`. */
    async count(resource: string, filter: Record<string, unknown> = {}, maxPages = 20): Promise<Count> {
      let count = 0;
      let cursor: string | undefined;
      for (let pages = 0; pages < maxPages; pages++) {
        const answer = await call<Page<unknown>>("GET", v1(resource), {
          query: { ...filterQuery(filter), limit: MAX_LIMIT, cursor },
        });
        count += answer.items.length;
        if (!answer.nextCursor) return { count, capped: false };
        cursor = answer.nextCursor;
      }
      return { count, capped: true };
    },

    ...bilanCalls(call, { fetch: options.fetch, apiUrl: options.apiUrl ?? "", getToken: options.getToken }),
  } satisfies DataProvider & Record<string, unknown>;
  return provider;
}

export type EntraideDataProvider = ReturnType<typeof createDataProvider>;

export const dataProvider = createDataProvider({
  // The first page of the list a signed-in visit opens may already be on its way (first-screen/early.ts).
  fetch: fetchOrEarly,
  apiUrl: import.meta.env.VITE_API_URL ?? "",
  getToken: currentToken,
});

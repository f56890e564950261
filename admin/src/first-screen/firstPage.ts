import type { Me } from "../auth/access";
import type { AppLocale } from "../i18n/locale";
import type { ListedRegistry } from "../resources/listColumns";
import type { ReferencedRecords } from "./references";

/** A list's first page asked for by start.ts, for the first screen (main.ts) to paint. */
export interface FirstPage {
  resource: ListedRegistry;
  /** The address it was asked for: a first screen is painted only while the address is still this one. */
  hash: string;
  locale: AppLocale;
  username: string;
  /** Who is signed in, as the console last asked the API (absent before its first answer). */
  me?: Me;
  /** The API's answer (`{ items }`); rejected when it failed. */
  page: Promise<unknown>;
  /** `GET /api/v1/territories`, when the list's columns name territories. */
  territories: Promise<unknown>;
  /** The records its reference columns point at, once the page is here (empty without such columns). */
  references: Promise<ReferencedRecords>;
  /** Starts the console (once, whoever calls it). */
  boot?: () => void;
}

const holder = globalThis as { entraideFirstPage?: FirstPage };
export const setFirstPage = (firstPage: FirstPage) => {
  holder.entraideFirstPage = firstPage;
};
export const firstPage = () => holder.entraideFirstPage;

import { registryMessages } from "@entraide/core/glossary/registries";
import { afterEach, describe, expect, it, vi } from "vitest";
import { must } from "../common/must";
import { numberWriter } from "../common/numbers";
import ar from "../i18n/ar";
import fr from "../i18n/fr";
import { resources } from "../resources";
import { listColumns } from "../resources/listColumns";
import { type CellContext, cellOf, territoriesByCode } from "./cells";
import { fetchOrEarly, startEarly } from "./early";
import { listTitleOf, menuOf, menuRegistries } from "./menu";
import { paintFirstScreen } from "./paint";
import { askReferences } from "./references";
import { translator } from "./words";
import { firstScreenWords } from "./wordsTable";

const context = (locale: "ar" | "fr"): CellContext => ({
  translate: translator(locale === "ar" ? ar : fr, locale),
  locale,
  numbers: numberWriter(locale),
  territories: territoriesByCode({
    regions: [
      {
        code: "MA-06",
        nameAr: "الدار البيضاء سطات",
        nameFr: "Casablanca-Settat",
        provinces: [{ code: "MA-CAS", nameAr: "الدار البيضاء", nameFr: "Casablanca" }],
      },
    ],
  }),
  references: new Map(),
});

afterEach(() => {
  document.body.innerHTML = "";
  vi.unstubAllGlobals();
});

describe("the first screen's words and columns", () => {
  it("lists every registry of the menu, in the menu's order, with columns for every registry list", () => {
    expect(menuRegistries).toEqual(resources.map((resource) => resource.name));
    for (const { name } of resources.filter((resource) => resource.name !== "imports")) {
      expect(Object.keys(listColumns)).toContain(name);
    }
  });

  it("names the columns and the page with the registry's words in both languages", () => {
    for (const locale of ["ar", "fr"] as const) {
      const translate = translator(locale === "ar" ? ar : fr, locale);
      const words = registryMessages(locale);
      for (const [name, columns] of Object.entries(listColumns)) {
        const fields = words[name]?.fields as Record<string, string>;
        for (const { source } of columns) expect(translate(`resources.${name}.fields.${source}`)).toBe(fields[source]);
      }
    }
    expect(listTitleOf(translator(ar, "ar"), "centers")).toBe("المراكز");
    expect(listTitleOf(translator(fr, "fr"), "centers")).toBe("Centres");
    expect(
      menuOf(translator(fr, "fr"))
        .slice(0, 3)
        .map((item) => item.label),
    ).toEqual(["Tableau de bord", "Bilan annuel", "Centres"]);
  });

  it("leaves out of the menu what the person may not list, as the console's canAccess does", () => {
    const translate = translator(fr, "fr");
    const finance = {
      user: { id: "finance", kind: "user" as const, name: "finance" },
      role: "finance",
      regions: "all" as const,
      pseudonymous: false,
      permissions: menuRegistries.filter((name) => name !== "imports").map((name) => `${name}:read`),
    };
    const hrefs = (me?: typeof finance) => menuOf(translate, me).map((item) => item.href);
    expect(hrefs(finance)).not.toContain("#/imports");
    expect(hrefs(finance)).toContain("#/centers");
    expect(hrefs({ ...finance, role: "admin", permissions: [] })).toContain("#/imports");
    expect(hrefs()).toContain("#/imports");
  });

  it("carries the words it shows, and only those, from the console's messages", () => {
    const words = firstScreenWords();
    for (const locale of ["ar", "fr"] as const) {
      const full = translator(locale === "ar" ? ar : fr, locale);
      const picked = translator(words[locale], locale);
      expect(menuOf(picked)).toEqual(menuOf(full));
      for (const [name, columns] of Object.entries(listColumns)) {
        expect(listTitleOf(picked, name)).toBe(listTitleOf(full, name));
        for (const column of columns) {
          const key = `resources.${name}.fields.${column.source}`;
          expect(picked(key)).toBe(full(key));
          if (!("list" in column)) continue;
          const values = Object.keys(
            ((locale === "ar" ? ar : fr).entraide as { enums: Record<string, object> }).enums[column.list] ?? {},
          );
          expect(values.length).toBeGreaterThan(0);
          for (const value of values) {
            expect(picked(`entraide.enums.${column.list}.${value}`)).toBe(
              full(`entraide.enums.${column.list}.${value}`),
            );
          }
        }
      }
      expect(JSON.stringify(words[locale]).length).toBeLessThan(JSON.stringify(locale === "ar" ? ar : fr).length / 3);
    }
  });

  it("shows each kind of cell as the console's fields do", () => {
    const [name, type, province, capacity, , openedOn] = listColumns.centers;
    const center = { name: "Centre A", type: "women", provinceCode: "MA-CAS", capacity: 1140, openedOn: "2012-03-01" };
    const fr = context("fr");
    expect(cellOf(name as never, center, fr)).toEqual({ text: "Centre A" });
    expect(cellOf(type as never, center, fr).text).toBe("Centre de la femme");
    expect(cellOf(province as never, center, fr).text).toBe("Casablanca");
    expect(cellOf(province as never, center, context("ar")).text).toBe("الدار البيضاء");
    expect(cellOf(capacity as never, center, fr).text).toBe(new Intl.NumberFormat("fr-MA").format(1140));
    expect(cellOf(openedOn as never, center, fr)).toEqual({ text: "01/03/2012", dir: "ltr" });
    const [lastName, , nationalId, , , , birthDate] = listColumns.beneficiaries;
    const masked = { lastName: "K.", nationalId: "BK****56", birthDate: "2010" };
    expect(cellOf(lastName as never, masked, fr)).toEqual({ text: "K.", dir: "auto" });
    expect(cellOf(nationalId as never, masked, fr)).toEqual({ text: "BK****56", dir: "ltr" });
    expect(cellOf(birthDate as never, masked, fr)).toEqual({ text: "2010", dir: "ltr" });
  });

  it("names the records an enrollment points at, as the console's reference fields do, once they are read", async () => {
    const beneficiary = must(listColumns.enrollments[0], "the person column");
    const center = must(listColumns.enrollments[1], "the center column");
    const enrollment = { beneficiaryId: "B1", centerId: "C1" };
    const asked: string[] = [];
    const records: Record<string, object> = {
      "/api/v1/beneficiaries/B1": { id: "B1", firstName: "Fatima", lastName: "Alaoui" },
      "/api/v1/centers/C1": { id: "C1", name: "Centre Hay Mohammadi" },
    };
    const get = async (path: string) => {
      asked.push(path);
      if (!records[path]) throw new Error("status 404");
      return records[path];
    };
    const references = await askReferences(
      listColumns.enrollments,
      [enrollment, enrollment, { beneficiaryId: "B2" }],
      get,
    );
    expect(asked.sort()).toEqual(["/api/v1/beneficiaries/B1", "/api/v1/beneficiaries/B2", "/api/v1/centers/C1"]);
    const fr = { ...context("fr"), references };
    expect(cellOf(beneficiary, enrollment, fr)).toEqual({ text: "\u2068Fatima Alaoui\u2069", dir: "auto" });
    expect(cellOf(center, enrollment, fr)).toEqual({ text: "Centre Hay Mohammadi", dir: "auto" });
    // A record that could not be read leaves its cell empty, for the console to fill.
    expect(cellOf(beneficiary, { beneficiaryId: "B2" }, fr).text).toBe("");
  });

  it("paints the rows under the list's headers, right to left in Arabic; a row opens its record", () => {
    const screen = paintFirstScreen({
      resource: "centers",
      columns: listColumns.centers,
      records: [{ id: "c1", name: "Centre A", type: "women", provinceCode: "MA-CAS", capacity: 40, status: "active" }],
      menu: menuOf(context("ar").translate),
      title: "المراكز",
      language: "العربية",
      username: "admin",
      context: context("ar"),
    });
    expect(screen.dir).toBe("rtl");
    expect([...screen.querySelectorAll("th")].map((th) => th.textContent)).toEqual(
      listColumns.centers.map(
        ({ source }) => (registryMessages("ar").centers?.fields as Record<string, string> | undefined)?.[source],
      ),
    );
    const row = screen.querySelector<HTMLTableRowElement>("tbody tr");
    expect(row?.cells[1]?.textContent).toBe("مراكز المرأة");
    row?.click();
    expect(window.location.hash).toBe("#/centers/c1/show");
  });
});

describe("requests started before the console boots", () => {
  it("hands an early answer once, to the same GET with the same token only", async () => {
    const fetch = vi.fn(async (url: string) => new Response(JSON.stringify({ url })));
    vi.stubGlobal("fetch", fetch);
    void startEarly("/api/v1/centers?limit=25", "t1", "ar");
    expect(fetch).toHaveBeenCalledTimes(1);
    await fetchOrEarly("/api/v1/centers?limit=25", { headers: { authorization: "Bearer t2" } });
    expect(fetch).toHaveBeenCalledTimes(2);
    await fetchOrEarly("/api/v1/centers?limit=25", { method: "POST", headers: { authorization: "Bearer t1" } });
    expect(fetch).toHaveBeenCalledTimes(3);
    await fetchOrEarly("/api/v1/centers?limit=25", { headers: { authorization: "Bearer t1" } });
    expect(fetch).toHaveBeenCalledTimes(3);
    await fetchOrEarly("/api/v1/centers?limit=25", { headers: { authorization: "Bearer t1" } });
    expect(fetch).toHaveBeenCalledTimes(4);
  });
});

import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { type AuthProvider, localStorageStore } from "react-admin";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../../App";
import { fakeFetch, type Recorded } from "../../api/fakeFetch";
import { must } from "../../common/must";
import { createDataProvider } from "../../dataProvider";
import { signedIn, signedInAs, staff } from "../../test-support/signedIn";

const ID = "01J00000000000000000000IMP";
const EXISTING = "01J0000000000000000000000B";
const CREATED = "01J0000000000000000000000C";
const counts = { rows: 11, valid: 8, invalid: 1, duplicates: 1, probableDuplicates: 1, created: 0, skipped: 0 };
const job = (status: string, over: object = {}) => ({
  id: ID,
  registry: "beneficiaries",
  fileName: "liste.xlsx",
  status,
  progress: { done: 11, total: 11 },
  counts,
  createdBy: "user:admin",
  createdAt: "2026-11-30T10:00:00Z",
  ...over,
});
const person = {
  id: EXISTING,
  firstName: "Mohamed",
  lastName: "Alaoui",
  sex: "male",
  birthDate: "1979-05-04",
  categories: ["elderly"],
  regionCode: "MA-06",
  provinceCode: "MA-CAS",
  areaType: "urban",
  consentGiven: true,
  version: 1,
};

/** A fake API whose import moves on as the console asks: validating → validated, then committing → committed. */
function importApi() {
  let polls = 0;
  let committed = false;
  const status = () => {
    polls++;
    if (committed)
      return polls > 1
        ? job("committed", { counts: { ...counts, created: 9, skipped: 2 } })
        : job("committing", { progress: { done: 4, total: 9 } });
    return polls > 1 ? job("validated") : job("validating", { progress: { done: 5, total: 11 } });
  };
  const rows: Record<string, unknown[]> = {
    invalid: [
      { row: 4, outcome: "invalid", issues: [{ column: "Date de naissance", message: "تاريخ غير صالح" }], matches: [] },
    ],
    probable_duplicate: [
      {
        row: 7,
        outcome: "probable_duplicate",
        issues: [],
        matches: [{ recordId: EXISTING, score: 0.93, reasons: ["same_birth_date", "first_name_across_scripts"] }],
      },
    ],
    created: [{ row: 2, outcome: "created", recordId: CREATED, issues: [], matches: [] }],
  };
  return fakeFetch([
    ["GET", /\/api\/v1\/territories$/, { body: { regions: [] } }],
    ["GET", /\/api\/v1\/imports\?/, { body: { items: [job("validated")], nextCursor: null } }],
    [
      "POST",
      /\/api\/v1\/imports$/,
      { status: 201, body: { id: ID, status: "awaiting_file", uploadUrl: `/api/v1/imports/${ID}/file` } },
    ],
    ["PUT", /\/file$/, { status: 204 }],
    [
      "POST",
      /\/validate$/,
      () => {
        polls = 0;
        return { status: 202, body: job("validating") };
      },
    ],
    [
      "POST",
      /\/commit$/,
      () => {
        polls = 0;
        committed = true;
        return { status: 202, body: job("committing") };
      },
    ],
    [
      "GET",
      /\/rows\?/,
      (request: Recorded) => ({
        body: {
          items: rows[new URL(request.url, "http://x").searchParams.get("outcome") ?? ""] ?? [],
          nextCursor: null,
        },
      }),
    ],
    ["GET", /\/report\?/, { body: "row;outcome" }],
    ["GET", /\/templates\/beneficiaries\?/, { body: "template" }],
    ["GET", new RegExp(`/imports/${ID}$`), () => ({ body: status() })],
    ["GET", new RegExp(`/beneficiaries/${EXISTING}$`), { body: person }],
    [
      "GET",
      new RegExp(`/beneficiaries/${CREATED}$`),
      { body: { ...person, id: CREATED, firstName: "Fatima", lastName: "Bennani" } },
    ],
  ]);
}

function renderAt(hash: string, authProvider: AuthProvider = signedIn) {
  const api = importApi();
  window.location.hash = hash;
  render(
    <App
      dataProvider={createDataProvider({ fetch: api.fetch })}
      authProvider={authProvider}
      store={localStorageStore()}
    />,
  );
  return api.requests;
}

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => "blob:file");
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.restoreAllMocks());

describe("the Imports page", () => {
  it("uploads a dropped file, follows the dry run, shows the problem rows, commits and shows the final counts", async () => {
    const requests = renderAt("#/imports/create");
    const file = new File(["x"], "liste.xlsx");
    fireEvent.drop(await screen.findByTestId("dropzone"), { dataTransfer: { files: [file] } });

    expect(await screen.findByTestId("progress")).toHaveTextContent("5 من 11 سطر");
    const sent = requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.url}`);
    expect(sent).toEqual([
      "POST /api/v1/imports",
      `PUT /api/v1/imports/${ID}/file`,
      `POST /api/v1/imports/${ID}/validate`,
    ]);
    expect(
      must(
        requests.find((r) => r.method === "POST"),
        "the POST request",
      ).body,
    ).toEqual({
      registry: "beneficiaries",
      format: "xlsx",
      fileName: "liste.xlsx",
    });

    const counted = await screen.findByTestId("counts");
    expect(within(counted).getByText("غير صالحة").previousSibling).toHaveTextContent("1");
    expect(within(counted).getByText("تكرارات محتملة").previousSibling).toHaveTextContent("1");
    expect(await screen.findByText("تاريخ غير صالح")).toBeInTheDocument();
    expect(screen.getByText("Date de naissance")).toBeInTheDocument();

    fireEvent.click(screen.getByRole("tab", { name: "تكرارات محتملة" }));
    expect(await screen.findByRole("link", { name: /Mohamed Alaoui/ })).toHaveAttribute(
      "href",
      `#/beneficiaries/${EXISTING}/show`,
    );
    expect(screen.getByText("الاسم الشخصي ≈ بين العربية واللاتينية")).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: /تحميل التقرير \(CSV\)/ }));
    await waitFor(() =>
      expect(requests.some((r) => r.url.endsWith(`/imports/${ID}/report?format=csv&lang=ar`))).toBe(true),
    );

    fireEvent.click(screen.getByRole("checkbox", { name: "إنشاء التكرارات المحتملة أيضًا" }));
    fireEvent.click(screen.getByRole("button", { name: "استيراد الأسطر الصالحة" }));
    await waitFor(() =>
      expect(requests.find((r) => r.url.endsWith("/commit"))?.body).toEqual({ createProbableDuplicates: true }),
    );
    expect(await screen.findByText("تم الاستيراد", { selector: ".MuiAlert-message" })).toBeInTheDocument();
    const final = screen.getByTestId("counts");
    expect(within(final).getByText("مُنشأة").previousSibling).toHaveTextContent("9");
    fireEvent.click(screen.getByRole("tab", { name: "مُنشأة" }));
    expect(await screen.findByRole("link", { name: /Fatima Bennani/ })).toHaveAttribute(
      "href",
      `#/beneficiaries/${CREATED}/show`,
    );
  });

  it("refuses a file that is neither CSV nor XLSX without calling the API", async () => {
    const requests = renderAt("#/imports/create");
    fireEvent.change(await screen.findByTestId("file-input"), { target: { files: [new File(["x"], "photo.png")] } });
    expect(await screen.findByText("يجب أن يكون الملف بصيغة CSV أو XLSX.")).toBeInTheDocument();
    expect(requests.filter((r) => r.url.includes("/imports"))).toEqual([]);
  });

  it("downloads the template of the chosen registry in the chosen language", async () => {
    renderAt("#/imports/create");
    fireEvent.click(await screen.findByRole("button", { name: "تحميل النموذج" }));
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
  });

  it("lists past imports with who, when, registry and counts, and opens one", async () => {
    renderAt("#/imports");
    expect(await screen.findByRole("menuitem", { name: "استيراد" })).toBeInTheDocument();
    const cell = await screen.findByText("liste.xlsx");
    const row = must(cell.closest("tr"), "the import's table row");
    expect(row).toHaveTextContent("user:admin");
    expect(row).toHaveTextContent("المستفيدون");
    expect(row).toHaveTextContent("صالحة 8");
    fireEvent.click(cell);
    expect(await screen.findByTestId("import")).toBeInTheDocument();
  });

  it("is not in finance staff's menu", async () => {
    renderAt("#/centers", signedInAs(staff.finance));
    expect(await screen.findByRole("menuitem", { name: "المراكز" })).toBeInTheDocument();
    expect(screen.queryByRole("menuitem", { name: "استيراد" })).toBeNull();
  });

  it("is in a regional officer's menu", async () => {
    renderAt("#/centers", signedInAs(staff.regional));
    expect(await screen.findByRole("menuitem", { name: "استيراد" })).toBeInTheDocument();
  });
});

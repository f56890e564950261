import { fireEvent, render, screen, within } from "@testing-library/react";
import { localStorageStore } from "react-admin";
import { describe, expect, it } from "vitest";
import { App } from "../../App";
import { fakeFetch } from "../../api/fakeFetch";
import { createDataProvider } from "../../dataProvider";
import { signedIn } from "../../test-support/signedIn";

const ID = "01J0000000000000000000000A";
const OTHER = "01J0000000000000000000000B";
const person = (id: string, firstName: string, lastName: string) => ({
  id,
  firstName,
  lastName,
  sex: "male",
  birthDate: "1979-05-04",
  categories: ["elderly"],
  regionCode: "MA-06",
  provinceCode: "MA-CAS",
  areaType: "urban",
  consentGiven: true,
  version: 1,
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
});

function renderShow(duplicates: unknown[]) {
  const { fetch, requests } = fakeFetch([
    ["GET", /\/api\/v1\/territories$/, { body: { regions: [] } }],
    ["GET", new RegExp(`/beneficiaries/${ID}/duplicates$`), { body: { items: duplicates } }],
    ["GET", new RegExp(`/beneficiaries/${ID}$`), { body: person(ID, "محمد", "العلوي") }],
    ["GET", new RegExp(`/beneficiaries/${OTHER}$`), { body: person(OTHER, "Mohammed", "El Alaoui") }],
    // The page lists the person's enrollments, aid and grants too.
    ["GET", /\/api\/v1\/(enrollments|aid-distributions|grants)\?/, { body: { items: [], nextCursor: null } }],
  ]);
  window.location.hash = `#/beneficiaries/${ID}/show`;
  render(<App dataProvider={createDataProvider({ fetch })} authProvider={signedIn} store={localStorageStore()} />);
  return requests;
}

describe("the probable duplicates on a beneficiary's page", () => {
  it("lists each one by name, linked, with its score and reasons in Arabic", async () => {
    renderShow([
      { recordId: OTHER, score: 0.93, reasons: ["same_birth_date", "same_sex", "first_name_across_scripts"] },
    ]);
    const panel = await screen.findByTestId("duplicates-panel");
    const link = await within(panel).findByRole("link", { name: /Mohammed El Alaoui/ });
    expect(link).toHaveAttribute("href", `#/beneficiaries/${OTHER}/show`);
    expect(within(panel).getByText("نفس تاريخ الازدياد")).toBeInTheDocument();
    expect(within(panel).getByText("الاسم الشخصي ≈ بين العربية واللاتينية")).toBeInTheDocument();
    expect(within(panel).getByText(/93/)).toBeInTheDocument();
  });

  it("says so when there is none, in French too", async () => {
    renderShow([]);
    expect(await screen.findByText("لا يوجد تكرار محتمل")).toBeInTheDocument();
    fireEvent.click(await screen.findByRole("button", { name: /العربية/ }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Français" }));
    expect(await screen.findByText("Aucun doublon probable")).toBeInTheDocument();
  });
});

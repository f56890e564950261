import { render, screen, waitFor, within } from "@testing-library/react";
import { localStorageStore } from "react-admin";
import { describe, expect, it } from "vitest";
import { App } from "../App";
import { fakeFetch } from "../api/fakeFetch";
import type { Me } from "../auth/access";
import { createDataProvider } from "../dataProvider";
import { signedInAs, staff } from "../test-support/signedIn";

const bilan = {
  year: 2015,
  computedAt: "2016-01-05T02:00:00Z",
  frozen: true,
  runKey: "2015#frozen",
  values: { "centers.active": 3988, "beneficiaries.served": 494000 },
  breakdowns: { "centers.byType": { women: 120, elderly: 40 } },
  sourceCounts: {},
  missingSources: [],
  exports: [],
};

function renderHome(me: Me) {
  const { fetch } = fakeFetch([
    ["GET", /\/api\/v1\/territories$/, { body: { regions: [] } }],
    [
      "GET",
      /\/api\/v1\/indicators$/,
      { body: { items: [{ year: 2015, status: "frozen", computedAt: bilan.computedAt }] } },
    ],
    ["GET", /\/api\/v1\/indicators\/2015$/, { body: bilan }],
  ]);
  window.location.hash = "#/";
  render(
    <App dataProvider={createDataProvider({ fetch })} authProvider={signedInAs(me)} store={localStorageStore()} />,
  );
}

describe("the dashboard", () => {
  it("labels the bilan's figures and charts from the glossary, in Arabic", async () => {
    renderHome(staff.admin);
    const card = await screen.findByText("المراكز النشطة");
    expect(card.closest("[data-figure]")).toHaveAttribute("data-figure", "centers.active");
    expect(within(card.closest("[data-figure]") as HTMLElement).getByText(/3[,.\s٬]?988|٣٬?٩٨٨/)).toBeInTheDocument();
    expect(document.querySelector('[data-figure="beneficiaries.served"]')).toHaveTextContent("المستفيدون");
    expect(screen.getByText("المراكز النشطة حسب النوع")).toBeInTheDocument();
    expect(screen.queryByText("centers.active")).toBeNull();
  });

  it("sends finance staff, who only read, to the bilan page", async () => {
    renderHome(staff.finance);
    await waitFor(() => expect(window.location.hash).toBe("#/bilan"));
  });
});

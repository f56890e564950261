import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { localStorageStore } from "react-admin";
import { describe, expect, it } from "vitest";
import { App } from "./App";
import { fakeFetch } from "./api/fakeFetch";
import { createDataProvider } from "./dataProvider";
import { signedIn } from "./test-support/signedIn";

function renderConsole() {
  const { fetch } = fakeFetch([
    ["GET", /\/api\/v1\/territories$/, { body: { regions: [] } }],
    ["GET", /\/api\/v1\/centers\?/, { body: { items: [], nextCursor: null } }],
  ]);
  window.location.hash = "#/centers";
  return render(
    <App dataProvider={createDataProvider({ fetch })} authProvider={signedIn} store={localStorageStore()} />,
  );
}

describe("the language of the console", () => {
  it("is Arabic, right to left, by default", async () => {
    renderConsole();
    expect(await screen.findByRole("menuitem", { name: "المراكز" })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute("dir", "rtl");
    expect(document.documentElement).toHaveAttribute("lang", "ar");
  });

  it("switches to French from the app bar, left to right, and is remembered", async () => {
    const first = renderConsole();
    fireEvent.click(await screen.findByRole("button", { name: /العربية/ }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Français" }));
    expect(await screen.findByRole("menuitem", { name: "Centres" })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement).toHaveAttribute("dir", "ltr"));
    expect(document.documentElement).toHaveAttribute("lang", "fr");
    expect(localStorage.getItem("RaStore.locale")).toBe('"fr"');
    first.unmount();

    // A new visit starts in the language chosen last time.
    renderConsole();
    expect(await screen.findByRole("menuitem", { name: "Centres" })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute("dir", "ltr");
  });
});

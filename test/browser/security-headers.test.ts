import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { consoleSession } from "./support/session";

/** The console runs under its Content-Security-Policy: every page, no violation. */
const session = consoleSession("ar");

describe("the console under its security headers", () => {
  it("is served with CSP, nosniff, a referrer policy and HSTS", async () => {
    for (const path of ["/", "/index.html", "/centers"]) {
      const answer = await fetch(`${session.server.url}${path}`);
      const csp = answer.headers.get("content-security-policy") ?? "";
      // Scripts: the console's files, and the page's one inline script by its hash (never 'unsafe-inline').
      const inline = [...(await answer.text()).matchAll(/<script(?: [^>]*)?>([\s\S]+?)<\/script>/g)].map(
        (m) => m[1] ?? "",
      );
      expect(inline, path).toHaveLength(1);
      const hash = `'sha256-${createHash("sha256")
        .update(inline[0] ?? "")
        .digest("base64")}'`;
      expect(csp.match(/script-src [^;]*/)?.[0], path).toBe(`script-src 'self' ${hash}`);
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(answer.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(answer.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(answer.headers.get("strict-transport-security"), path).toMatch(/^max-age=\d+/);
    }
  });

  it("runs its pages with no CSP violation", async () => {
    const { page, server } = session;
    const violations: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const held = window as unknown as { __csp?: string[] };
        const list = held.__csp ?? [];
        held.__csp = list;
        list.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    for (const hash of ["#/", "#/centers", "#/centers/create", "#/beneficiaries", "#/marketplace-spaces"]) {
      await page.goto(`${server.url}/${hash}`);
      await page.locator("main, [role=main], #root > *").first().waitFor();
      await page.waitForLoadState("networkidle");
      violations.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
    }
    // The page really rendered with its styles (emotion's inline <style> elements are allowed).
    expect(await page.locator("style[data-emotion]").count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });
});

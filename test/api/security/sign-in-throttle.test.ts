import { beforeAll, describe, expect, it } from "vitest";
import { createSignInThrottle, defaultThrottlePolicy } from "../../../packages/functions/src/auth/sign-in-throttle.js";
import { testApi } from "../../support/api.js";
import { TEST_PASSWORD } from "../../support/auth.js";

/** Sign-in under password guessing: waits that grow, 429 with Retry-After, and the right password again after the window. */
let clock = Date.parse("2026-01-05T08:00:00Z");
let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi({
    signInThrottle: createSignInThrottle({ ...defaultThrottlePolicy, maxDelayMs: 50 }, () => clock),
  });
});

/** A sign-in from one address, as the platform reports it (API Gateway's sourceIp). */
async function signIn(username: string, password: string, address: string) {
  const answer = await api.app.request(
    "/api/auth/login",
    {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "fr" },
      body: JSON.stringify({ username, password }),
    },
    { requestContext: { http: { sourceIp: address } } },
  );
  return {
    status: answer.status,
    retryAfter: answer.headers.get("retry-after"),
    body: (await answer.json()) as { error?: { code: string; message: string } },
  };
}

describe("signing in under password guessing", () => {
  it("locks the guessing address with growing waits, and lets the right password in once the wait is over", async () => {
    const attacker = "203.0.113.7";
    for (let i = 0; i < 5; i++) expect((await signIn("finance", `guess-${i}`, attacker)).status).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const locked = await signIn("finance", TEST_PASSWORD, attacker);
      expect(locked.status).toBe(429);
      expect(locked.body.error).toMatchObject({ code: "too_many_attempts" });
      expect(locked.body.error?.message).toMatch(/^Trop de tentatives de connexion ; réessayez dans \d+ s$/);
      waits.push(Number(locked.retryAfter));
      clock += Number(locked.retryAfter) * 1000; // wait as told, then guess wrong again
      expect((await signIn("finance", `again-${i}`, attacker)).status).toBe(401);
    }
    expect(waits).toEqual([2, 4, 8, 16]);
    const wait = Number((await signIn("finance", TEST_PASSWORD, attacker)).retryAfter);
    clock += wait * 1000;
    expect((await signIn("finance", TEST_PASSWORD, attacker)).status).toBe(200);
  });

  it("forgets failures after the window", async () => {
    const address = "198.51.100.20";
    for (let i = 0; i < 9; i++) await signIn("officer-ma06", "wrong", address);
    expect((await signIn("officer-ma06", TEST_PASSWORD, address)).status).toBe(429);
    clock += (defaultThrottlePolicy.windowSeconds + 1) * 1000;
    expect((await signIn("officer-ma06", TEST_PASSWORD, address)).status).toBe(200);
  });

  it("never keeps admin out from another address, however many guesses come from elsewhere", async () => {
    for (const attacker of ["192.0.2.1", "192.0.2.2", "192.0.2.3"]) {
      for (let i = 0; i < 12; i++) await signIn("admin", `guess-${i}`, attacker);
      expect((await signIn("admin", TEST_PASSWORD, attacker)).status).toBe(429);
    }
    const office = await signIn("admin", TEST_PASSWORD, "10.20.30.40");
    expect(office.status).toBe(200);
  });

  it("declares 429 and Retry-After on sign-in in the document", async () => {
    const doc = (await api.call("GET", "/api/openapi.json")).body;
    expect(doc.paths["/api/auth/login"].post.responses["429"].headers).toHaveProperty("Retry-After");
  });
});

import { describe, expect, it } from "vitest";
import { EarlyAnswers } from "./early";

describe("answers asked for ahead of time", () => {
  it("hands the early answer once, then asks again", async () => {
    const early = new EarlyAnswers<string>();
    let asked = 0;
    const ask = async () => `answer ${++asked}`;
    early.start("centers", ask);
    early.start("centers", ask);
    expect(asked).toBe(1);
    expect(await early.take("centers", ask)).toBe("answer 1");
    expect(await early.take("centers", ask)).toBe("answer 2");
  });

  it("asks again when the early answer failed, is too old, or was for another question", async () => {
    let now = 0;
    const early = new EarlyAnswers<string>(10_000, () => now);
    early.start("failed", () => Promise.reject(new Error("401")));
    expect(await early.take("failed", async () => "fresh")).toBe("fresh");
    early.start("old", async () => "stale");
    now = 10_001;
    expect(await early.take("old", async () => "fresh")).toBe("fresh");
    early.start("centers", async () => "early");
    expect(await early.take("beneficiaries", async () => "fresh")).toBe("fresh");
  });
});

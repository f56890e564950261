import { describe, expect, it } from "vitest";
import { figureFormat, kindOf } from "./format";

describe("the bilan's figures as written", () => {
  it("tells shares, amounts and counts apart by their key", () => {
    expect(kindOf("centers.ruralOrSemiUrbanShare")).toBe("share");
    expect(kindOf("aid.valueMad")).toBe("mad");
    expect(kindOf("aid.valueMadByKind")).toBe("mad");
    expect(kindOf("centers.active")).toBe("count");
  });

  it("gives the change from last year in units and percent, and in points for a share", () => {
    const fr = figureFormat("fr");
    expect(fr.change("centers.active", 110, 100)).toEqual({
      delta: "+10",
      percent: expect.stringMatching(/^\+10\s?%$/),
      sign: 1,
    });
    expect(fr.change("centers.active", 90, 100)).toMatchObject({ delta: expect.stringMatching(/^[-−]10$/), sign: -1 });
    expect(fr.change("centers.active", 5, 0)).toEqual({ delta: "+5", percent: undefined, sign: 1 });
    expect(fr.change("centers.ruralOrSemiUrbanShare", 0.55, 0.5)).toMatchObject({ delta: "+5 pt", sign: 1 });
    expect(fr.value("centers.ruralOrSemiUrbanShare", 0.491)).toMatch(/^49,1\s?%$/);
  });
});

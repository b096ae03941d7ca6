import { describe, expect, it } from "vitest";
import { drawFirstScreen } from "./warm-up.js";

describe("drawFirstScreen", () => {
  it("draws the whole first screen, list and detail, on a terminal nobody sees", async () => {
    const frame = await drawFirstScreen();
    expect(frame).toContain("1 Missions");
    expect(frame).toContain("Dutch personnel figures");
  });
});

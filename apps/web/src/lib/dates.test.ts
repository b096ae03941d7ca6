import { describe, expect, it } from "vitest";
import { formatAsOf } from "./dates";

const open = "from {from}";

describe("formatAsOf", () => {
  it("formats a date, a closed period and an open one", () => {
    expect(formatAsOf("2014", "en", open)).toBe("2014");
    expect(formatAsOf({ from: "2012", to: "2014-06" }, "en", open)).toBe("2012 – June 2014");
    expect(formatAsOf({ from: "2013" }, "nl", "vanaf {from}")).toBe("vanaf 2013");
  });
});

import { describe, expect, it } from "vitest";
import { formatAsOf, formatPartialDate, yearPosition } from "./dates";

const open = "from {from}";

describe("formatPartialDate", () => {
  it.each([
    ["2014", "en", "2014"],
    ["1956-07", "en", "July 1956"],
    ["1956-07", "nl", "juli 1956"],
    ["2015-05-20", "en", "20 May 2015"],
    ["2015-05-20", "nl", "20 mei 2015"],
  ] as const)("formats %s in %s as %s", (date, locale, expected) => {
    expect(formatPartialDate(date, locale)).toBe(expected);
  });
});

it("shortens months for tables", () => {
  expect(formatPartialDate("2004-12-02", "en", "short")).toBe("2 Dec 2004");
  expect(formatPartialDate("2013-06", "nl", "short")).toBe("jun 2013");
});

describe("formatAsOf", () => {
  it("formats a date, a closed period and an open one", () => {
    expect(formatAsOf("2014", "en", open)).toBe("2014");
    expect(formatAsOf({ from: "2012", to: "2014-06" }, "en", open)).toBe("2012 – June 2014");
    expect(formatAsOf({ from: "2013" }, "nl", "vanaf {from}")).toBe("vanaf 2013");
  });
});

describe("yearPosition", () => {
  it("places a year's start at its first day and its end after its last", () => {
    expect(yearPosition("2014", "start")).toBe(2014);
    expect(yearPosition("2014", "end")).toBe(2015);
  });
  it("places months and days inside their year", () => {
    expect(yearPosition("1956-07", "start")).toBeCloseTo(1956 + 182 / 366, 5);
    expect(yearPosition("2015-12", "end")).toBe(2016);
    const day = yearPosition("2015-05-20", "start");
    expect(day).toBeGreaterThan(2015.37);
    expect(day).toBeLessThan(2015.39);
    expect(yearPosition("2015-05-20", "end")).toBeGreaterThan(day);
  });
});

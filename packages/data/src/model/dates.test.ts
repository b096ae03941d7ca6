import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareDates,
  firstDay,
  formatPartialDate,
  isCertainlyBefore,
  lastDay,
  yearPosition,
} from "./dates.js";

/** A full ISO date between 1900 and 2099. */
const day = fc
  .date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("formatPartialDate", () => {
  it.each([
    ["2014", "en", "2014"],
    ["1956-07", "en", "July 1956"],
    ["1956-07", "nl", "juli 1956"],
    ["2015-05-20", "en", "20 May 2015"],
    ["2015-05-20", "nl", "20 mei 2015"],
    ["2017-02-28", "nl", "28 februari 2017"],
  ] as const)("formats %s in %s as %s", (date, lang, expected) => {
    expect(formatPartialDate(date, lang)).toBe(expected);
  });

  it("shortens months for tables", () => {
    expect(formatPartialDate("2004-12-02", "en", "short")).toBe("2 Dec 2004");
    expect(formatPartialDate("2013-06", "nl", "short")).toBe("jun 2013");
  });

  it("never moves a date to another day, whatever the machine's time zone", () => {
    expect(formatPartialDate("2000-01-01", "en")).toBe("1 January 2000");
    expect(formatPartialDate("1999-12-31", "en")).toBe("31 December 1999");
  });
});

describe("yearPosition", () => {
  it("places a year's start at its first day and its end after its last", () => {
    expect(yearPosition("2014", "start")).toBe(2014);
    expect(yearPosition("2014", "end")).toBe(2015);
    expect(yearPosition("2015-12", "end")).toBe(2016);
    expect(yearPosition("1956-07", "start")).toBeCloseTo(1956 + 182 / 366, 5);
  });

  it("keeps every date's span inside the span of the year or month it lies in", () => {
    fc.assert(
      fc.property(day, (date) => {
        const [start, end] = [yearPosition(date, "start"), yearPosition(date, "end")];
        expect(start).toBeLessThan(end);
        expect(start).toBeGreaterThanOrEqual(yearPosition(date.slice(0, 7), "start"));
        expect(end).toBeLessThanOrEqual(yearPosition(date.slice(0, 7), "end"));
        expect(end).toBeLessThanOrEqual(yearPosition(date.slice(0, 4), "end"));
      }),
    );
  });
});

describe("firstDay, lastDay, isCertainlyBefore", () => {
  it("spans what a partial date can mean", () => {
    expect([firstDay("2014"), lastDay("2014")]).toEqual(["2014-01-01", "2014-12-31"]);
    expect(lastDay("2016-02")).toBe("2016-02-29");
    expect(lastDay("2015-02")).toBe("2015-02-28");
    expect(isCertainlyBefore("2014", "2015-01")).toBe(true);
    expect(isCertainlyBefore("2014-06", "2014")).toBe(false);
  });
});

describe("compareDates", () => {
  const partial = fc.tuple(day, fc.constantFrom(4, 7, 10)).map(([d, n]) => d.slice(0, n));

  it("orders dates as time does, a year or month before the days within it", () => {
    fc.assert(
      fc.property(partial, partial, (a, b) => {
        const order = Math.sign(compareDates(a, b));
        if (firstDay(a) !== firstDay(b))
          expect(order).toBe(Math.sign(Date.parse(firstDay(a)) - Date.parse(firstDay(b))));
        else expect(order).toBe(Math.sign(a.length - b.length));
      }),
    );
    expect(["2014-05", "1948", "2014", "2014-05-01"].sort(compareDates)).toEqual([
      "1948",
      "2014",
      "2014-05",
      "2014-05-01",
    ]);
  });
});

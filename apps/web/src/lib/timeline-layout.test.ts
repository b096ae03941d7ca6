import { describe, expect, it } from "vitest";
import { span, spanShape, timelineDomain } from "./timeline-layout";

describe("timeline layout", () => {
  it("spans every day a partial date allows", () => {
    expect(span({ start: "2009", end: "2016" })).toEqual({ from: 2009, to: 2017 });
    expect(span({ start: undefined, end: undefined })).toBeUndefined();
    expect(span({ start: undefined, end: "2016-09" })).toEqual({
      from: null,
      to: 2016 + 274 / 366,
    });
  });

  it("runs from the decade of the earliest date to the year after the latest", () => {
    const d = timelineDomain(
      [span({ start: "1948-05-29", end: undefined }), span({ start: "2014", end: "2022-03-31" })],
      [2015.4],
    );
    expect(d.from).toBe(1940);
    expect(d.to).toBe(2024);
    expect(d.ticks[0]).toBe(1940);
    expect(d.ticks.at(-1)).toBe(2020);
  });

  it("draws an unrecorded end open to the axis end, and an unrecorded start as an end marker", () => {
    expect(spanShape({ from: 2009, to: null }, 2024)).toEqual({
      kind: "bar",
      from: 2009,
      to: 2024,
      openEnd: true,
    });
    expect(spanShape({ from: 2009, to: 2017 }, 2024)).toMatchObject({ openEnd: false });
    expect(spanShape({ from: null, to: 2016.75 }, 2024)).toEqual({ kind: "endOnly", at: 2016.75 });
  });
});

import { describe, expect, it } from "vitest";
import { CHART, monthlyChart, yStep } from "./monthly-chart";

const category = (key: string, values: (number | undefined)[], isTotal = false) => ({
  key,
  isTotal,
  values,
  max: Math.max(...values.filter((v) => v !== undefined)),
});

describe("monthlyChart", () => {
  it("picks a step of 1, 2 or 5 that gives at most five intervals", () => {
    expect([2, 5, 13, 29, 117].map(yStep)).toEqual([1, 1, 5, 10, 50]);
  });

  it("breaks a line at a month without a figure and draws a lone month as a dot", () => {
    const months = ["2013-01", "2013-02", "2013-03", "2013-04", "2013-05"];
    const chart = monthlyChart(months, [category("a", [1, 1, undefined, 2, undefined])]);
    const [line] = chart.lines;
    expect(line?.path.match(/M/g)).toHaveLength(2);
    expect(line?.path.match(/L/g)).toHaveLength(1);
    expect(line?.dots).toHaveLength(1);
  });

  it("spans the plot from the first month to the last and from 0 to a round maximum", () => {
    const months = ["2013-12", "2014-01", "2014-02"];
    const chart = monthlyChart(months, [category("t", [12, 12, 13], true)]);
    expect(chart.yMax).toBe(15);
    expect(chart.yTicks.map((t) => t.value)).toEqual([0, 5, 10, 15]);
    expect(chart.yTicks[0]?.y).toBe(CHART.height - CHART.bottom);
    expect(chart.xTicks).toEqual([
      { x: CHART.left + (CHART.width - CHART.left - CHART.right) / 2, month: "2014-01" },
    ]);
    expect(chart.lines[0]?.path.startsWith(`M${CHART.left},`)).toBe(true);
  });
});

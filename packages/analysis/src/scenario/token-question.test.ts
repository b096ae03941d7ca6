import { bundledDataset, formatBounds } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { loadAssessment } from "../assessment/load.js";
import { assessmentTemplate } from "../assessment/template.js";
import { formatInterval } from "../interval.js";
import { portfolioFromDataset } from "../portfolio/build.js";
import { endTokenOutsideLargest } from "./token-plan.js";
import { answerTokenQuestion } from "./token-question.js";

const ds = bundledDataset();
const p = portfolioFromDataset(ds, { asOf: "2014" });

// The issue's question, on the bundled 2014 dataset: "If we ended every contribution of five
// people or fewer outside the two largest groups, how many missions, groups and regions would
// remain, how concentrated would the portfolio be, and what did our own assessment say about each
// one we would end?"
describe("answerTokenQuestion, on the 2014 dataset", () => {
  const template = loadAssessment({ file: "template.yaml", text: assessmentTemplate(ds) }, ds);
  if (!template.ok) throw new Error("the template must load");
  const answer = answerTokenQuestion(p, { keep: 2, threshold: 5, assessment: template.assessment });

  it("ranks the groups by their figures: capacity building and the Middle East are the two largest", () => {
    expect(answer.plan.ranks.map((r) => [r.key, r.rank])).toEqual([
      ["balkans", "out"],
      ["middle-east-peace-process", "in"],
      ["capacity-building-africa-asia", "in"],
      ["osce-ukraine-observers", "out"],
    ]);
  });

  it("ends EUFOR Althea (3–5) and the OSCE mission (3), and calls KFOR and EULEX indeterminate, not token", () => {
    expect(answer.ended.map((e) => [e.label, formatBounds(e.personnel), e.token])).toEqual([
      ["EUFOR Althea", "3–5", "yes"],
      ["OSCE SMM", "3", "yes"],
    ]);
    // The letter gives the Balkans "about ten" in all: what EUFOR leaves is up to about seven.
    expect(
      answer.indeterminate.map((e) => [e.label, formatBounds(e.personnel), e.because]),
    ).toEqual([
      ["EULEX Kosovo", "≈ 0–7", ["size"]],
      ["KFOR", "≈ 0–7", ["size"]],
    ]);
  });

  it("says what would remain, as intervals over the indeterminate ones", () => {
    const r = answer.remaining;
    expect(formatInterval(r.contributions)).toBe("12–14");
    expect(formatInterval(r.groups)).toBe("2–3");
    expect(formatInterval(r.regions)).toBe("6–7");
    // "More than forty" has no upper bound: the portfolio may be wholly concentrated in it.
    expect(formatInterval(r.concentration, { digits: 2 })).toBe("0.46–1");
    const hhi = answer.comparison.rows.find((row) => row.id === "concentration");
    expect(hhi?.values.map((v) => formatInterval(v, { digits: 2 }))).toEqual([
      "0.4–1",
      "0.46–1",
      "0.56–1",
    ]);
  });

  it("gives our own assessment of each one it would end, here the unfilled template: not rated", () => {
    for (const e of answer.ended) {
      expect(e.assessment?.ratings).toHaveLength(6);
      expect(e.assessment?.ratings.every((r) => r.rating === null)).toBe(true);
    }
    expect(answerTokenQuestion(p).ended[0]?.assessment).toBeNull();
  });

  it("builds scenarios that end exactly those, the second also the indeterminate ones", () => {
    const plan = endTokenOutsideLargest(p);
    expect(plan.scenario.operations).toEqual([
      { op: "end", id: "eufor-althea" },
      { op: "end", id: "osce-smm" },
    ]);
    expect(plan.widest.operations.map((o) => ("id" in o ? o.id : ""))).toEqual([
      "eufor-althea",
      "osce-smm",
      "eulex-kosovo",
      "kfor",
    ]);
  });

  it("with a threshold of three, leaves EUFOR's three to five indeterminate", () => {
    const strict = answerTokenQuestion(p, { threshold: 3 });
    expect(strict.ended.map((e) => e.id)).toEqual(["osce-smm"]);
    expect(strict.indeterminate.map((e) => e.id)).toContain("eufor-althea");
  });
});

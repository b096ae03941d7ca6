import { loadAssessment } from "@inzet/analysis";
import { bundledDataset } from "@inzet/data";
import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { LoadedAssessment } from "../io.js";
import { GOOD_ASSESSMENT } from "../test/assessment-fixture.js";
import { syntheticDataset } from "../test/synthetic.js";
import { KEY, renderApp } from "./test/render-app.js";

afterEach(() => cleanup());

/** The detail pane's line that starts with `label`, right of the list's border. */
const detailRow = (frame: string, label: string) =>
  frame
    .split("\n")
    .map((line) => line.split("│")[1]?.trim() ?? "")
    .find((line) => line.startsWith(label)) ?? "";

const cursorLine = (frame: string) => frame.split("\n").find((l) => l.startsWith("›")) ?? "";

/** The detail pane as one line of text, as a reader reads on across its wrapped lines. */
const detailText = (frame: string) =>
  frame
    .split("\n")
    .map((line) => line.split("│")[1] ?? "")
    .join(" ")
    .replace(/\s+/g, " ");

/** Pages down the focused detail until `text` shows, as a reader would. */
async function readOnUntil(app: Awaited<ReturnType<typeof renderApp>>, text: string) {
  for (let page = 0; page < 8 && !app.frame().includes(text); page++) await app.press(KEY.pageDown);
  return app.waitForText(text);
}

function goodAssessment(): LoadedAssessment {
  const result = loadAssessment({ file: "good.yaml", text: GOOD_ASSESSMENT }, bundledDataset());
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { file: "good.yaml", assessment: result.assessment };
}

describe("the Portfolio view", () => {
  it("shows the metrics as intervals and the groups' personnel; space ends a contribution", async () => {
    const app = await renderApp({ rows: 30 });
    await app.press("7");
    const first = await app.waitForText("Portfolio as of 31 December 2014: 16 contributions");
    expect(detailRow(first, "Contributions")).toMatch(/^Contributions +16 +16$/);
    expect(detailRow(first, "Concentration (HHI)")).toMatch(/0\.4–1 +0\.4–1$/);
    expect(first).toMatch(/Balkans +≈ 10 +≈ 10 +█+▓+▒+/);
    expect(cursorLine(first)).toContain("✓ EUFOR Althea");
    await app.press(" ");
    const ended = await app.waitFor((f) => cursorLine(f).includes("✗ EUFOR Althea"));
    expect(detailRow(ended, "Contributions")).toMatch(/16 +15 \*$/);
    expect(detailRow(ended, "Balkans")).toMatch(/≈ 10 +≈ 5–7/);
    expect(ended).toContain("16 → 15 contributions · 4 groups");
    await app.press(" ");
    await app.waitFor(
      (f) => cursorLine(f).includes("✓ EUFOR Althea") && f.includes("16 contributions ·"),
    );
  });

  it("sets the token preset with t, shows what it ends and cannot tell, and undoes it", async () => {
    const app = await renderApp({ view: "portfolio", rows: 30 });
    await app.waitForText("Portfolio as of");
    await app.press("t");
    const preset = await app.waitForText("Token preset: 2 contributions ended");
    expect(detailRow(preset, "Contributions")).toMatch(/16 +14 \*$/);
    expect(detailRow(preset, "Concentration (HHI)")).toMatch(/0\.4–1 +0\.46–1 \*$/);
    expect(preset).toMatch(/✗ EUFOR Althea/);
    expect(preset).toMatch(/✗ OSCE SMM/);
    expect(preset).toMatch(/✓ KFOR/);
    expect(detailText(preset)).toContain("Ended: EUFOR Althea (3–5), OSCE SMM (3)");
    expect(detailText(preset)).toContain(
      "Not ended, as the figures cannot tell: EULEX Kosovo (≈ 0–7), KFOR (≈ 0–7)",
    );
    expect(detailText(preset)).toContain("Remaining: 12–14 of 16 contributions, 2–3 of 4 groups");
    expect(preset).toContain("t undo preset");
    await app.press("t");
    const undone = await app.waitForText("Token preset undone");
    expect(detailRow(undone, "Contributions")).toMatch(/16 +16$/);
  });

  it("shows the same in Dutch, the metrics with a decimal comma", async () => {
    const app = await renderApp({ view: "portfolio", lang: "nl", rows: 30 });
    await app.waitForText("Portefeuille op 31 december 2014");
    await app.press("t");
    const preset = await app.waitForText("Voorinstelling symbolisch: 2 bijdragen beëindigd");
    expect(detailRow(preset, "Concentratie (HHI)")).toMatch(/0,4–1 +0,46–1 \*$/);
    expect(preset).toContain("␣ stop/houd");
  });
});

describe("the Assessment view", () => {
  it("shows contributions × considerations with the indicators, and how to load ratings", async () => {
    const app = await renderApp({ rows: 30 });
    await app.press("6");
    const matrix = await app.waitForText("1 Duration");
    expect(matrix).toMatch(/Contribution +1 Duration +2 Region +3 Politics +4 Alliance +5 Burden/);
    expect(cursorLine(matrix)).toMatch(/› EUFOR Althea +10 y +2·2·0 +— +EU CSDP +3–5 T/);
    expect(matrix).toContain("No assessment loaded");
    await app.press(KEY.down, KEY.down);
    await app.waitFor((f) => /› KFOR +9 y .*NATO +≈ 0–7 T\?/.test(cursorLine(f)));
  });

  it("shows the ratings in the cells and the rationale and evidence in the detail", async () => {
    const app = await renderApp({ rows: 30, view: "assessment", assessment: goodAssessment() });
    const matrix = await app.waitForText("Assessment good.yaml by A. Analyst, 2026-12-01");
    expect(matrix).toMatch(/Score/);
    expect(cursorLine(matrix)).toMatch(
      /› EUFOR Althea +2 10 y +· 2·2·0 +· — +· EU CSDP +1 3–5 T +· — +1\.3$/,
    );
    await app.press(KEY.enter);
    await app.waitForText("Esc back");
    const detail = await readOnUntil(app, "Three to five people in a large EU operation.");
    expect(detail).toMatch(/Rating +1 — strongly against keeping it \(A\. Analyst, 2026-12-01\)/);
    expect(detail).toMatch(/Evidence +\[\d+\]/);
  });

  it("reads in Dutch, with the Dutch rationale", async () => {
    const app = await renderApp({
      rows: 30,
      view: "assessment",
      lang: "nl",
      assessment: goodAssessment(),
    });
    await app.waitForText("2 Regio");
    await app.press(KEY.enter);
    await app.waitForText("Esc terug");
    const detail = await readOnUntil(app, "Drie tot vijf mensen in een grote EU-operatie.");
    expect(detail).toMatch(/Beoordeling +1 — sterk tegen voortzetting/);
  });
});

describe("the Trend view", () => {
  it("lists the years, editions and UN series; a year shows every year with its source", async () => {
    const app = await renderApp({ rows: 30 });
    await app.press("8");
    const years = await app.waitForText("Missions per year");
    expect(cursorLine(years)).toContain("2008  civ. N/A · mil. 10");
    expect(years).toMatch(/› 2008 \?/);
    expect(years).toContain("2014 13 █████████████");
    expect(years).toContain("Source: Kamerstuk 29 521 no. 364");
  });

  it("opens an edition with what it covers, and a UN mission month by month", async () => {
    const app = await renderApp({ rows: 30, view: "trend" });
    await app.waitForText("Missions per year");
    await app.press(...Array.from({ length: 12 }, () => KEY.down));
    const edition = await app.waitFor((f) => cursorLine(f).includes("2014  Kamerstuk no. 291"));
    expect(edition).toMatch(/Missions +16: EUFOR Althea, EULEX Kosovo/);
    expect(edition).toMatch(/Concentration +0\.4–1 \[\d+\]/);
    await app.press("G", KEY.up, KEY.up, KEY.up);
    const unmis = await app.waitFor((f) => cursorLine(f).includes("UNMIS "));
    expect(unmis).toContain("UNMIS: Dutch uniformed personnel, month-end totals");
    expect(unmis).toMatch(/2010 +(\d+ +){11}\d+/);
    expect(unmis).toContain("November 2009 – June 2011: 20 of 20 months with a figure");
  });
});

describe("the workbench views on a dataset of one's own", () => {
  it.each([
    ["6", "1 Duration"],
    ["7", "Portfolio as of 31 December"],
    ["8", "Synthetic evaluation 2014"],
  ])("draw view %s on a synthetic dataset: %s", async (key, text) => {
    const app = await renderApp({ dataset: syntheticDataset(8), rows: 30 });
    await app.press(key);
    const frame = await app.waitForText(text);
    expect(frame).not.toContain("could not be loaded");
  });
});

describe("the views' tabs", () => {
  it("show all eight where they fit, else the current one whole and the rest by number", async () => {
    const app = await renderApp({ view: "portfolio" });
    expect(app.frame()).toContain(" 6 Assessment  7 Portfolio  8 Trend");
    app.resize(80, 24);
    const narrow = await app.waitFor((f) => f.includes(" 1  2  3"));
    expect(narrow).toContain(" 1  2  3  4  5  6  7 Portfolio  8");
    expect(Math.max(...narrow.split("\n").map((l) => [...l].length))).toBeLessThanOrEqual(80);
  });
});

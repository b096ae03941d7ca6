// biome-ignore-all lint/suspicious/noControlCharactersInRegex: these tests look for control characters
import { bundledDataset } from "@inzet/data";
import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { syntheticDataset } from "../test/synthetic.js";
import { citationText } from "./lib/cited.js";
import { missionCitation } from "./lib/mission-detail.js";
import { missionList } from "./lib/mission-list.js";
import { KEY, renderApp } from "./test/render-app.js";

afterEach(() => cleanup());

/** The line of the frame the list cursor is on. */
const cursorLine = (frame: string) => frame.split("\n").find((line) => line.startsWith("›")) ?? "";

describe("the interactive UI", () => {
  it("opens on the missions under the letter's groups, with their worded figures and the keys", async () => {
    const app = await renderApp();
    const frame = app.frame();
    expect(frame).toContain("small Dutch contributions to international missions, 2014");
    expect(frame).toMatch(/1\. Balkans\s+≈ 10/);
    expect(frame).toMatch(/Capacity building in Africa.*> 40/);
    expect(frame).toContain("? help");
    expect(frame).toContain("q quit");
    expect(cursorLine(frame)).toContain("EUFOR Althea");
  });

  it("moves the cursor with the arrow keys and j/k, and to the ends with g/G", async () => {
    const app = await renderApp();
    await app.press(KEY.down);
    await app.waitFor((f) => cursorLine(f).includes("EULEX Kosovo"));
    await app.press("j", "j");
    await app.waitFor((f) => cursorLine(f).includes("UNTSO"));
    await app.press("k");
    await app.waitFor((f) => cursorLine(f).includes("KFOR"));
    // Last come the missions outside the 2014 letter's groups (UN missions of the monthly series).
    await app.press("G");
    const last = missionList(bundledDataset(), {}, "en").missions.at(-1)?.acronym ?? "?";
    await app.waitFor((f) => cursorLine(f).includes(last));
    expect(app.frame()).toContain("in no group of the letter");
    await app.press("g");
    await app.waitFor((f) => cursorLine(f).includes("EUFOR Althea"));
  });

  it('finds UNTSO by typing "unt", opens it, and shows 1948 and its citation', async () => {
    const app = await renderApp();
    await app.press("/", "u", "n", "t");
    await app.waitFor((f) => cursorLine(f).includes("UNTSO") && !f.includes("EUFOR Althea"));
    await app.press(KEY.enter);
    const detail = await app.waitForText("Esc back");
    expect(detail).toContain("1948");
    expect(detail).toContain("Dutch personnel 2014");
    await app.press("G");
    // The numbered sources end the detail, each with who published it.
    await app.waitForText("official primary source");
    await app.press(KEY.escape);
    await app.waitForText("⏎ open");
    await app.press(KEY.escape);
    await app.waitForText("EUFOR Althea");
  });

  it("switches to Dutch with l: labels, views and the worded figures", async () => {
    const app = await renderApp();
    await app.press("l");
    const nl = await app.waitForText("Missies");
    expect(nl).toContain("kleine Nederlandse bijdragen");
    expect(nl).toMatch(/enkele/);
    expect(nl).toContain("q stop");
    await app.press(KEY.enter);
    const detail = await app.waitForText("Nederlands personeel 2014");
    expect(detail).toContain("Esc terug");
    await app.press(KEY.escape);
    const list = await app.waitForText("⏎ open");
    expect(list).not.toContain("Esc terug");
    expect(list).toContain("q stop");
    await app.press("2");
    const groups = await app.waitForText("geen bovengrens");
    expect(groups).toContain("enkele");
    expect(groups).toContain("ongeveer (± 20 %)");
    await app.press("l");
    await app.waitForText("no upper bound");
  });

  it("filters the missions by group through the f menu", async () => {
    const app = await renderApp();
    await app.press("f");
    await app.waitForText("Group: Middle East Peace Process");
    // @inkjs/ui's Select starts listening for keys in an effect, just after it first appears.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await app.press(KEY.down, KEY.down, KEY.enter);
    const filtered = await app.waitFor((f) => f.includes("UNTSO") && !f.includes("EUFOR Althea"));
    expect(filtered).toContain("USSC");
    expect(filtered).toContain("filter Group: Middle East Peace Process");
    await app.press(KEY.escape);
    await app.waitForText("EUFOR Althea");
  });

  it("shows the keys in a help overlay that any key closes", async () => {
    const app = await renderApp();
    await app.press("?");
    const help = await app.waitForText("switch between English and Dutch");
    expect(help).toContain("copy the selection’s source");
    await app.press("x");
    await app.waitFor((f) => !f.includes("switch between English and Dutch"));
  });

  it("quits with q, and with Ctrl-C", async () => {
    for (const key of ["q", KEY.ctrlC]) {
      const app = await renderApp();
      expect(app.exited()).toBe(false);
      await app.press(key);
      await app.waitFor(() => app.exited());
    }
  });

  it("copies the selected mission's citation with OSC 52 and says so in the status line", async () => {
    const ds = bundledDataset();
    const first = ds.clusters[0]?.missions[0];
    const mission = ds.missions.find((m) => m.id === first);
    const citation = mission && missionCitation(ds, mission);
    if (!citation) throw new Error("the first mission has no citation");
    const expected = citationText(ds, citation, "en");
    const app = await renderApp({ dataset: ds });
    await app.press("y");
    const frame = await app.waitForText("Copied");
    expect(frame).toContain(expected.slice(0, 30));
    const osc = app.stdout.frames.find((f) => f.includes("\u001b]52;c;"));
    const base64 = osc?.match(/\u001b\]52;c;([A-Za-z0-9+/=]+)\u0007/)?.[1] ?? "";
    expect(Buffer.from(base64, "base64").toString("utf8")).toBe(expected);
  });

  it("switches views with Tab and number keys", async () => {
    const app = await renderApp();
    await app.press(KEY.tab);
    await app.waitForText("▶…");
    await app.press("3");
    await app.waitForText("Dutch contribution");
    await app.press("4");
    await app.waitForText("Nederlandse deelname aan vrede");
    await app.press("5");
    await app.waitForText("Weighed even more explicitly");
  });

  it("opens a mission from its timeline row, with its Dutch part dated", async () => {
    const app = await renderApp({ view: "timeline" });
    const timeline = await app.waitForText("Dutch part");
    const selected = cursorLine(timeline).replace("›", "").trim().split(/\s+/)[0] ?? "";
    expect(selected).not.toBe("");
    await app.press(KEY.enter);
    const detail = await app.waitForText("Esc back");
    expect(detail).toContain("1 Missions");
    expect(detail).toContain(`│ ${selected}`);
  });

  it("follows a resize: one pane below 70 columns, list and detail side by side above", async () => {
    const app = await renderApp();
    expect(app.frame()).toContain("│");
    app.resize(50, 16);
    const narrow = await app.waitFor((f) => !f.includes("│"));
    expect(Math.max(...narrow.split("\n").map((l) => [...l].length))).toBeLessThanOrEqual(50);
    await app.press(KEY.enter);
    await app.waitForText("Esc back");
    app.resize(120, 30);
    await app.waitFor((f) => f.includes("│") && f.includes("EUFOR Althea"));
  });

  it("prints hostile strings from the data inert: no escape sequence reaches the terminal", async () => {
    const hostile = syntheticDataset(6, (input) => {
      const [mission] = input.missions as { acronym: string; name: { en: string } }[];
      if (!mission) throw new Error("no mission");
      mission.acronym = "EVIL\u001b[2J\u001b]0;pwned\u0007\u009b31m";
      mission.name.en = "Name\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\";
    });
    const app = await renderApp({ dataset: hostile });
    const frame = await app.waitForText("EVIL");
    expect(frame).toContain("Namelink");
    expect(app.stdout.frames.join("")).not.toMatch(/[\u001b\u009b\u0007]/);
  });

  it("renders only the visible rows of 10 000 missions, and keeps the cursor in view", async () => {
    const big = syntheticDataset(10_000);
    const app = await renderApp({ dataset: big });
    const first = app.frame();
    expect(first.split("\n").length).toBeLessThanOrEqual(23);
    await app.press("G");
    const last = big.clusters.at(-1)?.missions.at(-1);
    const acronym = big.missions.find((m) => m.id === last)?.acronym ?? "?";
    await app.waitFor((f) => cursorLine(f).includes(acronym));
    await app.press(KEY.pageDown.replace("6", "5"), KEY.up);
    await app.waitFor((f) => cursorLine(f) !== "" && !cursorLine(f).includes(acronym));
  }, 30_000);
});

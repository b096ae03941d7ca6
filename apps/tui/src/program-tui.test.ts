import { bundledDataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import type { TuiOptions } from "./io.js";
import { BAD_ASSESSMENT, GOOD_ASSESSMENT } from "./test/assessment-fixture.js";
import { runInMemory } from "./test/fake-io.js";
import { syntheticDataset } from "./test/synthetic.js";

const ds = syntheticDataset(8);
const dataset = () => ds;

/** Runs inzet with a recording stand-in for the interactive UI. */
async function runWithTui(argv: string[], options: Parameters<typeof runInMemory>[1] = {}) {
  const opened: TuiOptions[] = [];
  const result = await runInMemory(argv, {
    dataset,
    ...options,
    openTui: async (o) => {
      opened.push(o);
    },
  });
  return { ...result, opened };
}

describe("opening the interactive UI", () => {
  it("opens it for a bare inzet when standard input and output are a terminal", async () => {
    const { code, stdout, opened } = await runWithTui([], { tty: true });
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(opened).toEqual([{ dataset: ds, lang: "en", colour: true }]);
  });

  it.each([
    ["stdout is a pipe", { tty: false, stdinTty: true }],
    ["stdin is a pipe", { tty: true, stdinTty: false }],
  ])("prints the plain overview instead when %s, so a pipe never hangs", async (_name, io) => {
    const { code, stdout, opened } = await runWithTui([], io);
    expect(code).toBe(0);
    expect(opened).toEqual([]);
    expect(stdout).toContain("4 groups");
  });

  it("opens it with inzet tui, in the language and colour asked for", async () => {
    const nl = await runWithTui(["tui", "--lang", "nl"], { tty: true });
    expect(nl.opened).toMatchObject([{ lang: "nl", colour: true }]);
    const plain = await runWithTui(["--no-color", "tui"], { tty: true });
    expect(plain.opened).toMatchObject([{ colour: false }]);
    const noColor = await runWithTui(["tui"], { tty: true, env: { NO_COLOR: "1" } });
    expect(noColor.opened).toMatchObject([{ colour: false }]);
  });

  it("refuses inzet tui without a terminal: a usage error, with what to use instead", async () => {
    const { code, stderr, opened } = await runWithTui(["tui"], { tty: false });
    expect(code).toBe(2);
    expect(opened).toEqual([]);
    expect(stderr).toContain("needs a terminal");
    expect(stderr).toContain("inzet clusters");
  });

  it("reports a failure of the UI as an error, not a stack trace", async () => {
    const result = await runInMemory(["tui"], {
      dataset,
      tty: true,
      openTui: async () => {
        throw new Error("raw mode is not supported");
      },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("raw mode is not supported");
  });
});

describe("inzet tui --assessment", () => {
  const files = { "good.yaml": GOOD_ASSESSMENT, "bad.yaml": BAD_ASSESSMENT };
  const bundled = () => bundledDataset();

  it("opens the UI with the assessment read and checked", async () => {
    const { code, opened } = await runWithTui(["tui", "--assessment", "good.yaml"], {
      tty: true,
      files,
      dataset: bundled,
    });
    expect(code).toBe(0);
    expect(opened[0]?.assessment?.file).toBe("good.yaml");
    expect(opened[0]?.assessment?.assessment.ratings).toHaveLength(2);
  });

  it("does not open it for a bad or missing file: every problem, exit 1", async () => {
    const bad = await runWithTui(["tui", "--assessment", "bad.yaml"], {
      tty: true,
      files,
      dataset: bundled,
    });
    expect(bad.code).toBe(1);
    expect(bad.opened).toEqual([]);
    expect(bad.stderr).toMatch(/bad\.yaml:14 {2}ratings\[1\]\.rating/);
    const missing = await runWithTui(["tui", "--assessment", "gone.yaml"], { tty: true, files });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("cannot read gone.yaml");
  });
});

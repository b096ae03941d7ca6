// The UI's first frame must not wait for the workbench: its code is a file of its own.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { APP, assertBuilt } from "./test/spawn-cli.js";

const read = (name: string) => readFileSync(join(APP, "dist", name), "utf8");

describe("the built program", () => {
  beforeAll(() => assertBuilt());

  it("keeps @inzet/analysis out of the UI's file, which imports the workbench only when asked", () => {
    const tui = read("tui-main.js");
    // A definition only the analysis package's metric catalogue holds.
    expect(tui).not.toContain("Herfindahl");
    expect(tui).toContain('import("./workbench-main.js")');
    expect(read("workbench-main.js")).toContain("Herfindahl");
  });

  it("keeps zod out of both the UI and its workbench", () => {
    for (const name of ["tui-main.js", "workbench-main.js"])
      expect(read(name)).not.toMatch(/\bZodError\b|_zod\b/);
  });
});

import { syntheticDatasetInput } from "@inzet/data/testing";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { runInMemory } from "./test/fake-io.js";
import { syntheticDataset } from "./test/synthetic.js";

const ds = syntheticDataset(8);
const dataset = () => ds;
const input = () => syntheticDatasetInput({ missions: 8, seed: 7 }) as Record<string, unknown>;

// biome-ignore lint/suspicious/noExplicitAny: the fixtures edit plain JSON in place
type Json = Record<string, any>;

/** The synthetic dataset as a folder of YAML files, as an analyst keeps one. */
function yamlFolder(dir: string, edit?: (d: Json) => void): Record<string, string> {
  const d = input() as Json;
  edit?.(d);
  const { meta, missions, figures, ...rest } = d;
  return {
    [`${dir}/meta.yaml`]: stringify({ meta }),
    [`${dir}/missions.yaml`]: stringify({ missions, figures }),
    [`${dir}/rest.yaml`]: stringify(rest),
  };
}

const BAD_ORG = (d: Json) => {
  d.missions[0].organisation = "nowhere";
};

describe("--data and INZET_DATA", () => {
  it("use a folder of YAML for every command", async () => {
    const files = yamlFolder("/mine", (d) => {
      d.missions[0].acronym = "MINE";
    });
    const run = await runInMemory(["--data", "/mine", "show", "MINE", "--json"], { files });
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(run.stdout).mission.acronym).toBe("MINE");
    const env = await runInMemory(["show", "MINE"], { files, env: { INZET_DATA: "/mine" } });
    expect(env.code).toBe(0);
  });

  it("use an exported JSON file, and open the interactive UI on it", async () => {
    let shown: unknown;
    const files = { "/x/inzet.json": JSON.stringify(input()) };
    const run = await runInMemory(["--data", "/x/inzet.json"], {
      files,
      tty: true,
      openTui: async ({ dataset: opened }) => {
        shown = opened.missions.length;
      },
    });
    expect(run.code).toBe(0);
    expect(shown).toBe(8);
  });

  it("name a missing folder with exit 1", async () => {
    const run = await runInMemory(["--data", "/nowhere", "list"], { dataset });
    expect(run).toMatchObject({ code: 1, stdout: "" });
    expect(run.stderr).toBe("error: cannot read /nowhere: no such file or directory.\n");
  });

  it("report a dataset with errors as validate does, with exit 1", async () => {
    const files = yamlFolder("/bad", BAD_ORG);
    const run = await runInMemory(["--data", "/bad", "list"], { files, dataset });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: \/bad is not a valid dataset:\n/);
    expect(run.stderr).toMatch(/\/bad\/missions\.yaml:\d+ {2}missions\[0\]\.organisation\n/);
    expect(run.stderr).toContain("fix: ");
    const validate = await runInMemory(["validate", "/bad"], { files, dataset });
    for (const line of validate.stdout.split("\n").slice(0, 3)) expect(run.stderr).toContain(line);
  });
});

describe("inzet export --format datapackage", () => {
  it("writes a folder that --data reads back as the same dataset", async () => {
    const run = await runInMemory(["export", "--format", "datapackage", "--out", "/pkg"], {
      dataset,
    });
    expect(run).toMatchObject({ code: 0, stdout: "", stderr: "wrote 23 files to /pkg\n" });
    const descriptor = JSON.parse(run.files.get("/pkg/datapackage.json") ?? "");
    expect(descriptor).toMatchObject({
      profile: "tabular-data-package",
      created: "2026-12-03T10:00:00.000Z",
    });
    const files = Object.fromEntries(run.files);
    const back = await runInMemory(["--data", "/pkg", "export", "--format", "json"], { files });
    const again = await runInMemory(["export", "--format", "json"], { dataset });
    expect(back).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(back.stdout)).toEqual(JSON.parse(again.stdout));
  });

  it("takes its date from SOURCE_DATE_EPOCH, for reproducible builds", async () => {
    const run = await runInMemory(["export", "--format", "datapackage", "--out", "/pkg"], {
      dataset,
      env: { SOURCE_DATE_EPOCH: "1700000000" },
    });
    expect(JSON.parse(run.files.get("/pkg/datapackage.json") ?? "").created).toBe(
      "2023-11-14T22:13:20.000Z",
    );
  });

  it("needs --out (a usage error, exit 2)", async () => {
    const run = await runInMemory(["export", "--format", "datapackage"], { dataset });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out");
  });
});

describe("inzet cite", () => {
  it.each([
    [["cite", "dataset"], /^@misc\{synthetic_dataset_synthetic,/],
    [["cite", "source-0", "--format", "ris"], /^TY {2}- ELEC\n/],
    [["cite", "M1", "--format", "csl"], /^\[\n {2}\{\n {4}"id": "synthetic_dataset_mission_1"/],
    [["cite", "north"], /^@misc\{synthetic_dataset_north,\n(.*\n)*\ttitle = \{Cluster north\},/],
  ])("cites %j", async (argv, expected) => {
    const run = await runInMemory(argv, { dataset });
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(expected);
  });

  it("links a mission to the dashboard given its address", async () => {
    const run = await runInMemory(
      ["--lang", "nl", "cite", "mission-2", "--site-url", "https://inzet.example"],
      { dataset },
    );
    expect(run.stdout).toContain("url = {https://inzet.example/nl/missions/mission-2}");
  });

  it("suggests near names for an unknown one, with exit 2", async () => {
    const run = await runInMemory(["cite", "sourse-0"], { dataset });
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toContain('nothing called "sourse-0" in the dataset.');
    expect(run.stderr).toContain("Did you mean: source-0");
  });
});

describe("inzet diff", () => {
  const files = {
    ...yamlFolder("/old"),
    ...yamlFolder("/new", (d) => {
      d.missions[0].start.value = "1940";
    }),
    ...yamlFolder("/bad", BAD_ORG),
    "/same.json": JSON.stringify(input()),
  };

  it("exits 0 when the versions are the same (folder against exported file)", async () => {
    const run = await runInMemory(["diff", "/old", "/same.json"], { files });
    expect(run).toEqual(expect.objectContaining({ code: 0, stdout: "No differences.\n" }));
    const nl = await runInMemory(["--lang", "nl", "diff", "/old", "/same.json"], { files });
    expect(nl.stdout).toBe("Geen verschillen.\n");
  });

  it("exits 1 and lists each change with its path, values and sources", async () => {
    const run = await runInMemory(["diff", "/old", "/new"], { files });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^~ missions\[id=mission-0\]\.start\.value: "\d{4}" → "1940"\n {4}cited: source-0 \(p\. 1\)\n/,
    );
    expect(run.stdout).toContain("1 change: 0 added, 0 removed, 1 changed.");
  });

  it("gives JSON for scripts", async () => {
    const run = await runInMemory(["diff", "/old", "/new", "--json"], { files });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      summary: { added: 0, removed: 0, changed: 1 },
      changes: [{ type: "changed", at: "missions[id=mission-0].start.value", new: "1940" }],
    });
  });

  it("exits 3 for a missing folder or a dataset with errors, located as validate does", async () => {
    const missing = await runInMemory(["diff", "/old", "/absent"], { files });
    expect(missing).toMatchObject({ code: 3, stdout: "" });
    expect(missing.stderr).toContain("cannot read /absent");
    const bad = await runInMemory(["diff", "/bad", "/old"], { files });
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/\/bad\/missions\.yaml:\d+ {2}missions\[0\]\.organisation/);
  });

  it("is a usage error (exit 2) without two paths", async () => {
    expect((await runInMemory(["diff", "/old"], { files })).code).toBe(2);
  });
});

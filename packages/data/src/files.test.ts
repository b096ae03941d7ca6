import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { issueLocation, type LocatedIssue, loadFiles, parseDataFile } from "./files.js";
import { syntheticDatasetInput } from "./testing.js";

// biome-ignore lint/suspicious/noExplicitAny: tests edit raw JSON
type Raw = any;

/** The synthetic dataset split like the repository's data: shared files plus one file per mission. */
function splitIntoFiles(edit: (ds: Raw) => void = () => {}) {
  const ds: Raw = syntheticDatasetInput({ missions: 4, seed: 5 });
  edit(ds);
  const { missions, figures, ...shared } = ds;
  return [
    { file: "data/shared.yaml", text: stringify(shared) },
    ...missions.map((m: Raw) => ({
      file: `data/missions/${m.id}.yaml`,
      text: stringify({ missions: [m], figures: figures.filter((f: Raw) => f.mission === m.id) }),
    })),
    {
      file: "data/cluster-figures.json",
      text: JSON.stringify({ figures: figures.filter((f: Raw) => f.cluster) }, null, 2),
    },
  ];
}

describe("loadFiles", () => {
  it("merges fragments into one valid dataset", () => {
    const result = loadFiles(splitIntoFiles());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.missions).toHaveLength(4);
  });

  it("reports an issue in the file, at the path within that file, and at its line", () => {
    const files = splitIntoFiles((ds) => {
      ds.missions[2].organisation = "nobody";
    });
    const result = loadFiles(files);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [found] = result.issues;
    expect(found).toMatchObject({
      code: "unknownReference",
      file: "data/missions/mission-2.yaml",
      path: ["missions", 0, "organisation"],
    });
    const text = files.find((f) => f.file === found?.file)?.text ?? "";
    expect(text.split("\n")[(found?.line ?? 0) - 1]).toContain("organisation: nobody");
    expect(issueLocation(found as NonNullable<typeof found>)).toBe(
      `data/missions/mission-2.yaml:${found?.line}  missions[0].organisation`,
    );
  });

  it("reports YAML syntax errors with file and line, and nothing else", () => {
    const files = splitIntoFiles();
    files[1] = {
      file: "data/missions/broken.yaml",
      text: "missions:\n  - id: x\n   acronym: [unclosed\n",
    };
    const result = loadFiles(files);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(
      result.issues.every((i) => i.code === "syntax" && i.file === "data/missions/broken.yaml"),
    ).toBe(true);
    expect(result.issues[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it("reports invalid JSON with its line", () => {
    const result = loadFiles([
      { file: "export.json", text: '{\n  "meta": {},\n  "missions": [,]\n}' },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({ code: "syntax", file: "export.json", line: 3 });
  });

  it("reports duplicate keys, which YAML would otherwise silently collapse", () => {
    const result = loadFiles([{ file: "a.yaml", text: "meta: {}\nmeta: {}\n" }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: "syntax", line: 2 });
  });

  it("reports meta given twice and meta missing", () => {
    const twice = loadFiles([
      ...splitIntoFiles(),
      {
        file: "again.yaml",
        text: stringify({ meta: syntheticDatasetInput({ missions: 1 }).meta }),
      },
    ]);
    expect(!twice.ok && twice.issues.map((i) => [i.code, i.file])).toContainEqual([
      "duplicateMeta",
      "again.yaml",
    ]);
    const none = loadFiles(splitIntoFiles().filter((f) => f.file !== "data/shared.yaml"));
    expect(!none.ok && none.issues.map((i) => i.code)).toContain("missingMeta");
  });

  it("reports an unknown top-level key in the file that has it", () => {
    const result = loadFiles([...splitIntoFiles(), { file: "odd.yaml", text: "misions: []\n" }]);
    expect(!result.ok && result.issues.map((i) => [i.code, i.file, i.line])).toContainEqual([
      "unknownCollection",
      "odd.yaml",
      1,
    ]);
  });
});

describe("loadFiles against a base dataset", () => {
  it("checks a file without meta as a change to the base, replacing items by id", () => {
    const all = loadFiles(splitIntoFiles());
    if (!all.ok) throw new Error("fixture invalid");
    const base = { dataset: all.dataset, name: "(bundled dataset)" };
    const [, missionFile] = splitIntoFiles((ds) => {
      ds.missions[0].name.en = "Renamed";
    });
    const result = loadFiles([missionFile as { file: string; text: string }], base);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.missions).toHaveLength(4);
    expect(result.dataset.missions.find((m) => m.id === "mission-0")?.name.en).toBe("Renamed");
  });

  it("reports a broken reference in the edited file, not in the base", () => {
    const all = loadFiles(splitIntoFiles());
    if (!all.ok) throw new Error("fixture invalid");
    const [, missionFile] = splitIntoFiles((ds) => {
      ds.missions[0].organisation = "nobody";
    });
    const result = loadFiles([missionFile as { file: string; text: string }], {
      dataset: all.dataset,
      name: "base",
    });
    expect(!result.ok && result.issues.map((i) => [i.code, i.file])).toEqual([
      ["unknownReference", "data/missions/mission-0.yaml"],
    ]);
  });

  it("says meta is missing only once when there is no base", () => {
    const [, missionFile] = splitIntoFiles();
    const result = loadFiles([missionFile as { file: string; text: string }]);
    expect(
      !result.ok && result.issues.filter((i) => i.path[0] === "meta").map((i) => i.code),
    ).toEqual(["missingMeta"]);
  });
});

describe("parseDataFile", () => {
  it("gives the data and the line a JSON path starts on", () => {
    const parsed = parseDataFile({ file: "a.yaml", text: "ratings:\n  - rating: 3\n    x: 1\n" });
    if (Array.isArray(parsed)) throw new Error("expected a parse");
    expect(parsed.data).toEqual({ ratings: [{ rating: 3, x: 1 }] });
    expect(parsed.lineOf(["ratings", 0, "x"])).toBe(3);
  });

  it("reports an alias bomb as a located syntax issue in plain words, and does not throw", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [i, name] of ["b", "c", "d", "e", "f"].entries()) {
      const prev = levels[i]?.[0] ?? "a";
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    }
    const text = `${levels.join("\n")}\n`;
    const parsed = parseDataFile({ file: "bomb.yaml", text });
    expect(Array.isArray(parsed) && parsed).toMatchObject([
      { code: "syntax", file: "bomb.yaml", line: 2, path: [] },
    ]);
    const [found] = parsed as LocatedIssue[];
    expect(found?.message.en).toMatch(/more than 100 YAML aliases/);
    expect(found?.hint.nl).toContain("aliassen");
    expect(loadFiles([{ file: "bomb.yaml", text }]).ok).toBe(false);
  });

  it.each([
    ["flow", `a: ${"[".repeat(5000)}${"]".repeat(5000)}\n`],
    [
      "block",
      `a:\n${Array.from({ length: 2000 }, (_, i) => `${" ".repeat(i + 2)}- `).join("\n")}\n`,
    ],
  ])("reports %s nesting too deep to read with its line, not a stack overflow", (_, text) => {
    const parsed = parseDataFile({ file: "deep.yaml", text });
    expect(Array.isArray(parsed)).toBe(true);
    const [found] = parsed as LocatedIssue[];
    expect(found).toMatchObject({ code: "syntax", file: "deep.yaml" });
    expect(found?.line).toBeGreaterThanOrEqual(1);
    expect(found?.message.en).toMatch(/^Cannot read the file: it is nested too deeply to read/);
  });
});

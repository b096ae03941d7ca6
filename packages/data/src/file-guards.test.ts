import { describe, expect, it } from "vitest";
import { type DataFile, loadFiles } from "./files.js";

/** Loads one hostile file; its issues, which must all be located in that file. */
function issuesOf(data: DataFile) {
  const result = loadFiles([data]);
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  const own = result.issues.filter((i) => i.file === data.file);
  expect(own.length).toBeGreaterThan(0);
  for (const i of own) {
    expect(i.message.nl).not.toBe("");
    expect(i.hint.en).not.toBe("");
    expect(i.hint.nl).not.toBe("");
    // Words a person understands, not a runtime's exception.
    expect(`${i.message.en} ${i.hint.en}`).not.toMatch(
      /ReferenceError|RangeError|call stack|unexpected error/i,
    );
  }
  return own;
}

const aliasBomb = [
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
  "missions: [*e]",
].join("\n");

describe("hostile dataset files", () => {
  it("refuses a YAML alias bomb, naming the file, the first alias's line and the fix", () => {
    const [issue] = issuesOf({ file: "bomb.yaml", text: aliasBomb });
    expect(issue?.line).toBe(2);
    expect(issue?.message.en).toMatch(/more than 100 YAML aliases/);
    expect(issue?.hint.en).toMatch(/Write the values out/);
  });

  it.each([
    ["YAML brackets", "deep.yaml", `missions: ${"[".repeat(5000)}${"]".repeat(5000)}\n`],
    ["YAML mappings", "deep-map.yaml", `missions: ${"{a: ".repeat(5000)}1${"}".repeat(5000)}\n`],
  ])("refuses nesting thousands of levels deep (%s) in plain words", (_what, file, text) => {
    const [issue] = issuesOf({ file, text });
    expect(issue?.message.en).toMatch(/nested too deeply/);
    expect(issue?.line).toBe(1);
  });

  it("reports an item nested thousands of levels deep in JSON as a located schema problem", () => {
    const text = `{"missions":[${'{"a":'.repeat(20_000)}1${"}".repeat(20_000)}]}`;
    const issues = issuesOf({ file: "deep.json", text });
    expect(issues.some((i) => i.path.join(".") === "missions.0.id")).toBe(true);
  });

  it("refuses binary junk as not text", () => {
    const text = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const [issue] = issuesOf({ file: "junk.yaml", text });
    expect(issue?.message.en).toMatch(/binary data/);
  });

  it("refuses a file that is not UTF-8, with the line of the first unreadable character", () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("missions:\n  - id: caf"),
      0xe9,
      0x0a,
    ]);
    const [issue] = issuesOf({ file: "latin1.yaml", bytes });
    expect(issue?.message.en).toMatch(/not UTF-8/);
    expect(issue?.line).toBe(2);
    expect(issue?.hint.en).toMatch(/UTF-8/);
  });

  it("reads a 50 MB string and reports the item's problems without quoting it back", () => {
    const text = `missions:\n  - id: x\n    acronym: ${"x".repeat(50 * 2 ** 20)}\n`;
    const issues = issuesOf({ file: "big.yaml", text });
    for (const i of issues) expect(i.message.en.length + i.hint.en.length).toBeLessThan(2000);
  }, 30_000);

  it("accepts UTF-8 bytes with a byte-order mark like the same text", () => {
    const text = "missions: []\n";
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(loadFiles([{ file: "a.yaml", bytes: bom }])).toEqual(
      loadFiles([{ file: "a.yaml", text }]),
    );
  });
});

// biome-ignore-all lint/suspicious/noControlCharactersInRegex: these tests look for control characters
import { describe, expect, it } from "vitest";
import { styler } from "./colour.js";
import { renderTable } from "./table.js";

// Display columns of a string: CJK ideographs take two, combining marks none.
function width(text: string): number {
  let n = 0;
  for (const ch of text.normalize("NFC")) {
    if (/\p{M}/u.test(ch)) continue;
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(ch) ? 2 : 1;
  }
  return n;
}

describe("renderTable", () => {
  it("aligns columns by display width, wide and accented characters included", () => {
    const text = renderTable(
      ["Name", "N"],
      [
        ["EUTM Somalië", "1"],
        ["東京", "2"],
        ["Somalie\u0308x", "3"],
      ],
      { style: styler(false) },
    );
    const lines = text.split("\n");
    expect(lines).toHaveLength(4);
    const starts = lines.map((line) => width(line.slice(0, line.search(/\S+$/))));
    expect(new Set(starts).size).toBe(1);
  });

  it("has no borders and no trailing spaces", () => {
    const text = renderTable(["A", "B"], [["x", ""]], { style: styler(false) });
    expect(text).toBe("A  B\nx");
  });

  it("makes every cell inert", () => {
    const text = renderTable(["A"], [["a\u001b[2Jb\u009b1m"]], { style: styler(false) });
    expect(text).not.toMatch(/[\u001b\u009b]/);
    expect(text).toContain("ab");
  });

  it("styles only the header, and only when asked", () => {
    const text = renderTable(["A"], [["x"]], { style: styler(true) });
    expect(text.split("\n")[0]).toContain("\u001b[1m");
    expect(text.split("\n")[1]).toBe("x");
  });
});

import { propertyRuns } from "@inzet/vitest-config/property-runs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../output/width.js";
import { paragraph } from "./lines.js";
import { fit, truncate, wrapText } from "./wrap.js";

describe("wrapText", () => {
  it("wraps at spaces within the width, with a hanging indent", () => {
    expect(wrapText("[1] one two three four", 10, 4)).toEqual([
      "[1] one",
      "    two",
      "    three",
      "    four",
    ]);
  });

  it("breaks a word longer than the line", () => {
    expect(wrapText("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  });

  it("measures wide characters by their display width", () => {
    expect(wrapText("東京 東京", 4)).toEqual(["東京", "東京"]);
  });
});

describe("truncate and fit", () => {
  it("cut long names with an ellipsis and pad short ones", () => {
    expect(truncate("Capacity building in Africa and Asia", 12)).toBe("Capacity bu…");
    expect(fit("KFOR", 6)).toBe("KFOR  ");
    expect(fit("EUTM Somalia", 6)).toBe("EUTM …");
  });
});

describe("paragraph", () => {
  it("makes hostile data inert before it reaches the terminal", () => {
    const lines = paragraph("evil\u001b[2J\u001b]0;title\u0007 name", 40);
    expect(
      lines
        .flat()
        .map((p) => p.text)
        .join(""),
    ).toBe("evil name");
  });
});

describe("wrapText, on any text", () => {
  // The plain way: measure the whole line again for each word (what wrapText did before it kept
  // a running width). The two must agree line for line.
  function reference(text: string, width: number, hang: number): string[] {
    const max = Math.max(1, width);
    const indent = " ".repeat(Math.min(hang, Math.max(0, max - 1)));
    const lead = /^ */.exec(text)?.[0] ?? "";
    const words = text.slice(lead.length).split(/ +/).filter(Boolean);
    const lines: string[] = [];
    let line = lead.length < max ? lead : "";
    let empty = true;
    const push = () => {
      lines.push(line.trimEnd());
      line = indent;
      empty = true;
    };
    for (const word of words) {
      const sep = empty ? "" : " ";
      if (displayWidth(line + sep + word) <= max) {
        line += sep + word;
        empty = false;
        continue;
      }
      if (!empty) push();
      let piece = "";
      const pieces: string[] = [];
      for (const ch of word) {
        if (piece !== "" && displayWidth(piece + ch) > max - displayWidth(line)) {
          pieces.push(piece);
          piece = "";
        }
        piece += ch;
      }
      if (piece !== "") pieces.push(piece);
      for (const p of pieces) {
        if (!empty) push();
        line += p;
        empty = false;
      }
    }
    if (!empty || lines.length === 0) lines.push(line.trimEnd());
    return lines;
  }

  const char = fc.constantFrom(..."abcdefghij ëéï“”≈–—東京한국", " ");
  const text = fc.array(char, { maxLength: 200 }).map((cs) => cs.join(""));

  it("gives the lines measuring the whole line for every word would give", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 40 }), fc.nat(8), (s, width, hang) => {
        expect(wrapText(s, width, hang)).toEqual(reference(s, width, hang));
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});

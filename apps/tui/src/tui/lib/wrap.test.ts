import { describe, expect, it } from "vitest";
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

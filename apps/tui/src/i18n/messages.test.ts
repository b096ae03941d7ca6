import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { en } from "./en.js";
import { CATALOGUES, translator } from "./messages.js";
import { nl } from "./nl.js";

type Node = {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Node[] }>;
  children?: Node[];
};

/** The argument names a message uses, with their kind (plain, plural, …). */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      // 0 literal, 7 pound (#): no argument name of their own.
      if (node.type !== 0 && node.type !== 7 && typeof node.value === "string")
        found.add(`${node.value}:${node.type}`);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(message, "en", undefined, { ignoreTag: true }).getAst() as Node[]);
  return [...found].sort();
}

describe("message catalogues", () => {
  it("have the same keys in English and Dutch", () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as (keyof typeof en)[])("use the same ICU arguments for %s", (key) => {
    expect(argumentsOf(nl[key])).toEqual(argumentsOf(en[key]));
  });

  it("has no empty message", () => {
    for (const catalogue of Object.values(CATALOGUES)) {
      for (const message of Object.values(catalogue)) expect(message.trim()).not.toBe("");
    }
  });
});

describe("translator", () => {
  it("formats plurals in each language", () => {
    expect(translator("en")("list.count", { count: 1 })).toBe("1 mission");
    expect(translator("en")("list.count", { count: 3 })).toBe("3 missions");
    expect(translator("nl")("list.count", { count: 3 })).toBe("3 missies");
  });

  it("makes data passed as a value inert", () => {
    const text = translator("en")("error.unknownMission", {
      key: "x\u001b]0;pwned\u0007\u001b[2Jy",
    });
    expect(text).toBe('no mission "xy" in the dataset.');
  });
});

describe("plain messages", () => {
  it.each(["en", "nl"] as const)("read the same without the ICU parser (%s)", (lang) => {
    const t = translator(lang);
    for (const [key, message] of Object.entries(CATALOGUES[lang])) {
      if (argumentsOf(message).length > 0) continue;
      const parsed = new IntlMessageFormat(message, lang, undefined, { ignoreTag: true });
      expect(t(key as keyof typeof en)).toBe(String(parsed.format()));
    }
  });
});

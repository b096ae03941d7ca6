import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import nl from "../../messages/nl.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The ICU arguments a message uses: "{count, plural, …}" and "{title}" give count and title. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\s*(?:,|\})/g)].map((m) => m[1] ?? ""))].sort();
}

const catalogs = { en: flatten(en), nl: flatten(nl) };

describe("messages", () => {
  it("has every key in both languages", () => {
    const onlyEn = [...catalogs.en.keys()].filter((k) => !catalogs.nl.has(k));
    const onlyNl = [...catalogs.nl.keys()].filter((k) => !catalogs.en.has(k));
    expect({ onlyEn, onlyNl }).toEqual({ onlyEn: [], onlyNl: [] });
  });

  it("uses the same arguments in both languages", () => {
    const differing = [...catalogs.en].filter(
      ([key, text]) => argumentsOf(text).join() !== argumentsOf(catalogs.nl.get(key) ?? "").join(),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it("has no empty message", () => {
    for (const catalog of Object.values(catalogs))
      for (const [key, text] of catalog) expect(text.trim(), key).not.toBe("");
  });

  it.each(["en", "nl"] as const)("formats every %s message without an error", (locale) => {
    const errors: string[] = [];
    const t = createTranslator({
      locale,
      messages: locale === "en" ? en : nl,
      onError: (e) => errors.push(e.message),
    });
    const format = t as unknown as (key: string, values: Record<string, string | number>) => string;
    for (const [key, text] of catalogs[locale]) {
      const values = Object.fromEntries(argumentsOf(text).map((a) => [a, 2]));
      expect(format(key, values), key).not.toContain("{");
    }
    expect(errors).toEqual([]);
  });
});

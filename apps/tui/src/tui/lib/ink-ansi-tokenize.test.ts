// biome-ignore-all lint/suspicious/noControlCharactersInRegex: these tests read escape sequences
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

// Ink composes each frame line by line through @alcalzone/ansi-tokenize, which
// patches/@alcalzone__ansi-tokenize@0.3.2.patch makes give the characters of one style one shared
// array of styles. Every character must still carry exactly the styles in force where it stands,
// and the line Ink writes back must show the same.
const fromInk = createRequire(fileURLToPath(import.meta.resolve("ink")));
type Styled = { value: string; styles: { code: string }[] };
// The package exports only an ES module, which require.resolve does not find: its directory does.
const tokenizerDir = dirname(fromInk.resolve("@alcalzone/ansi-tokenize/package.json"));
const tokenizer = (await import(pathToFileURL(join(tokenizerDir, "build/index.js")).href)) as {
  tokenize: (text: string) => unknown[];
  styledCharsFromTokens: (tokens: unknown[]) => Styled[];
  styledCharsToString: (chars: Styled[]) => string;
};

// Pairs of SGR codes that Ink's chalk writes: [on, off].
const SGR = {
  bold: [1, 22],
  inverse: [7, 27],
  red: [31, 39],
  green: [32, 39],
  blue: [44, 49],
} as const;
type Style = keyof typeof SGR;
const esc = (n: number) => `\u001b[${n}m`;

/** The styles in force at each visible character of `text`, by a plain SGR reading (the oracle). */
function stylesAt(text: string): string[] {
  const on = new Map<string, Style>(); // the slot a style occupies (colours share one) → style
  const slot = (s: Style) => (s === "red" || s === "green" ? "fg" : s);
  const out: string[] = [];
  for (const part of text.split(/(\u001b\[\d+m)/)) {
    const code = part.match(/^\u001b\[(\d+)m$/)?.[1];
    if (code === undefined) {
      for (const ch of part) out.push(`${ch}:${[...on.values()].sort().join("+")}`);
      continue;
    }
    const n = Number(code);
    const style = (Object.keys(SGR) as Style[]).find((s) => SGR[s][0] === n);
    if (style) on.set(slot(style), style);
    else if (n === 0) on.clear();
    else for (const [k, s] of on) if (SGR[s][1] === n) on.delete(k);
  }
  return out;
}

const segment = fc.oneof(
  fc.stringMatching(/^[a-z ·≈]{1,6}$/),
  fc.constantFrom(...(Object.keys(SGR) as Style[])).map((s) => esc(SGR[s][0])),
  fc.constantFrom(...(Object.keys(SGR) as Style[])).map((s) => esc(SGR[s][1])),
  fc.constant(esc(0)),
);

describe("Ink's ansi-tokenize, as patched", () => {
  it("gives each character the styles in force there, and writes the line back the same", () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 20 }), (parts) => {
        const line = parts.join("");
        const chars = tokenizer.styledCharsFromTokens(tokenizer.tokenize(line));
        const names = (c: Styled) =>
          c.styles
            .map((s) => (Object.keys(SGR) as Style[]).find((k) => esc(SGR[k][0]) === s.code))
            .sort()
            .join("+");
        expect(chars.map((c) => `${c.value}:${names(c)}`)).toEqual(stylesAt(line));
        expect(stylesAt(tokenizer.styledCharsToString(chars))).toEqual(stylesAt(line));
      }),
      { numRuns: 500 },
    );
  });

  it("shares one array among the characters of a run of one style", () => {
    const chars = tokenizer.styledCharsFromTokens(tokenizer.tokenize(`${esc(1)}ab${esc(22)}cd`));
    expect(chars[0]?.styles).toBe(chars[1]?.styles);
    expect(chars[2]?.styles).toBe(chars[3]?.styles);
    expect(chars[0]?.styles).not.toBe(chars[2]?.styles);
  });
});

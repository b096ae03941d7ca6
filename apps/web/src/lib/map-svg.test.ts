import { describe, expect, it } from "vitest";
import { escapeXml, type MapSpec, mapSvg } from "./map-svg";

const HOSTILE = [
  `</title><script>alert(1)</script>`,
  `"><image href="x" onerror="alert(1)"/>`,
  `' onload='alert(1)`,
  "]]><![CDATA[ & &amp; &#60;",
  "<!-- --><?xml-stylesheet href='x'?>",
  "bell\u0007 nul\u0000 lone\ud800 surrogate",
];

/** Every tag name in the document: only the ones the map draws. */
const tags = (svg: string) =>
  new Set([...svg.matchAll(/<\/?([a-zA-Z!?][^\s/>]*)/g)].map((m) => m[1]));

const spec = (text: string): MapSpec => ({
  title: text,
  description: text,
  areas: [
    { code: "ML", tone: 1, name: text },
    { code: "BH", tone: 2, name: text },
  ],
  markers: [{ lat: 12.6, lon: -8, label: text }],
  width: 640,
  height: 420,
  minSpan: 14,
});

describe("escapeXml", () => {
  it("escapes markup characters and drops what XML cannot hold", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;",
    );
    expect(escapeXml("a\u0000b\u0007c\td\ne\ud800f")).toBe("abc\td\nef");
    expect(escapeXml("Curaçao · 😀")).toBe("Curaçao · 😀");
  });
});

describe("mapSvg", () => {
  for (const text of HOSTILE) {
    it(`keeps ${JSON.stringify(text)} as text`, () => {
      const svg = mapSvg(spec(text), "light");
      expect(tags(svg)).toEqual(new Set(["svg", "title", "desc", "rect", "g", "path", "circle"]));
      // The title, description, countries and marker hold the string, escaped, and nothing else.
      const texts = [...svg.matchAll(/<(title|desc)\b[^>]*>([^<]*)<\/\1>/g)].map((m) => m[2]);
      expect(texts.length).toBeGreaterThanOrEqual(5);
      expect(new Set(texts)).toEqual(new Set([escapeXml(text)]));
      expect(svg).not.toMatch(/<script|<image|<!--|<\?|<!\[|\son\w+=["']/);
      // No attribute value is cut short: every quote in the document is an attribute's.
      expect((svg.match(/"/g) ?? []).length % 2).toBe(0);
    });
  }

  it("draws the focus countries in their tone, with presentation attributes only", () => {
    const light = mapSvg(spec("Mali"), "light");
    const dark = mapSvg(spec("Mali"), "dark");
    expect(light).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 640 420"/);
    expect(light).toContain('fill="#2f64ad"><title>Mali</title>');
    expect(dark).toContain('fill="#6d9fe3"><title>Mali</title>');
    expect(light).not.toMatch(/<style|style=|class=/);
    expect(light.match(/<path /g)?.length).toBeGreaterThan(10);
  });
});

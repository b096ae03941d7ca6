// A map as a standalone SVG file, for an <img>: the browser paints it without React, and the
// page's HTML and server-components payload carry one element instead of every country's path.
// Colours are presentation attributes (no <style>, no script): the file is served under
// FILE_POLICY, and a light and a dark file stand in for the stylesheet's colour scheme.
import { type LonLat, layoutMap } from "./geo";
import { relativePath } from "./svg-path";

export type MapScheme = "light" | "dark";
export const MAP_SCHEMES: readonly MapScheme[] = ["light", "dark"];

/** base.css's map colours, per scheme (the stylesheet cannot reach into an <img>). */
export const MAP_PALETTE: Record<
  MapScheme,
  {
    sea: string;
    land: string;
    edge: string;
    mark: string;
    bg: string;
    border: string;
    tones: string[];
  }
> = {
  light: {
    sea: "#f3f7fb",
    land: "#e1e5ea",
    edge: "#ffffff",
    mark: "#c2410c",
    bg: "#ffffff",
    border: "#d0d7de",
    tones: ["#1f63b8", "#2f64ad", "#a35f1c", "#23804d", "#8a46a6"],
  },
  dark: {
    sea: "#101317",
    land: "#2b3139",
    edge: "#15181c",
    mark: "#ff9d5c",
    bg: "#15181c",
    border: "#3b434d",
    tones: ["#7fb0f0", "#6d9fe3", "#e2a263", "#5cc28a", "#c48ddc"],
  },
};

export type MapSpec = {
  title: string;
  description: string;
  /** Focus countries (ISO alpha-2) with their group's tone; `name` for each one's <title>. */
  areas: { code: string; tone: number; name: string }[];
  markers: (LonLat & { label: string })[];
  width: number;
  height: number;
  minSpan?: number | undefined;
};

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/**
 * A data string as XML text or attribute value: every markup character escaped, and characters
 * XML 1.0 forbids (C0 controls other than tab and newlines, lone surrogates) dropped.
 */
export function escapeXml(text: string): string {
  let out = "";
  // for…of walks code points: a lone surrogate comes alone, a pair as one character.
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const forbidden =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
      (code >= 0xd800 && code <= 0xdfff) ||
      code === 0xfffe ||
      code === 0xffff;
    if (!forbidden) out += XML_ESCAPES[char] ?? char;
  }
  return out;
}

const num = (n: number) => String(Math.round(n * 10) / 10);

/** The map as an SVG document; every data string is escaped, nothing else is interpolated. */
export function mapSvg(spec: MapSpec, scheme: MapScheme): string {
  const colours = MAP_PALETTE[scheme];
  const tone = (t: number | undefined) => colours.tones[t ?? 0] ?? colours.tones[0];
  const byCode = new Map(spec.areas.map((a) => [a.code, a]));
  const map = layoutMap({
    width: spec.width,
    height: spec.height,
    focus: spec.areas.map((a) => a.code),
    points: spec.markers,
    ...(spec.minSpan ? { minSpan: spec.minSpan } : {}),
  });
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${spec.width} ${spec.height}" role="img" aria-labelledby="t d">`,
    `<title id="t">${escapeXml(spec.title)}</title>`,
    `<desc id="d">${escapeXml(spec.description)}</desc>`,
    `<rect width="${spec.width}" height="${spec.height}" fill="${colours.sea}"/>`,
    `<g fill="${colours.land}" stroke="${colours.edge}" stroke-width="0.6">`,
  ];
  for (const c of map.countries) {
    const area = c.focus && c.code ? byCode.get(c.code) : undefined;
    out.push(
      area
        ? `<path d="${relativePath(c.d)}" fill="${tone(area.tone)}"><title>${escapeXml(area.name)}</title></path>`
        : `<path d="${relativePath(c.d)}"/>`,
    );
  }
  out.push("</g>");
  for (const s of map.small) {
    const area = byCode.get(s.code);
    out.push(
      `<circle cx="${num(s.x)}" cy="${num(s.y)}" r="13" fill="none" stroke="${tone(area?.tone)}" stroke-width="2.5"><title>${escapeXml(area?.name ?? s.code)}</title></circle>`,
    );
  }
  for (const m of spec.markers) {
    const p = map.project(m);
    if (!p) continue;
    const [x, y] = [num(p[0]), num(p[1])];
    out.push(
      `<g><circle cx="${x}" cy="${y}" r="8" fill="none" stroke="${colours.mark}" stroke-width="1.5" stroke-dasharray="2 2"/><circle cx="${x}" cy="${y}" r="3.5" fill="${colours.mark}" stroke="${colours.bg}"/><title>${escapeXml(m.label)}</title></g>`,
    );
  }
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}

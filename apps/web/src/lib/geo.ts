import { createRequire } from "node:module";
import {
  type ExtendedFeature,
  type GeoGeometryObjects,
  geoBounds,
  geoEqualEarth,
  geoPath,
} from "d3-geo";
import countryCodes from "i18n-iso-countries/index.js";
import { feature } from "topojson-client";
import { simplifyPath } from "./svg-path";

// Server-only: world-atlas's Natural Earth shapes, read from the package (no network, no tiles).
type Topology = Parameters<typeof feature>[0];
type Country = { code: string | undefined; name: string; geometry: GeoGeometryObjects };

const require = createRequire(import.meta.url);

// Shapes without an ISO numeric id in world-atlas, by Natural Earth name. Kosovo is XK (user-
// assigned); the two de-facto entities are drawn with the state the UN recognises.
const UNNUMBERED: Record<string, string> = { Kosovo: "XK", Somaliland: "SO", "N. Cyprus": "CY" };

// Static paths, so the bundler includes exactly these two files.
const load = {
  coarse: () => require("world-atlas/countries-110m.json") as Topology,
  fine: () => require("world-atlas/countries-50m.json") as Topology,
};

function countriesOf(topology: Topology): Country[] {
  const collection = topology.objects.countries;
  if (!collection) return [];
  const fc = feature(topology, collection);
  const features = "features" in fc ? fc.features : [fc];
  return features.flatMap((f) => {
    const name = String(f.properties?.name ?? "");
    const code = f.id !== undefined ? countryCodes.numericToAlpha2(f.id) : UNNUMBERED[name];
    return f.geometry ? [{ code, name, geometry: f.geometry }] : [];
  });
}

let coarse: Country[] | undefined;
let fine: Country[] | undefined;

/**
 * The 1:110m countries, plus the 1:50m shape of any wanted country too small for 1:110m
 * (Bahrain, Seychelles).
 */
export function worldCountries(wanted: readonly string[] = []): Country[] {
  coarse ??= countriesOf(load.coarse());
  const have = new Set(coarse.map((c) => c.code));
  const missing = wanted.filter((code) => !have.has(code));
  if (missing.length === 0) return coarse;
  fine ??= countriesOf(load.fine());
  return [...coarse, ...fine.filter((c) => c.code !== undefined && missing.includes(c.code))];
}

export type LonLat = { lon: number; lat: number };

export type MapLayout = {
  width: number;
  height: number;
  countries: { code: string | undefined; name: string; d: string; focus: boolean }[];
  /** Focus countries too small to see at this scale, to ring with a marker. */
  small: { code: string; x: number; y: number }[];
  project: (p: LonLat) => [number, number] | null;
};

const asFeature = (geometry: GeoGeometryObjects): ExtendedFeature => ({
  type: "Feature",
  properties: {},
  geometry,
});

/**
 * An Equal Earth map fitted to the focus countries and points, at least `minSpan` degrees wide
 * and tall so a small area keeps its surroundings; geometry outside the frame is clipped away.
 */
export function layoutMap({
  width,
  height,
  focus,
  points = [],
  minSpan = 24,
  padding = 12,
}: {
  width: number;
  height: number;
  focus: readonly string[];
  points?: readonly LonLat[];
  minSpan?: number;
  padding?: number;
}): MapLayout {
  const all = worldCountries(focus);
  const wanted = new Set(focus);
  const focusGeometries: GeoGeometryObjects[] = [
    ...all.filter((c) => c.code && wanted.has(c.code)).map((c) => c.geometry),
    ...points.map((p): GeoGeometryObjects => ({ type: "Point", coordinates: [p.lon, p.lat] })),
  ];
  const box = expand(
    focusGeometries.length > 0
      ? geoBounds({
          type: "FeatureCollection",
          features: focusGeometries.map(asFeature),
        })
      : [
          [-20, -40],
          [80, 60],
        ],
    minSpan,
  );
  const [[x0, y0], [x1, y1]] = box;
  const frame: GeoGeometryObjects = {
    type: "MultiPoint",
    coordinates: [
      [x0, y0],
      [x1, y0],
      [x0, y1],
      [x1, y1],
      [(x0 + x1) / 2, y0],
      [(x0 + x1) / 2, y1],
    ],
  };
  const projection = geoEqualEarth()
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  // Whole units, and no detail under ¾ of a unit: invisible at these sizes, and the paths ship
  // twice (HTML and the RSC payload).
  const path = geoPath(projection).digits(0);
  const countries = all.flatMap((c) => {
    const drawn = path(c.geometry);
    const d = drawn ? simplifyPath(drawn, 0.75) : drawn;
    return d
      ? [{ code: c.code, name: c.name, d, focus: c.code !== undefined && wanted.has(c.code) }]
      : [];
  });
  const small = all.flatMap((c) => {
    if (!c.code || !wanted.has(c.code)) return [];
    const [[bx0, by0], [bx1, by1]] = path.bounds(c.geometry);
    if (bx1 - bx0 > 6 || by1 - by0 > 6) return [];
    const [x, y] = path.centroid(c.geometry);
    return Number.isFinite(x) && Number.isFinite(y) ? [{ code: c.code, x, y }] : [];
  });
  return {
    width,
    height,
    countries,
    small,
    project: (p) => projection([p.lon, p.lat]),
  };
}

type Box = [[number, number], [number, number]];

function expand([[x0, y0], [x1, y1]]: Box, minSpan: number): Box {
  const grow = (a: number, b: number): [number, number] => {
    const extra = Math.max(0, minSpan - (b - a)) / 2;
    return [a - extra, b + extra];
  };
  const [lon0, lon1] = grow(x0, x1);
  const [lat0, lat1] = grow(y0, y1);
  return [
    [lon0, Math.max(-85, lat0)],
    [lon1, Math.min(85, lat1)],
  ];
}

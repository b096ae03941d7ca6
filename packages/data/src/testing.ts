// Deterministic fixtures for tests and benchmarks in every package: same seed, same data.
import { QUALIFIERS } from "./quantity/qualifiers.js";

/** mulberry32: small, fast, and good enough to vary synthetic data reproducibly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  "BA",
  "XK",
  "IL",
  "SY",
  "LB",
  "SS",
  "ML",
  "SO",
  "SC",
  "DJ",
  "CF",
  "BH",
  "BI",
  "AF",
  "UA",
];
const ORGS = ["un", "eu", "nato", "osce", "us"];
const CLUSTERS = ["north", "east", "south", "west"];

const text = (s: string) => ({ en: s, nl: `${s} (nl)` });

export type SyntheticOptions = {
  missions: number;
  /** Dated figures per mission; the real dataset has about 3.7. */
  figuresPerMission?: number;
  /** Sources per mission; the real dataset has about 5.4. */
  sourcesPerMission?: number;
  seed?: number;
};

/**
 * A valid dataset document (plain JSON, not yet parsed): `missions` fully cited missions with
 * their figures and sources, four clusters, six considerations and three statements.
 */
export function syntheticDatasetInput({
  missions,
  figuresPerMission = 1,
  sourcesPerMission = 0.1,
  seed = 1,
}: SyntheticOptions): Record<string, unknown> {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const sourceCount = Math.max(1, Math.ceil(missions * sourcesPerMission));
  const sources = Array.from({ length: sourceCount }, (_, i) => ({
    id: `source-${i}`,
    kind: "webPage",
    publisherKind: "official",
    title: `Synthetic source ${i}`,
    language: "en",
    url: `https://example.org/source/${i}`,
    // Later than every date they state, as a source reporting what happened is.
    date: `${2020 + (i % 5)}-01-01`,
  }));
  const cite = (i: number) => ({
    source: `source-${i % sourceCount}`,
    locator: `p. ${1 + (i % 40)}`,
  });
  const missionIds = Array.from({ length: missions }, (_, i) => `mission-${i}`);
  const missionList = missionIds.map((id, i) => {
    const start = 1950 + Math.floor(rand() * 60);
    return {
      id,
      acronym: `M${i}`,
      aliases: [`Mission ${i}`],
      name: text(`Synthetic mission ${i}`),
      organisation: pick(ORGS),
      kind: { value: pick(["military", "civilian"] as const), citations: [cite(i)] },
      types: {
        value: [pick(["training", "advisory", "observation"] as const)],
        citations: [cite(i)],
      },
      legalBasis: [{ value: text(`Resolution ${i}`), citations: [cite(i)] }],
      start: { value: String(start), citations: [cite(i)] },
      ...(rand() < 0.5
        ? { end: { value: String(start + 1 + Math.floor(rand() * 10)), citations: [cite(i)] } }
        : {}),
      area: { value: { countries: [pick(COUNTRIES)] }, citations: [cite(i)] },
      headquarters: [
        {
          value: {
            name: text(`Place ${i}`),
            coordinates: {
              value: {
                // + 0: Math.round gives -0 for a small negative, which JSON and CSV write as 0.
                lat: Math.round((rand() * 120 - 60) * 100) / 100 + 0,
                lon: Math.round((rand() * 300 - 150) * 100) / 100 || 1,
              },
              citations: [],
              unverified: true,
            },
          },
          citations: [cite(i)],
        },
      ],
      description: { value: text(`A synthetic mission number ${i}.`), citations: [cite(i)] },
      netherlands: {
        start: { value: String(start + 1), citations: [cite(i)] },
        roles: [],
        notes: [],
      },
      citations: [cite(i)],
    };
  });
  const quantity = (i: number) => {
    const qualifier = QUALIFIERS[i % QUALIFIERS.length] as (typeof QUALIFIERS)[number];
    const value = 1 + Math.floor(rand() * 50);
    if (qualifier === "range") return { qualifier, min: value, max: value + 5 };
    if (qualifier === "few" || qualifier === "unknown") return { qualifier };
    return { qualifier, value };
  };
  const figures = missionIds.flatMap((mission, i) =>
    Array.from({ length: figuresPerMission }, (_, k) => ({
      id: k === 0 ? `figure-${i}` : `figure-${i}-${k}`,
      mission,
      quantity: quantity(i + k),
      asOf: String(2014 + k),
      scope: "military",
      citation: cite(i + k),
    })),
  );
  const clusters = CLUSTERS.map((id, c) => ({
    id,
    edition: "synthetic-2014",
    order: c + 1,
    relation: c === 3 ? "addition" : "group",
    name: text(`Cluster ${id}`),
    purpose: text(`Purpose of ${id}`),
    missions: missionIds.filter((_, i) => i % CLUSTERS.length === c),
    citation: cite(c),
  }));
  return {
    meta: {
      title: text("Synthetic dataset"),
      description: text("Generated for tests and benchmarks."),
      year: 2014,
      primarySource: "source-0",
      version: "synthetic",
      license: "CC0-1.0",
    },
    sources,
    organisations: ORGS.map((id) => ({
      id,
      acronym: text(id.toUpperCase()),
      name: text(`Org ${id}`),
      kind: "intergovernmental",
    })),
    editions: [
      {
        id: "synthetic-2014",
        reportingYear: 2014,
        title: text("Synthetic evaluation 2014"),
        letter: "source-0",
        covers: [],
      },
    ],
    clusters: clusters.filter((c) => c.missions.length > 0),
    missions: missionList,
    figures: [
      ...figures,
      ...clusters
        .filter((c) => c.missions.length > 0)
        .map((c, i) => ({
          id: `cluster-figure-${c.id}`,
          cluster: c.id,
          quantity: quantity(i),
          asOf: "2014",
          scope: "unspecified",
          citation: cite(i),
        })),
    ],
    missionCounts: [],
    considerations: [1, 2, 3, 4, 5, 6].map((order) => ({
      id: `consideration-${order}`,
      order,
      name: text(`Consideration ${order}`),
      description: text(`Consideration ${order} described.`),
      emphasis: order <= 2 ? "moreThanBefore" : "evenMoreExplicit",
      citation: cite(order),
    })),
    statements: [1, 2, 3].map((order) => ({
      id: `statement-${order}`,
      kind: "motive",
      order,
      text: text(`Statement ${order}.`),
      citation: cite(order),
    })),
  };
}

/** How many records (items in all collections) a synthetic dataset of `missions` missions holds. */
export function syntheticRecordCount(input: Record<string, unknown>): number {
  return Object.values(input).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
}

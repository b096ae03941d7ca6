// Datasets for the tests: the shared synthetic one, and a richer variant that sets every optional
// field the model has somewhere (identifiers, copies, quotes, periods, notes, planned facts, editions
// with dated letters and coverage, groups of several editions, counts of missions…), so a
// round trip that drops one of them fails.
import { bundledDataset, type Dataset, loadDataset } from "@inzet/data";
import { syntheticDatasetInput } from "@inzet/data/testing";

// biome-ignore lint/suspicious/noExplicitAny: test fixtures edit plain JSON in place
type Json = Record<string, any>;

/** Parses (the only way to mint branded ids) or throws with the first issues. */
export function parsed(input: unknown): Dataset {
  const result = loadDataset(input);
  if (!result.ok)
    throw new Error(`invalid test dataset: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.dataset;
}

export const synthetic = (missions: number, seed = 1): Dataset =>
  parsed(syntheticDatasetInput({ missions, seed }));

const text = (s: string) => ({ en: s, nl: `${s} (nl)` });

/** The synthetic input with every optional field used somewhere, chosen by `seed`. */
export function richInput(missions: number, seed: number): Json {
  const input = syntheticDatasetInput({
    missions,
    seed,
    figuresPerMission: 2,
    sourcesPerMission: 1,
  }) as Json;
  let state = seed >>> 0 || 1;
  const chance = (p: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32 < p;
  };
  const sources: Json[] = input.sources;
  sources.forEach((s, i) => {
    const scheme = i % 5;
    if (scheme === 1)
      Object.assign(s, {
        identifier: { scheme: "kamerstuk", dossier: "29 521", number: String(100 + i) },
        url: undefined,
        language: "nl",
        titleEn: `Source ${i} in English`,
      });
    if (scheme === 2)
      Object.assign(s, {
        identifier: {
          scheme: "celex",
          celex: `3201${i % 10}D00${String(10 + (i % 90)).padStart(2, "0")}`,
        },
        url: undefined,
        kind: "legalAct",
      });
    if (scheme === 3)
      Object.assign(s, {
        identifier: { scheme: "doi", doi: `10.1234/inzet.${i}` },
        url: undefined,
        kind: "report",
        publisherKind: "scholarly",
      });
    if (scheme === 4)
      Object.assign(s, {
        identifier: { scheme: "unSymbol", symbol: `S/RES/${1000 + i} (2014)` },
        url: undefined,
        kind: "unDocument",
      });
    if (chance(0.3))
      s.accessedVia = [
        {
          url: `https://mirror.example/${i}`,
          publisher: "A mirror, a copy",
          accessed: "2026-11",
          note: text("Read here"),
        },
        { url: `https://archive.example/${i}` },
      ];
    if (chance(0.3)) s.note = text(`Note on source ${i}, with "quotes", commas and a\nline break`);
    if (i > 0 && chance(0.2)) s.partOf = "source-0";
    if (chance(0.3)) s.publisher = "Tweede Kamer der Staten-Generaal";
    if (chance(0.2)) s.date = undefined;
  });
  for (const s of sources) for (const k of Object.keys(s)) if (s[k] === undefined) delete s[k];
  const cite = (i: number): Json => ({
    source: `source-${i % sources.length}`,
    ...(i % 3 === 0
      ? { locator: { en: `p. ${i}`, nl: `blz. ${i}` } }
      : i % 3 === 1
        ? {}
        : { locator: `§ ${i}` }),
    ...(i % 2 === 0
      ? {
          quote: { text: `ongeveer ${i}, “zo staat het er”`, lang: "nl" },
          translation: { text: `about ${i}`, lang: "en" },
        }
      : {}),
    ...(i % 4 === 1 ? { asOf: "2014-06", accessed: "2026-11-30" } : {}),
  });
  input.missions.forEach((m: Json, i: number) => {
    if (chance(0.4)) m.aliases = [];
    if (chance(0.3)) m.aliases.push(`Alias, "quoted" ${i}`);
    m.citations.push(cite(i + 1));
    if (chance(0.5)) m.start.citations.push(cite(i + 2), cite(i + 3));
    if (chance(0.3)) Object.assign(m.kind, { status: "actual", note: text("Kind as stated") });
    if (chance(0.3)) m.types.value.push("monitoring");
    if (chance(0.3))
      m.legalBasis.push({
        value: text(`Decision ${i}`),
        citations: [],
        unverified: true,
        note: text("Not checked"),
      });
    if (!m.end && chance(0.5)) m.runningAsOf = { value: "2015-05-20", citations: [cite(i)] };
    if (m.end && chance(0.5)) m.end.status = "planned";
    if (i > 0 && chance(0.4))
      m.predecessor = {
        value: { name: `M${i - 1}`, mission: `mission-${i - 1}`, date: "1990" },
        citations: [cite(i)],
      };
    if (chance(0.3))
      m.successor = { value: { name: "Not in the dataset" }, citations: [], unverified: true };
    if (chance(0.4)) m.area.value.description = text(`Area of ${i}`);
    if (chance(0.3)) m.area.value.countries.push("NL");
    if (chance(0.3)) m.area.value.countries = [];
    if (chance(0.3))
      m.headquarters.push({
        value: { name: text("Somewhere without coordinates") },
        citations: [cite(i)],
      });
    if (chance(0.2)) m.headquarters = [];
    if (chance(0.5))
      m.netherlands.roles.push(
        { value: text(`Staff officers ${i}`), citations: [cite(i)] },
        { value: text("Advisers"), citations: [], unverified: true },
      );
    if (chance(0.5))
      m.netherlands.notes.push({
        value: text(`A note, ${i}`),
        citations: [cite(i)],
        status: "planned",
      });
    if (chance(0.3)) m.netherlands.runningAsOf = { value: "2015", citations: [cite(i)] };
    if (chance(0.2)) delete m.netherlands.start;
  });
  input.figures.forEach((f: Json, i: number) => {
    if (chance(0.3))
      f.asOf = chance(0.5) ? { from: "2014-01", to: "2014-12-31" } : { from: "2013" };
    if (chance(0.3)) f.quantity.wording = { text: `ongeveer ${i}`, lang: "nl" };
    if (chance(0.3)) f.quantity.basis = "authorisedMaximum";
    if (chance(0.2)) f.reportingYear = 2014;
    if (chance(0.2)) f.status = "planned";
    if (chance(0.2)) f.unverified = true;
    if (chance(0.3)) f.role = text("Staff");
    if (chance(0.2)) f.note = text("Figure note");
    f.citation = cite(i);
  });
  // Editions: the synthetic one gains what it lacks by chance; a second has its own grouping
  // (missions already in a group of the first: one group per mission per edition), a third none.
  const missionIds: string[] = input.missions.map((m: Json) => m.id);
  const covers = (from: number, n: number) =>
    missionIds.slice(from, from + n).map((mission, i) => ({ mission, citation: cite(from + i) }));
  const [first] = input.editions as Json[];
  if (first) {
    if (chance(0.5)) first.annex = `source-${1 % sources.length}`;
    if (chance(0.5))
      first.date = chance(0.5)
        ? { value: "2015-05", citations: [], unverified: true, note: text("Date not checked") }
        : { value: "2015-05-20", citations: [cite(1), cite(2)], status: "actual" };
    if (chance(0.5)) first.covers = covers(0, 1 + (seed % 3));
    if (chance(0.3)) first.note = text('The first edition, with "quotes", commas, a\nline break');
  }
  input.editions.push(
    {
      id: "synthetic-2015",
      reportingYear: 2015,
      title: text("Synthetic evaluation 2015"),
      letter: `source-${2 % sources.length}`,
      ...(chance(0.5) ? { annex: `source-${3 % sources.length}` } : {}),
      date: {
        value: "2016-06-01",
        citations: [cite(3)],
        ...(chance(0.5) ? { status: "planned", note: text("Announced") } : {}),
      },
      covers: covers(1, 2),
    },
    {
      id: "synthetic-2016",
      reportingYear: 2016,
      title: text("Synthetic evaluation 2016, no groups"),
      letter: "source-0",
      covers: chance(0.5) ? covers(0, missionIds.length) : [],
    },
  );
  input.clusters.push({
    id: "later-group",
    edition: "synthetic-2015",
    order: 1,
    relation: "group",
    name: text("A group of 2015"),
    purpose: text("Purpose of the 2015 group"),
    // Also in groups of the 2014 edition, which is allowed: one group per edition.
    missions: missionIds.slice(0, 2).reverse(),
    citation: cite(5),
  });
  // The count of missions a year, with "N/A" kept unknown and zero an exact 0.
  input.missionCounts = [2008, 2009, 2010].flatMap((year, y) =>
    (["civilian", "military"] as const).map((kind, k) => {
      const i = y * 2 + k;
      const count =
        kind === "civilian" && chance(0.5)
          ? { qualifier: "unknown", wording: { text: "N/A", lang: "nl" } }
          : i % 3 === 0
            ? { qualifier: "exact", value: i === 0 ? 0 : 10 + i }
            : i % 3 === 1
              ? { qualifier: "range", min: i, max: i + 2, basis: "unspecified" }
              : {
                  qualifier: "approximately",
                  value: 20 + i,
                  wording: { text: `ca. ${20 + i}`, lang: "nl" },
                };
      return {
        id: `missions-${year}-${kind}`,
        year,
        kind,
        count,
        ...(chance(0.4) ? { note: text(`Count note ${i}`) } : {}),
        citation: cite(i),
      };
    }),
  );
  if (chance(0.5))
    input.meta.publisher = {
      name: "Test publisher",
      url: "https://example.org/",
      email: "data@example.org",
    };
  input.meta.issued = "2015-05-20";
  input.meta.keywords = [text("missions")];
  return input;
}

export const rich = (missions: number, seed: number): Dataset => parsed(richInput(missions, seed));

export { bundledDataset };

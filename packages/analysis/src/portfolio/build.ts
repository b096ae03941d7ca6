import type { Cluster, Dataset, Mission, MissionId, PersonnelFigure } from "@inzet/data";
import {
  clusterOf,
  figureForYear,
  figuresFor,
  getOrganisation,
  isStrength,
} from "@inzet/data/queries";
import { frameworkOf } from "../frameworks.js";
import { regionsOf } from "../geo/regions.js";
import { spanOf } from "../span.js";
import { checkAsOf } from "../time/days.js";
import { memberPersonnel, ownPersonnel } from "./personnel.js";
import type { Contribution, Group, GroupFigure, Portfolio } from "./portfolio.js";
import { addToTally, emptyTally } from "./tally.js";

// figureForYear reads every figure of the dataset; a view holding one mission's figures keeps a
// portfolio of 10 000 contributions linear to build. Datasets are immutable: views can be kept.
const views = new WeakMap<Dataset, Map<string, Dataset>>();

function missionView(ds: Dataset, id: string): Dataset {
  let byMission = views.get(ds);
  if (!byMission) {
    const figures = new Map<string, PersonnelFigure[]>();
    for (const f of ds.figures)
      if (f.mission) figures.set(f.mission, [...(figures.get(f.mission) ?? []), f]);
    byMission = new Map([...figures].map(([m, fs]) => [m, { ...ds, figures: fs }]));
    views.set(ds, byMission);
  }
  return byMission.get(id) ?? { ...ds, figures: [] };
}

/** The figure a source gives a mission's Dutch personnel for `year` (see figureForYear). */
export function missionFigure(ds: Dataset, id: MissionId, year: number): PersonnelFigure | null {
  return figureForYear(missionView(ds, id), { mission: id }, year) ?? null;
}

type Context = Pick<Portfolio, "dataset" | "year" | "groupFigures">;

/** A dataset mission as a contribution, in its own group or the one given. */
export function contributionFromMission(p: Context, m: Mission, group?: string): Contribution {
  const figure = missionFigure(p.dataset, m.id, p.year);
  const quantity = figure?.quantity ?? { qualifier: "unknown" as const };
  const home = clusterOf(p.dataset, m.id)?.id ?? null;
  const gf = home === null ? undefined : p.groupFigures.get(home);
  const counted = gf?.members.has(m.id) === true;
  return {
    id: m.id,
    label: m.acronym,
    origin: "dataset",
    mission: m,
    group: group ?? home,
    organisation: m.organisation,
    framework: frameworkOf(getOrganisation(p.dataset, m.organisation)),
    countries: m.area.value.countries,
    regions: regionsOf(m.area.value.countries),
    quantity,
    figure,
    part: counted && gf ? gf.group : null,
    personnel: counted && gf ? memberPersonnel(gf, m.id) : ownPersonnel(quantity),
  };
}

/**
 * A group's figure that an evaluation reports for `year` though it describes a later moment: the
 * 2014 letter's groups are dated to spring 2015, when its annex was written (reportingYear 2014).
 */
function reportedFor(ds: Dataset, cluster: Cluster["id"], year: number) {
  return figuresFor(ds, { cluster })
    .filter((f) => f.reportingYear === year && isStrength(f))
    .at(-1);
}

function groupFigures(ds: Dataset, year: number): Map<string, GroupFigure> {
  const out = new Map<string, GroupFigure>();
  for (const c of ds.clusters) {
    const figure = figureForYear(ds, { cluster: c.id }, year) ?? reportedFor(ds, c.id, year);
    if (!figure) continue;
    const all = emptyTally();
    const members = new Map(
      c.missions.map((id) => {
        const f = missionFigure(ds, id, year);
        const span = spanOf(f?.quantity ?? { qualifier: "unknown" });
        addToTally(all, span);
        return [id, { span, figure: f }] as const;
      }),
    );
    out.set(c.id, { group: c.id, figure, total: spanOf(figure.quantity), members, all });
  }
  return out;
}

export type PortfolioOptions = {
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD): durations run to it; figures are of its year. */
  asOf: string;
  /** Mission ids to include; by default every mission of the dataset. */
  missions?: readonly string[];
};

/**
 * The dataset's contributions as a portfolio: every mission (or those given) in the letter's
 * groups, each with the figure for the as-of year, narrowed by its group's figure for that year.
 */
export function portfolioFromDataset(ds: Dataset, { asOf, missions }: PortfolioOptions): Portfolio {
  checkAsOf(asOf);
  const year = Number(asOf.slice(0, 4));
  const groups = new Map<string, Group>(
    [...ds.clusters]
      .sort((a, b) => a.order - b.order)
      .map((c) => [c.id, { id: c.id, name: c.name, order: c.order, cluster: c }]),
  );
  const context = { dataset: ds, year, groupFigures: groupFigures(ds, year) };
  const wanted = missions === undefined ? undefined : new Set(missions);
  const contributions = ds.missions
    .filter((m) => wanted === undefined || wanted.has(m.id))
    .map((m) => contributionFromMission(context, m));
  return { ...context, asOf, groups, contributions };
}

import type {
  Cluster,
  Dataset,
  Edition,
  EditionId,
  Mission,
  MissionId,
  PersonnelFigure,
} from "@inzet/data";
import {
  editionClusters,
  editionMissions,
  figureForYear,
  figuresFor,
  getOrganisation,
  isStrength,
  primaryEdition,
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

type Context = Pick<Portfolio, "dataset" | "year" | "groupFigures" | "groups">;

/** The evaluation's group the mission is a member of. */
const homeOf = (p: Context, id: MissionId) =>
  [...p.groups.values()].find((g) => g.cluster?.missions.includes(id))?.id ?? null;

/** A dataset mission as a contribution, in its own group or the one given. */
export function contributionFromMission(p: Context, m: Mission, group?: string): Contribution {
  const figure = missionFigure(p.dataset, m.id, p.year);
  const quantity = figure?.quantity ?? { qualifier: "unknown" as const };
  const home = homeOf(p, m.id);
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

function groupFigures(ds: Dataset, clusters: Cluster[], year: number): Map<string, GroupFigure> {
  const out = new Map<string, GroupFigure>();
  for (const c of clusters) {
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
  /** Mission ids to include; by default the evaluation's own (see `evaluationScope`). */
  missions?: readonly string[];
  /** The evaluation whose groups and missions are weighed; by default the dataset's own. */
  edition?: EditionId;
};

export type EvaluationScope = {
  /** The evaluation weighed; undefined when the dataset is weighed whole. */
  edition: Edition | undefined;
  clusters: Cluster[];
  missions: Mission[];
};

/**
 * What a portfolio weighs by default: the dataset's own evaluation (its primary edition, the 2014
 * letter here), its groups in their order and its missions in the groups' order. Missions that
 * evaluation does not treat (UN missions of other years) are not part of it. A dataset without
 * editions, or whose edition names no mission, is weighed whole, in the data's order.
 */
export function evaluationScope(
  ds: Dataset,
  editionId: EditionId | undefined = primaryEdition(ds)?.id,
): EvaluationScope {
  const edition = ds.editions.find((e) => e.id === editionId);
  const missions = edition ? editionMissions(ds, edition.id) : [];
  if (!edition || missions.length === 0)
    return { edition: undefined, clusters: [...ds.clusters], missions: ds.missions };
  return { edition, clusters: editionClusters(ds, edition.id), missions };
}

/**
 * The evaluation's contributions as a portfolio (or those missions given, in the same order): each
 * in the evaluation's groups, with the figure for the as-of year, narrowed by its group's figure for
 * that year.
 */
export function portfolioFromDataset(
  ds: Dataset,
  { asOf, missions, edition }: PortfolioOptions,
): Portfolio {
  checkAsOf(asOf);
  const year = Number(asOf.slice(0, 4));
  const scope = evaluationScope(ds, edition ?? primaryEdition(ds)?.id);
  const groups = new Map<string, Group>(
    [...scope.clusters]
      .sort((a, b) => a.order - b.order)
      .map((c) => [c.id, { id: c.id, name: c.name, order: c.order, cluster: c }]),
  );
  const context = {
    dataset: ds,
    year,
    groups,
    groupFigures: groupFigures(ds, scope.clusters, year),
  };
  const wanted = missions === undefined ? undefined : new Set(missions);
  const inScope = new Set(scope.missions.map((m) => m.id));
  const chosen = wanted
    ? [
        ...scope.missions.filter((m) => wanted.has(m.id)),
        ...ds.missions.filter((m) => wanted.has(m.id) && !inScope.has(m.id)),
      ]
    : scope.missions;
  const contributions = chosen.map((m) => contributionFromMission(context, m));
  return { ...context, asOf, contributions };
}

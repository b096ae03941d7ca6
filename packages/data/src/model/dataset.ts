import * as z from "zod";
import { Cluster } from "./cluster.js";
import { Edition } from "./edition.js";
import { PersonnelFigure } from "./figure.js";
import { SourceId } from "./ids.js";
import { Mission } from "./mission.js";
import { MissionCount } from "./mission-count.js";
import { Organisation } from "./organisation.js";
import { LocalizedText } from "./primitives.js";
import { Source } from "./source.js";
import { Consideration, Statement } from "./statement.js";

export const DatasetMeta = z
  .strictObject({
    title: LocalizedText,
    description: LocalizedText,
    /** The year the evaluation covers. */
    year: z.number().int().min(1900).max(2100),
    primarySource: SourceId,
    version: z.string().min(1),
    license: z.string().min(1),
  })
  .meta({ id: "DatasetMeta", description: "What the dataset is and where it comes from." });
export type DatasetMeta = z.infer<typeof DatasetMeta>;

export const Dataset = z
  .strictObject({
    $schema: z.string().optional(),
    meta: DatasetMeta,
    sources: z.array(Source),
    organisations: z.array(Organisation),
    editions: z.array(Edition),
    clusters: z.array(Cluster),
    missions: z.array(Mission),
    figures: z.array(PersonnelFigure),
    missionCounts: z.array(MissionCount),
    considerations: z.array(Consideration),
    statements: z.array(Statement),
  })
  .meta({ id: "Dataset", description: "The Inzet dataset: missions, figures and their sources." });
export type Dataset = z.infer<typeof Dataset>;

export const COLLECTIONS = [
  "sources",
  "organisations",
  "editions",
  "clusters",
  "missions",
  "figures",
  "missionCounts",
  "considerations",
  "statements",
] as const satisfies readonly (keyof Dataset)[];
export type Collection = (typeof COLLECTIONS)[number];

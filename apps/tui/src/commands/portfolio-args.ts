// `inzet portfolio`'s options turned into scenario operations, or a usage error saying which
// option is wrong and how to write it.
import type { Operation, Portfolio } from "@inzet/analysis";
import type { Dataset, Mission } from "@inzet/data";
import { normaliseName } from "@inzet/data/queries";
import { usageError } from "../errors.js";
import { local } from "../output/format.js";
import type { View } from "../output/view.js";
import { defaultAsOf } from "../workbench/portfolio-base.js";
import { parseWordedQuantity } from "./quantity-words.js";
import { resolveMission } from "./resolve-mission.js";

export type RawPortfolioOptions = {
  asOf?: string;
  drop?: string[];
  move?: string[];
  resize?: string[];
  preset?: string;
  threshold?: string;
  keep?: string;
  assessment?: string;
  json?: boolean;
  csv?: boolean;
};

/** A mission of the dataset that is a contribution of the portfolio; otherwise a usage error. */
export function contributionOf(p: Portfolio, key: string, view: View): Mission {
  const mission = resolveMission(p.dataset, key, view);
  if (p.contributions.some((c) => c.id === mission.id)) return mission;
  throw usageError(
    view.t("error.notInPortfolio", {
      name: mission.acronym,
      count: p.contributions.length,
      year: p.year,
    }),
  );
}

/** "ID=VALUE", split at its first "="; a usage error naming the option otherwise. */
function pair(option: string, text: string, example: string, view: View): [string, string] {
  const at = text.indexOf("=");
  const key = text.slice(0, at).trim();
  const value = text.slice(at + 1).trim();
  if (at < 0 || key === "" || value === "")
    throw usageError(view.t("error.pairExpected", { option, text, example }));
  return [key, value];
}

/** A group of the portfolio by id, name or number ("balkans", "Balkans", "1"). */
function groupOf(p: Portfolio, key: string, view: View): string {
  const wanted = normaliseName(key);
  for (const g of p.groups.values()) {
    const names = [g.id, g.name.en, g.name.nl, String(g.order)].map(normaliseName);
    if (names.includes(wanted)) return g.id;
  }
  const values = [...p.groups.values()].map((g) => `${g.id} (${local(g.name, view)})`).join(", ");
  throw usageError(view.t("error.unknownGroup", { value: key, values }));
}

/** A count for --threshold or --keep: a whole number from `min`. */
export function countOption(
  option: string,
  text: string | undefined,
  fallback: number,
  min: number,
  view: View,
) {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text.trim()) || Number(text) < min)
    throw usageError(view.t("error.countExpected", { option, text, min }));
  return Number(text);
}

/** The operations the options ask for: moves and resizes first, then the ends. */
export function portfolioOperations(
  p: Portfolio,
  options: RawPortfolioOptions,
  view: View,
): Operation[] {
  const ops: Operation[] = [];
  for (const text of options.move ?? []) {
    const [key, group] = pair("--move", text, "--move kfor=balkans", view);
    ops.push({ op: "move", id: contributionOf(p, key, view).id, group: groupOf(p, group, view) });
  }
  for (const text of options.resize ?? []) {
    const [key, words] = pair("--resize", text, '--resize kfor="about 10"', view);
    const id = contributionOf(p, key, view).id;
    const parsed = parseWordedQuantity(words);
    if (!parsed.ok) {
      const { key: message, ...values } = parsed.problem;
      throw usageError(`--resize ${text}: ${view.t(message, values)}`);
    }
    ops.push({ op: "resize", id, quantity: parsed.quantity });
  }
  const ended = new Set<string>();
  for (const key of options.drop ?? []) {
    const id = contributionOf(p, key, view).id;
    if (ended.has(id)) continue;
    ended.add(id);
    ops.push({ op: "end", id });
  }
  return ops;
}

/** The as-of date, checked: YYYY, YYYY-MM or YYYY-MM-DD, a real day. */
export function asOfOption(ds: Dataset, text: string | undefined, view: View): string {
  if (text === undefined) return defaultAsOf(ds);
  const value = text.trim();
  const [y, m, d] = value.split("-").map(Number);
  const shape = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);
  const day = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  const real =
    shape &&
    (m === undefined || (m >= 1 && m <= 12)) &&
    (d === undefined || day.getUTCDate() === d);
  if (!real) throw usageError(view.t("error.asOf", { text }));
  return value;
}

// A scenario as a short, URL-safe string for sharing: its operations as compact JSON tuples,
// then base64url. Reading one back validates it like any other scenario.
import type { Quantity, ValidationIssue } from "@inzet/data";
import { fromBase64url, toBase64url } from "./base64url.js";
import { parseScenario, type ScenarioParse } from "./parse.js";
import type { Operation, Scenario } from "./schema.js";

const VERSION = 1;

// A figure without wording or basis as a short text: "3", "~10", ">40", ">=5", "<=15", "6-15".
const PREFIX = { exact: "", approximately: "~", moreThan: ">", atLeast: ">=", upTo: "<=" } as const;

function packQuantity(q: Quantity): string | Quantity {
  if (q.wording !== undefined || q.basis !== undefined) return q;
  if (q.qualifier === "range") return `${q.min}-${q.max}`;
  if (q.qualifier === "few" || q.qualifier === "unknown") return q.qualifier;
  return `${PREFIX[q.qualifier]}${q.value}`;
}

function unpackQuantity(q: unknown): unknown {
  if (typeof q !== "string") return q;
  if (q === "few" || q === "unknown") return { qualifier: q };
  const range = /^(\d+)-(\d+)$/.exec(q);
  if (range) return { qualifier: "range", min: Number(range[1]), max: Number(range[2]) };
  const valued = /^(~|>=|<=|>|)(\d+)$/.exec(q);
  const qualifier = Object.entries(PREFIX).find(([, p]) => p === valued?.[1])?.[0];
  return valued && qualifier ? { qualifier, value: Number(valued[2]) } : q;
}

function packOperation(op: Operation): unknown[] {
  switch (op.op) {
    case "end":
      return ["e", op.id];
    case "move":
      return ["m", op.id, op.group];
    case "resize":
      return ["r", op.id, packQuantity(op.quantity)];
    case "addMission":
      return op.group === undefined ? ["a", op.mission] : ["a", op.mission, op.group];
    case "addDescribed": {
      const { id, name, group, framework, countries, quantity, organisation } = op;
      const packed = ["d", id, name, group, framework, countries.join(" "), packQuantity(quantity)];
      return organisation === undefined ? packed : [...packed, organisation];
    }
  }
}

function unpackOperation(t: unknown): unknown {
  if (!Array.isArray(t)) return t;
  const [kind, a, b, c, d, e, f, g] = t as unknown[];
  switch (kind) {
    case "e":
      return { op: "end", id: a };
    case "m":
      return { op: "move", id: a, group: b };
    case "r":
      return { op: "resize", id: a, quantity: unpackQuantity(b) };
    case "a":
      return b === undefined
        ? { op: "addMission", mission: a }
        : { op: "addMission", mission: a, group: b };
    case "d": {
      const countries = typeof e === "string" ? e.split(" ") : e;
      const op = {
        op: "addDescribed",
        id: a,
        name: b,
        group: c,
        framework: d,
        countries,
        quantity: unpackQuantity(f),
      };
      return g === undefined ? op : { ...op, organisation: g };
    }
    default:
      return t;
  }
}

export function encodeScenario(s: Scenario): string {
  const groups = s.groups === undefined ? 0 : s.groups.map((g) => [g.id, g.name]);
  return toBase64url(JSON.stringify([VERSION, s.name, groups, s.operations.map(packOperation)]));
}

const unreadable = (why: string, waarom: string): ScenarioParse => ({
  ok: false,
  issues: [
    {
      code: "syntax",
      severity: "error",
      path: [],
      message: {
        en: `This is not a shared scenario: ${why}.`,
        nl: `Dit is geen gedeeld scenario: ${waarom}.`,
      },
      hint: {
        en: "Copy the whole link again; it may have been cut off or changed.",
        nl: "Kopieer de hele link opnieuw; hij is misschien afgekapt of veranderd.",
      },
    } satisfies ValidationIssue,
  ],
});

/** The scenario a shared string holds, validated; never throws. */
export function decodeScenario(code: string): ScenarioParse {
  const text = fromBase64url(code.trim());
  if (text === null) return unreadable("it is not base64url text", "het is geen base64url-tekst");
  let tuple: unknown;
  try {
    tuple = JSON.parse(text);
  } catch {
    return unreadable("its content is not JSON", "de inhoud is geen JSON");
  }
  if (!Array.isArray(tuple) || tuple[0] !== VERSION || !Array.isArray(tuple[3]))
    return unreadable(
      `it is not a scenario of version ${VERSION}`,
      `het is geen scenario van versie ${VERSION}`,
    );
  const [, name, groups, operations] = tuple as [number, unknown, unknown, unknown[]];
  const groupList =
    groups === 0
      ? undefined
      : Array.isArray(groups)
        ? groups.map((g) => (Array.isArray(g) ? { id: g[0], name: g[1] } : g))
        : groups;
  return parseScenario({
    name,
    ...(groupList === undefined ? {} : { groups: groupList }),
    operations: operations.map(unpackOperation),
  });
}

import type { Fact } from "./citation.js";
import type { Mission } from "./mission.js";

export type LocatedFact = { path: readonly (string | number)[]; fact: Fact<unknown> };

// Shared path constants: validation walks every fact of every mission, so avoid allocating them.
const KIND = ["kind"] as const;
const TYPES = ["types"] as const;
const START = ["start"] as const;
const END = ["end"] as const;
const RUNNING = ["runningAsOf"] as const;
const PREDECESSOR = ["predecessor"] as const;
const SUCCESSOR = ["successor"] as const;
const AREA = ["area"] as const;
const DESCRIPTION = ["description"] as const;
const NL_START = ["netherlands", "start"] as const;
const NL_END = ["netherlands", "end"] as const;
const NL_RUNNING = ["netherlands", "runningAsOf"] as const;

/** Every cited fact of a mission with its path, so rules and views treat all facts alike. */
export function missionFacts(m: Mission): LocatedFact[] {
  const out: LocatedFact[] = [];
  const add = (path: readonly (string | number)[], fact: Fact<unknown> | undefined) => {
    if (fact) out.push({ path, fact });
  };
  add(KIND, m.kind);
  add(TYPES, m.types);
  for (const [i, f] of m.legalBasis.entries()) add(["legalBasis", i], f);
  add(START, m.start);
  add(END, m.end);
  add(RUNNING, m.runningAsOf);
  add(PREDECESSOR, m.predecessor);
  add(SUCCESSOR, m.successor);
  add(AREA, m.area);
  m.headquarters.forEach((f, i) => {
    add(["headquarters", i], f);
    add(["headquarters", i, "value", "coordinates"], f.value.coordinates);
  });
  add(DESCRIPTION, m.description);
  add(NL_START, m.netherlands.start);
  add(NL_END, m.netherlands.end);
  add(NL_RUNNING, m.netherlands.runningAsOf);
  for (const [i, f] of m.netherlands.roles.entries()) add(["netherlands", "roles", i], f);
  for (const [i, f] of m.netherlands.notes.entries()) add(["netherlands", "notes", i], f);
  return out;
}

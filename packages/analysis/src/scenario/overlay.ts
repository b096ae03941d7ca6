// The contributions as a scenario changes them, kept as changes over the baseline's list: a
// toggle on 10 000 contributions copies nothing until the result is read, once.
import { byId } from "../portfolio/lookup.js";
import type { Contribution, Portfolio } from "../portfolio/portfolio.js";

export class Overlay {
  readonly #base: Portfolio;
  readonly #baseById: ReadonlyMap<string, Contribution>;
  readonly #removed = new Set<string>();
  readonly #replaced = new Map<string, Contribution>();
  /** Contributions added (or re-added after an end), in the order added. */
  readonly #added = new Map<string, Contribution>();

  constructor(base: Portfolio) {
    this.#base = base;
    this.#baseById = byId(base);
  }

  get(id: string): Contribution | undefined {
    const added = this.#added.get(id);
    if (added || this.#removed.has(id)) return added;
    return this.#replaced.get(id) ?? this.#baseById.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  set(c: Contribution): void {
    if (!this.#added.has(c.id) && !this.#removed.has(c.id) && this.#baseById.has(c.id))
      this.#replaced.set(c.id, c);
    else this.#added.set(c.id, c);
  }

  delete(id: string): void {
    if (!this.#added.delete(id)) this.#removed.add(id);
  }

  /** The contributions now: the baseline's order, changed in place, additions last. */
  values(): Contribution[] {
    const kept =
      this.#removed.size === 0 && this.#replaced.size === 0
        ? [...this.#base.contributions]
        : this.#base.contributions.flatMap((c) =>
            this.#removed.has(c.id) ? [] : [this.#replaced.get(c.id) ?? c],
          );
    return [...kept, ...this.#added.values()];
  }
}

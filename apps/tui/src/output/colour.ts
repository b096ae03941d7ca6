export type Env = Readonly<Record<string, string | undefined>>;

export type ColourInput = { flag: boolean; isTTY: boolean; env: Env };

/**
 * Colour only for a person at a capable terminal: --no-color and NO_COLOR win, FORCE_COLOR
 * forces, otherwise a TTY that is not TERM=dumb. CI is deliberately ignored: piped output in CI
 * must stay plain.
 */
export function shouldColour({ flag, isTTY, env }: ColourInput): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  return isTTY && env.TERM !== "dumb";
}

export type Style = { bold: (s: string) => string; dim: (s: string) => string };

const plain = (s: string) => s;

export function styler(colour: boolean): Style {
  if (!colour) return { bold: plain, dim: plain };
  return {
    bold: (s) => (s === "" ? s : `\u001b[1m${s}\u001b[22m`),
    dim: (s) => (s === "" ? s : `\u001b[2m${s}\u001b[22m`),
  };
}

/**
 * A d3 path of whole numbers ("M415,370L416,371L435,386Z") written shorter: each line as the
 * step from the point before ("M415,370l1,1 19,15z"), with repeated points dropped. The maps'
 * paths are most of the overview page, and every page carries them twice (HTML and RSC payload).
 */
export function relativePath(d: string): string {
  let out = "";
  let x = 0;
  let y = 0;
  let inLine = false;
  for (const [, command = "", args = ""] of d.matchAll(/([MLZ])([^MLZ]*)/gi)) {
    const upper = command.toUpperCase();
    if (upper === "Z") {
      out += "z";
      inLine = false;
      continue;
    }
    const numbers = args
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const nx = numbers[i] ?? 0;
      const ny = numbers[i + 1] ?? 0;
      if (upper === "M" && i === 0) {
        out += `M${nx},${ny}`;
        inLine = false;
      } else if (nx !== x || ny !== y) {
        const step = `${nx - x},${ny - y}`;
        out += inLine ? ` ${step}` : `l${step}`;
        inLine = true;
      }
      x = nx;
      y = ny;
    }
  }
  return out;
}

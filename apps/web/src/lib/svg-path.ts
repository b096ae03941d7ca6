/**
 * A d3 path of whole numbers ("M415,370L416,371L435,386Z") written shorter: each line as the
 * step from the point before ("M415,370l1,1 19,15-5-6z"; a minus sign separates too), with
 * repeated points dropped. The maps' paths are most of the overview page, and every page carries
 * them twice (HTML and RSC payload).
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
        const dx = nx - x;
        const dy = ny - y;
        const step = `${dx}${dy < 0 ? "" : ","}${dy}`;
        out += inLine ? `${dx < 0 ? "" : " "}${step}` : `l${step}`;
        inLine = true;
      }
      x = nx;
      y = ny;
    }
  }
  return out;
}

type Point = [number, number];

/**
 * A d3 path ("M…L…Z" subpaths) with the points that stray less than `tolerance` from the line
 * between their neighbours removed (Douglas–Peucker). A closed ring left with fewer than three
 * points is dropped, unless that would drop the whole shape.
 */
export function simplifyPath(d: string, tolerance: number): string {
  const rings = d.split(/(?=M)/).filter(Boolean);
  const simplified = rings.flatMap((ring) => {
    const closed = /Z$/i.test(ring);
    const points = [...ring.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(
      ([, x, y]): Point => [Number(x), Number(y)],
    );
    const kept = douglasPeucker(points, tolerance);
    if (closed && kept.length < 3) return [];
    return [`M${kept.map((p) => p.join(",")).join("L")}${closed ? "Z" : ""}`];
  });
  return simplified.length > 0 ? simplified.join("") : d;
}

function douglasPeucker(points: Point[], tolerance: number): Point[] {
  if (points.length < 3) return points;
  const keep = new Set([0, points.length - 1]);
  const spans: Point[] = [[0, points.length - 1]];
  for (let span = spans.pop(); span; span = spans.pop()) {
    const [a, b] = span;
    const [ax, ay] = points[a] ?? [0, 0];
    const [bx, by] = points[b] ?? [0, 0];
    const length = Math.hypot(bx - ax, by - ay);
    let farthest = -1;
    let distance = tolerance;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i] ?? [0, 0];
      const d =
        length === 0
          ? Math.hypot(px - ax, py - ay)
          : Math.abs((by - ay) * px - (bx - ax) * py + bx * ay - by * ax) / length;
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest !== -1) {
      keep.add(farthest);
      spans.push([a, farthest], [farthest, b]);
    }
  }
  return points.filter((_, i) => keep.has(i));
}

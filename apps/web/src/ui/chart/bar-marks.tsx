import type { FigureMark } from "../../lib/figure-mark";

type Props = {
  mark: FigureMark;
  x: (v: number) => number;
  y: number;
  height: number;
  end: number;
  patternId: string;
};

/** The shapes of one figure: solid where certain, hatched where uncertain, an arrow where open. */
export function BarMarks({ mark, x, y, height, end, patternId }: Props) {
  const mid = y + height / 2;
  return (
    <g className={`bar bar-${mark.encoding}`}>
      {mark.solid && mark.solid[1] > mark.solid[0] ? (
        <rect
          className="bar-solid"
          x={x(mark.solid[0])}
          y={y}
          width={x(mark.solid[1]) - x(mark.solid[0])}
          height={height}
        />
      ) : null}
      {mark.soft ? (
        <rect
          className="bar-soft"
          x={x(mark.soft[0])}
          y={y}
          width={x(mark.soft[1]) - x(mark.soft[0])}
          height={height}
          fill={`url(#${patternId})`}
        />
      ) : null}
      {mark.open !== null ? (
        <>
          <line className="bar-open" x1={x(mark.open)} x2={end - 8} y1={mid} y2={mid} />
          <path
            className="bar-arrow"
            d={`M${end - 10},${mid - 6} L${end},${mid} L${end - 10},${mid + 6} Z`}
          />
        </>
      ) : null}
      {mark.tick !== null ? (
        <line
          className="bar-tick"
          x1={x(mark.tick)}
          x2={x(mark.tick)}
          y1={y - 3}
          y2={y + height + 3}
        />
      ) : null}
    </g>
  );
}

/** The hatching that marks an uncertain span, in the chart's own <defs>. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern
      id={id}
      width="6"
      height="6"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect className="hatch-bg" width="6" height="6" />
      <line className="hatch-line" x1="0" y1="0" x2="0" y2="6" />
    </pattern>
  );
}

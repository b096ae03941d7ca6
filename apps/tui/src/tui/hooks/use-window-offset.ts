import { useRef } from "react";
import { nextOffset } from "../lib/window.js";

/** The first visible row of a virtualised pane, kept from frame to frame so it scrolls minimally. */
export function useWindowOffset(height: number, total: number, from: number, to = from): number {
  const previous = useRef(0);
  previous.current = nextOffset(previous.current, height, total, from, to);
  return previous.current;
}

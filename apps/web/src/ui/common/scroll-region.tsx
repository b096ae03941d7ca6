import type { ReactNode } from "react";

/**
 * A wide table or figure that scrolls sideways on a narrow screen, as a named region that
 * keyboard users can focus to scroll (axe: scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it (WCAG 2.1.1)
    <section className="scroll-x" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

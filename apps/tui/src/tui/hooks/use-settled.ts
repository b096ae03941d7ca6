import { useEffect, useState } from "react";

/**
 * `value` once it has not changed for `delay` ms: the typed letter or the moved cursor shows at
 * once, the slow work follows when keys pause. A negative delay means no waiting at all.
 */
export function useSettled<T>(
  value: T,
  delay: number,
  same: (a: T, b: T) => boolean = Object.is,
): T {
  const [settled, setSettled] = useState(value);
  const current = delay < 0 || same(value, settled);
  useEffect(() => {
    if (current) return;
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, current, delay]);
  return delay < 0 ? value : settled;
}

"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";

type Item = { href: string; label: string };

/** The main navigation, marking the section the current page belongs to. */
export function NavLinks({ items, label }: { items: Item[]; label: string }) {
  const pathname = usePathname() ?? "";
  const home = items[0]?.href;
  const active = (href: string) =>
    href === home ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav className="site-nav" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <IntentLink href={item.href} current={active(item.href)}>
              {item.label}
            </IntentLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Prefetches its page when a reader points at it, touches it or tabs to it, not when it comes
 * into view: every page shows every section's link, and fetching all their data on each page load
 * costs the reader data and the page main-thread time.
 */
function IntentLink({
  href,
  current,
  children,
}: {
  href: string;
  current: boolean;
  children: string;
}) {
  const [wanted, setWanted] = useState(false);
  const want = () => setWanted(true);
  return (
    <Link
      href={href}
      prefetch={wanted ? null : false}
      aria-current={current ? "page" : undefined}
      onMouseEnter={want}
      onTouchStart={want}
      onFocus={want}
    >
      {children}
    </Link>
  );
}

"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

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
            <Link href={item.href} aria-current={active(item.href) ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

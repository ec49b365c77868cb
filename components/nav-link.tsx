'use client';

import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

type Props = { href: string; section?: boolean; children: ReactNode };

/** A header link that tells assistive tech (and the eye) where the visitor is. */
export function NavLink({ href, section = false, children }: Props) {
  const pathname = usePathname();
  const current = pathname === href ? 'page' : section && pathname.startsWith(`${href}/`) ? 'true' : undefined;
  return (
    <a
      href={href}
      aria-current={current}
      className="rounded px-2 py-1 text-muted no-underline hover:text-fg aria-[current]:font-semibold aria-[current]:text-fg aria-[current]:underline aria-[current]:decoration-accent aria-[current]:decoration-2 aria-[current]:underline-offset-8"
    >
      {children}
    </a>
  );
}

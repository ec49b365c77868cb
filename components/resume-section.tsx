import type { ReactNode } from 'react';

/** One part of the résumé, in the order of the 職務経歴書; its id is a stable `#fragment`. */
export function ResumeSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="border-t border-line pt-8">
      <h2 id={id} className="mb-6 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

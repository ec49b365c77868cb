'use client';

import { useEffect, useState } from 'react';

/** Opens the browser's print dialog; hidden until JavaScript runs, since it needs it. */
export function PrintButton({ label, className }: { label: string; className: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <button type="button" hidden={!ready} onClick={() => window.print()} className={className}>
      {label}
    </button>
  );
}

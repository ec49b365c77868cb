'use client';

import { useEffect, useState } from 'react';

/**
 * Opens the browser's print dialog. It needs JavaScript, so it stays invisible until that runs;
 * invisible rather than absent, so that its arrival moves nothing on the page.
 */
export function PrintButton({ label, className }: { label: string; className: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <button type="button" disabled={!ready} onClick={() => window.print()} className={`${className} ${ready ? '' : 'invisible'}`}>
      {label}
    </button>
  );
}

/**
 * Opens the browser's print dialog (public/site.js wires it up). It needs JavaScript, so it
 * stays invisible and disabled until the script runs: invisible rather than absent, so that its
 * arrival moves nothing on the page.
 */
export function PrintButton({ label, className }: { label: string; className: string }) {
  return (
    <button type="button" data-print="" disabled className={`${className} invisible`}>
      {label}
    </button>
  );
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { speculationRulesSource } from '@/lib/speculation-rules.mjs';

// Read here rather than through lib/http-headers.mjs (which hashes the same file), whose
// `import.meta.url` file lookup a bundler would rewrite; the build runs at the project root.
const enhancementScriptSource = readFileSync(join(process.cwd(), 'public', 'site.js'), 'utf8');

/**
 * The page's scripts, both inline and both allowed by their sha256 in the CSP: the enhancement
 * script (public/site.js, at the end of the body so that the elements it wires up exist; inline,
 * so it costs no request before the largest paint) and, unless `speculation` is false, the
 * Speculation Rules (lib/speculation-rules.mjs). Their text must stay byte for byte the hashed
 * text, so it goes in unescaped.
 */
export function PageScripts({ speculation = true }: { speculation?: boolean }) {
  return (
    <>
      {speculation && <script type="speculationrules" dangerouslySetInnerHTML={{ __html: speculationRulesSource }} />}
      <script dangerouslySetInnerHTML={{ __html: enhancementScriptSource }} />
    </>
  );
}

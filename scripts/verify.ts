// `npm run verify -- URL [--origin ORIGIN]`: a served copy of the site, checked as a visitor and
// a crawler see it (scripts/verify-site.ts). ORIGIN is the origin its pages must name, when the
// copy is served elsewhere than where it will live (e.g. `npm start` before an upload).
import { verifySite } from './verify-site';

function usage(message: string): never {
  console.error(`npm run verify: ${message}. Usage: npm run verify -- URL [--origin https://host]`);
  process.exit(2);
}

const args = process.argv.slice(2);
let url: string | undefined;
let origin: string | undefined;
for (let index = 0; index < args.length; index++) {
  const arg = args[index] ?? '';
  if (arg === '--origin') origin = args[++index] ?? usage('--origin needs a value');
  else if (arg.startsWith('--origin=')) origin = arg.slice('--origin='.length);
  else if (!arg.startsWith('-') && url === undefined) url = arg;
  else usage(`unexpected ${arg}`);
}
if (url === undefined) usage('no URL');
for (const value of [url, origin]) {
  if (value !== undefined && !URL.canParse(value)) usage(`${value} is not a URL`);
}

const { failures, pages, pdfs } = await verifySite({ url, origin });
const against = origin ? `${url} (pages for ${origin})` : url;
if (failures.length > 0) {
  for (const failure of failures) console.error(`✗ ${failure}`);
  console.error(
    `npm run verify: ${against}: ${failures.length} problem${failures.length === 1 ? '' : 's'} (${pages} pages, ${pdfs} PDFs read).`,
  );
  process.exit(1);
}
console.log(`npm run verify: ${against}: ${pages} pages, ${pdfs} PDFs, the redirects, the 404 page and the drafts check out.`);

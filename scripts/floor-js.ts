// Measures the framework floor of the JavaScript budget (e2e/js-budget.json): the gzipped bytes
// of the scripts a bare Next app-router page loads, on the versions this project installs,
// counted exactly as e2e/js-budget.spec.ts counts a page of the site. `npx tsx scripts/floor-js.ts`
import { gzipSync } from 'node:zlib';
import { moduleScriptSources } from '../e2e/utils';
import { buildFloor, floorDir } from './bench-floor';
import { startNextServer } from './support';

buildFloor();
const floor = await startNextServer(3331, floorDir);
try {
  const html = await (await fetch(`${floor.base}/`)).text();
  let bytes = 0;
  for (const src of moduleScriptSources(html)) {
    bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, floor.base))).arrayBuffer())).length;
  }
  console.log(`framework floor: ${bytes} bytes of gzipped JavaScript`);
} finally {
  await floor.stop();
}

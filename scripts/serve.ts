// `npm start` (and `npm run serve`, after building): the site in out/ on PORT (default 3000),
// served the way production serves it (scripts/site-server.ts).
import { startSiteServer } from './site-server';

const port = Number(process.env.PORT ?? 3000);
const dir = process.argv[2] ?? 'out';
try {
  const site = await startSiteServer(dir, port);
  console.log(`Serving ${dir}/ on ${site.base}`);
  const stop = () => void site.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

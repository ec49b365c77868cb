// Before the unit tests: the fixture content (tests/fixtures/content) built as a release would
// build it, into tests/.fixture-content; tests/tsconfig.json points `contentlayer/generated`
// there, so the getters under test read the fixture, never the owner's content.
import { join } from 'node:path';
import { buildContent, root } from './content-build';

const { status, output } = buildContent({ dir: join(root, 'tests/.fixture-content'), release: true });
if (status !== 0) {
  console.error(output);
  console.error('The test fixture content does not build (above).');
  process.exit(1);
}
console.log('tests/.fixture-content: the fixture content, built');

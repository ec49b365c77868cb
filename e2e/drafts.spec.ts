import { expect, test } from '@playwright/test';
import { listContentFiles, readContentFile } from '../lib/content-source';
import { locales } from './utils';

// The draft projects of the owner's content, from the Markdown itself. That no page links them
// and no byte of a draft is in out/ is checked on the files (tests/export/drafts.test.ts); here,
// that a server asked for one answers 404. With no drafts in the content this passes on nothing
// to find; tests/content-build.test.ts proves the mechanism on fixture drafts either way.
const draftSlugs = listContentFiles('content').flatMap((file) =>
  readContentFile('content', file).data.draft === true ? [file.split('/').at(-2) ?? ''] : [],
);

for (const locale of locales) {
  test(`draft projects have no page (${locale})`, async ({ request }) => {
    for (const slug of new Set(draftSlugs)) expect((await request.get(`/${locale}/projects/${slug}`)).status(), slug).toBe(404);
  });
}

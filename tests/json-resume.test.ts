import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validate } from '@jsonresume/schema';
import { routing } from '@/i18n/routing';
import { toJsonResume } from '@/lib/json-resume';
import { jsonResumeTypes, typesFile } from '@/scripts/generate-json-resume-types';

function schemaErrors(resume: unknown) {
  let errors: unknown = 'not called';
  validate(resume, (found) => {
    errors = found;
  });
  return errors;
}

describe('JSON Resume export (fixture content)', () => {
  for (const locale of routing.locales) {
    it(`validates against the schema it names (${locale})`, () => {
      const resume = toJsonResume(locale);
      assert.equal(schemaErrors(resume), null);
      const version = /"version":\s*"([^"]+)"/.exec(readFileSync('node_modules/@jsonresume/schema/package.json', 'utf8'))?.[1];
      assert.equal(resume.$schema, `https://unpkg.com/@jsonresume/schema@${version}/schema.json`);
    });
  }

  it('gives one entry per position, and the internship period one entry with its tasks', () => {
    const en = toJsonResume('en');
    assert.deepEqual(en.work, [
      {
        name: 'Acme Corp.',
        position: 'Development Department (Engineer)',
        startDate: '2023-04',
        highlights: ['Concurrently assigned to the Quality Team'],
      },
      { name: 'Acme Corp.', position: 'Research Department', startDate: '2022-04', endDate: '2023-04', highlights: [] },
      { position: 'Internships', startDate: '2020-10', endDate: '2021-03', highlights: ['Web development', 'Sales'] },
    ]);
    assert.equal(toJsonResume('ja').work?.[0]?.position, '開発部（engineer）');
  });

  it('puts a project’s service in type, never in entity, which is for organisations', () => {
    const [alpha, beta] = toJsonResume('en').projects ?? [];
    assert.ok(alpha && beta);
    assert.equal(alpha.type, 'Web service');
    assert.equal(alpha.entity, undefined);
    assert.deepEqual(alpha.keywords, ['Rust', 'TypeScript', '(C++)']);
    assert.equal(beta.type, undefined);
    // The draft projects are there as names only: nothing of their text, no URL to a page they lack.
    assert.deepEqual(toJsonResume('en').projects?.slice(2), [{ name: 'Gamma draft' }]);
    assert.deepEqual(toJsonResume('en').education?.[0]?.studyType, 'Non-degree research student');
  });

  it('is rejected by the schema when a date is malformed (the check can fail)', () => {
    const resume = toJsonResume('en');
    assert.notEqual(schemaErrors({ ...resume, work: [{ ...resume.work?.[0], startDate: 'March 2023' }] }), null);
  });

  it('has its types generated from the installed schema (npm run generate:types)', async () => {
    assert.equal(readFileSync(typesFile, 'utf8'), await jsonResumeTypes(), `${typesFile} is out of date: run npm run generate:types`);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validate } from '@jsonresume/schema';
import { routing } from '@/i18n/routing';
import { toJsonResume } from '@/lib/json-resume';

function schemaErrors(resume: unknown) {
  let errors: unknown = 'not called';
  validate(resume, (found) => {
    errors = found;
  });
  return errors;
}

describe('JSON Resume export', () => {
  for (const locale of routing.locales) {
    it(`validates against the official schema (${locale})`, () => {
      assert.equal(schemaErrors(toJsonResume(locale)), null);
    });
  }

  it('carries the CV facts in the language asked for', () => {
    const ja = toJsonResume('ja');
    const en = toJsonResume('en');
    assert.equal(ja.basics.name, '飯泉瑠偉');
    assert.equal(en.basics.name, 'Rui Iizumi');
    assert.deepEqual(
      en.work.map((job) => [job.name, job.startDate, job.endDate]),
      [
        ['SBI SECURITIES Co., Ltd.', '2023-11', undefined],
        ['SBI SECURITIES Co., Ltd.', '2023-03', '2023-11'],
        ['SBI BITS Co., Ltd.', '2021-11', '2023-02'],
        ['Internships', '2019-10', '2021-10'],
        ['Internships', '2019-10', '2021-10'],
        ['Internships', '2019-10', '2021-10'],
      ],
    );
    assert.equal(ja.certificates.length, 4);
    assert.deepEqual(en.skills[0], { name: 'Rust', level: '3 of 3' });
    assert.ok(en.projects.every((project) => !/st-token|demo-trading-app|rust-market-data/.test(project.url)));
  });

  it('is rejected by the schema when a date is malformed (the check can fail)', () => {
    const resume = toJsonResume('en');
    assert.notEqual(schemaErrors({ ...resume, work: [{ ...resume.work[0], startDate: 'March 2023' }] }), null);
  });
});

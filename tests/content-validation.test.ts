import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CheckedDocument, findContentProblems } from '@/lib/content-validation';

function doc(path: string, fields: Record<string, unknown> = {}): CheckedDocument {
  const parts = path.split('/');
  const type = { projects: 'Project', experience: 'Experience', skills: 'Skills' }[parts[0] ?? ''] ?? 'Profile';
  return {
    type,
    _raw: { sourceFilePath: path },
    locale: (parts.at(-1) ?? '').replace(/\.md$/, ''),
    slug: parts.at(-2) ?? '',
    proseHash: '0000000000000000',
    ...fields,
  };
}

const project = { summary: 'A project', stack: ['Rust'], draft: false, order: 1, teamSize: 3 };

describe('findContentProblems', () => {
  it('accepts a published pair that agrees on its facts', () => {
    assert.deepEqual(findContentProblems([doc('projects/a/ja.md', project), doc('projects/a/en.md', project)]), []);
  });

  it('names the file of a locale other than ja or en', () => {
    const problems = findContentProblems([
      doc('projects/a/ja.md', project),
      doc('projects/a/en.md', project),
      doc('projects/a/fr.md', project),
    ]);
    assert.deepEqual(problems, ['content/projects/a/fr.md: locale "fr" (the file name) must be one of ja, en']);
  });

  it('requires both translations of a published document, but not of a draft', () => {
    assert.deepEqual(findContentProblems([doc('projects/a/ja.md', project)]), [
      'content/projects/a/ja.md: published, but has no en translation (en.md beside it)',
    ]);
    assert.deepEqual(findContentProblems([doc('projects/b/en.md', { draft: true })]), []);
  });

  it('rejects two documents with one slug', () => {
    const problems = findContentProblems([
      doc('projects/a/ja.md', project),
      doc('projects/a/en.md', project),
      doc('projects/2024/a/ja.md', project),
    ]);
    assert.deepEqual(problems, ['content/projects/2024/a/ja.md: slug "a" is already used by content/projects/a/ja.md']);
  });

  it('names a fact that differs between the translations', () => {
    const problems = findContentProblems([doc('projects/a/ja.md', project), doc('projects/a/en.md', { ...project, teamSize: 4 })]);
    assert.deepEqual(problems, ['content/projects/a/en.md: field "teamSize" is 4 but content/projects/a/ja.md has 3']);
  });

  it('requires a summary and a stack of a published project only', () => {
    const bare = { draft: false, order: 1, stack: [] };
    const problems = findContentProblems([doc('projects/a/ja.md', bare), doc('projects/a/en.md', bare)]);
    assert.ok(problems.includes('content/projects/a/ja.md: field "summary" is required unless draft: true'));
    assert.ok(problems.includes('content/projects/a/en.md: field "stack" (or "mentions") is required unless draft: true'));
    const mentioned = { ...bare, summary: 'A project', mentions: ['AWS'] };
    assert.deepEqual(findContentProblems([doc('projects/c/ja.md', mentioned), doc('projects/c/en.md', mentioned)]), []);
    const draft = { draft: true, order: 1, stack: [] };
    assert.deepEqual(findContentProblems([doc('projects/b/ja.md', draft), doc('projects/b/en.md', draft)]), []);
  });

  it('checks months and their order', () => {
    const job = (start: string, end: string) => ({ kind: 'employment', start, end, positions: [{ title: 'x', start: '2023-13' }] });
    const problems = findContentProblems([
      doc('experience/x/ja.md', job('2023-03', '2022-01')),
      doc('experience/x/en.md', job('2023-03', '2022-01')),
    ]);
    assert.ok(problems.includes('content/experience/x/ja.md: field "positions.start" must be a year and month as YYYY-MM, got "2023-13"'));
    assert.ok(problems.includes('content/experience/x/ja.md: field "end" (2022-01) is before "start" (2023-03)'));
  });

  it('keeps skill levels to the 1–3 stars of the CV', () => {
    const skills = { skills: [{ name: 'Rust', level: 4 }] };
    const problems = findContentProblems([doc('skills/skills/ja.md', skills), doc('skills/skills/en.md', skills)]);
    assert.ok(problems.includes('content/skills/skills/ja.md: field "skills.level" must be 1, 2 or 3, got 4'));
  });
});

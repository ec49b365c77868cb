import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getCareerTimeline } from '@/lib/timeline';

describe('career timeline (fixture content)', () => {
  const timeline = getCareerTimeline('en');

  it('puts employers, internships and schools newest first, positions within them newest first', () => {
    assert.deepEqual(
      timeline.groups.map((group) => [group.kind, group.name, group.bars.map((bar) => [bar.label, bar.start, bar.end ?? null])]),
      [
        [
          'employment',
          'Acme Corp.',
          [
            ['Development Department', '2023-04', null],
            ['Research Department', '2022-04', '2023-04'],
          ],
        ],
        ['internship', 'Internships', [['', '2020-10', '2021-03']]],
        ['education', 'Fictional University', [['Faculty of Engineering', '2018-04', '2022-03']]],
      ],
    );
  });

  it('draws to scale from the first January to the January after the CV’s last update', () => {
    assert.equal(timeline.asOf, '2025-01');
    assert.deepEqual(
      timeline.years.map((year) => year.year),
      [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026],
    );
    assert.deepEqual([timeline.years[0]?.at, timeline.years.at(-1)?.at], [0, 100]);
    const [university] = timeline.groups.at(-1)?.bars ?? [];
    // 2018-04 is 3 of 96 months in, 2022-03 is 50 of 96.
    assert.deepEqual([university?.from, university?.to], [3.13, 52.08]);
  });

  it('runs an ongoing position to the CV’s last update, not to the day of the build', () => {
    const ongoing = timeline.groups[0]?.bars[0];
    assert.equal(ongoing?.end, undefined);
    // The fixture CV's last update, 2025-01, is 84 of the axis' 96 months in.
    assert.equal(timeline.asOf, '2025-01');
    assert.equal(ongoing?.to, 87.5);
  });

  it('carries a position’s level and a student’s status', () => {
    assert.equal(timeline.groups[0]?.bars[0]?.level, 'Engineer');
    assert.equal(timeline.groups[2]?.bars[0]?.level, 'Non-degree research student');
  });
});

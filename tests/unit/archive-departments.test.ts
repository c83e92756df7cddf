import { describe, expect, it } from 'vitest';
import { archiveJurisdictions, splitUid } from '../../src/lib/archive-departments.ts';
import type { NoticeSummary } from '../../scripts/lib/notice-summary.ts';

const department = (uid: string, name: string, duties: number, jurisdiction: [string, string] | null) => ({
  id: splitUid(uid)[1],
  uid,
  name,
  kind: 'district',
  jurisdiction: jurisdiction && { id: jurisdiction[0], name: jurisdiction[1], level: 'district' },
  inVocabulary: false,
  spellings: [name],
  duties: Array.from({ length: duties }, (_, i) => ({ measure: i + 1, paragraph: `m0${i + 1}-p1`, clause: `m0${i + 1}-p1-r1`, role: 'responsible' })),
});
const notice = (slug: string, iso: string, departments: ReturnType<typeof department>[]) =>
  ({ slug, cover: null, plan: { title: slug }, facts: { date: { value: iso, iso, from: 'metadata' } }, departments }) as unknown as NoticeSummary;

const hedong: [string, string] = ['tianjin-hedong', '天津市河东区'];
const tianjin: [string, string] = ['tianjin', '天津市'];
const jizhou: [string, string] = ['tianjin-jizhou', '天津市蓟州区'];
const notices = [
  notice('a', '2022-01-01', [department('tianjin-hedong/minzheng', '区民政局', 2, hedong), department('tianjin/shang-wu-ju', '市商务局', 1, tianjin)]),
  notice('b', '2023-01-01', [department('tianjin-hedong/minzheng', '区民政局', 1, hedong), department('tianjin-hedong/zhu-jian-wei', '区住建委', 4, hedong)]),
  notice('c', '2021-01-01', [department('tianjin-jizhou/minzheng', '区民政局', 3, jizhou), department('tianjin/shang-wu-ju', '市商务局', 2, tianjin), department('unknown/ge-jie-dao', '各街道', 1, null)]),
];

describe('archiveJurisdictions: each department once per government, across its notices', () => {
  const groups = archiveJurisdictions(notices);

  it('keeps one government\'s department apart from its namesake in another, and gathers a city body named in its districts\' notices', () => {
    // In pinyin order, a city comes before its districts; an unknown government last.
    expect(groups.map((g) => [g.id, g.departments.map((d) => [d.uid, d.entries.map((e) => e.notice.slug)])])).toEqual([
      ['tianjin', [['tianjin/shang-wu-ju', ['a', 'c']]]],
      ['tianjin-hedong', [['tianjin-hedong/zhu-jian-wei', ['b']], ['tianjin-hedong/minzheng', ['b', 'a']]]],
      ['tianjin-jizhou', [['tianjin-jizhou/minzheng', ['c']]]],
      ['unknown', [['unknown/ge-jie-dao', ['c']]]],
    ]);
  });

  it('lists each department\'s notices newest first, most clauses first within a government', () => {
    const hedongGroup = groups.find((g) => g.id === 'tianjin-hedong')!;
    expect(hedongGroup.departments[1]!.entries.map((e) => [e.notice.slug, e.department.duties.length])).toEqual([['b', 1], ['a', 2]]);
    expect(hedongGroup.departments.map((d) => d.name)).toEqual(['区住建委', '区民政局']);
  });
});

import { describe, expect, it } from 'vitest';
import { documentType, facetValues, newestFirst } from '../../src/lib/archive.ts';
import type { Notice } from '../../scripts/lib/model.ts';

describe('documentType: the kind of document a title names', () => {
  it.each([
    ['天津市河东区人民政府办公室关于印发河东区社区便民服务提升行动方案的通知', '方案'],
    ['天津市人民政府办公厅印发关于促进生活性服务业发展若干措施的通知', '措施'],
    ['关于印发《城东区就业创业实施意见（2019—2021年）》的通知', '意见'],
    ['区人民政府办公室关于印发2020年区政府重点工作责任分解的通知', '通知'],
    ['西安市城中村改造管理办法', '办法'],
    ['咸陽市2022年深化“放管服”改革最佳化營商環境工作要點', '要点'],
    ['關於印發某市養老服務三年行動計劃的通知', '计划'],
    ['某区2023年度工作情况', null],
  ])('%s -> %s', (title, type) => {
    expect(documentType(title)).toBe(type);
  });
});

describe('facets of an archive', () => {
  const notice = (slug: string, iso: string | null, jurisdiction: string | null, title: string) =>
    ({
      slug,
      cover: null,
      plan: { title },
      facts: { date: { value: iso, iso, from: 'metadata' } },
      jurisdiction: jurisdiction ? { id: jurisdiction, name: jurisdiction, level: 'district' } : null,
    }) as unknown as Notice;
  const notices = [notice('a', '2021-03-01', 'x', '甲方案'), notice('b', '2023-05-01', 'y', '乙措施'), notice('c', null, null, '丙方案'), notice('d', '2023-01-09', 'x', '丁方案')];

  it('lists notices newest first, undated last', () => {
    expect(newestFirst(notices).map((n) => n.slug)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('gives every notice one value per facet, with counts, years newest first and the unknown last', () => {
    expect(facetValues(notices, 'year', '未注明', 'zh-Hans').map((v) => [v.id, v.notices.length])).toEqual([['2023', 2], ['2021', 1], ['unknown', 1]]);
    expect(facetValues(notices, 'jurisdiction', '未注明', 'zh-Hans').map((v) => [v.id, v.notices.map((n) => n.slug)])).toEqual([['x', ['d', 'a']], ['y', ['b']], ['unknown', ['c']]]);
    expect(facetValues(notices, 'type', '未注明', 'zh-Hant').map((v) => [v.id, v.label, v.notices.length])).toEqual([['fang-an', '方案', 3], ['cuo-shi', '措施', 1]]);
  });
});

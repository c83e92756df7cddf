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

describe('facets that nest or come from the metadata', () => {
  const notice = (slug: string, jurisdiction: [string, string] | null, issuer: string | null, subject: string | null) =>
    ({
      slug,
      cover: null,
      plan: { title: `${slug}方案` },
      metadata: subject ? [{ key: 'subject', label: '主题分类', value: subject, line: 1 }] : [],
      facts: { date: { value: null, iso: null, from: null }, issuer: { value: issuer, from: issuer ? 'metadata' : null } },
      jurisdiction: jurisdiction ? { id: jurisdiction[0], name: jurisdiction[1], level: 'district' } : null,
    }) as unknown as Notice;
  const notices = [
    notice('a', ['tianjin-hedong', '天津市河东区'], '天津市河东区人民政府办公室', '城乡建设、环境保护\\其他'),
    notice('b', ['tianjin', '天津市'], '天津市人民政府办公厅', '城乡建设、环境保护/城市规划'),
    notice('c', ['tianjin-hedong', '天津市河东区'], '天津市河东区人民政府办公室', null),
    notice('d', ['shaanxi-xianyang', '陝西省咸陽市'], '咸陽市人民政府辦公室', '綜合政務'),
  ];

  it('files a district under its city too, the district after the city, with the short name', () => {
    const values = facetValues(notices, 'jurisdiction', '未注明', 'zh-Hans');
    expect(values.map((v) => [v.id, v.label, v.short ?? null, v.parent ?? null, v.notices.map((n) => n.slug)])).toEqual([
      ['tianjin', '天津市', null, null, ['a', 'b', 'c']],
      ['tianjin-hedong', '天津市河东区', '河东区', 'tianjin', ['a', 'c']],
      ['shaanxi', '陕西省', null, null, ['d']],
      ['shaanxi-xianyang', '陕西省咸阳市', '咸阳市', 'shaanxi', ['d']],
    ]);
    expect(facetValues(notices, 'jurisdiction', '未註明', 'zh-Hant').find((v) => v.id === 'tianjin-hedong')!.short).toBe('河東區');
  });

  it('reads the issuer and the first level of the subject, in the page\'s script', () => {
    expect(facetValues(notices, 'issuer', '未注明', 'zh-Hans').map((v) => [v.label, v.notices.length])).toEqual([
      ['天津市河东区人民政府办公室', 2],
      ['天津市人民政府办公厅', 1],
      ['咸阳市人民政府办公室', 1],
    ]);
    expect(facetValues(notices, 'subject', '未註明', 'zh-Hant').map((v) => [v.label, v.notices.length])).toEqual([
      ['城鄉建設、環境保護', 2],
      ['綜合政務', 1],
      ['未註明', 1],
    ]);
  });
});

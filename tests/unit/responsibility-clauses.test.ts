import { describe, expect, it } from 'vitest';
import { createVocabulary } from '../../scripts/lib/parse/department-vocabulary.ts';
import { placesOf } from '../../scripts/lib/parse/duties/jurisdiction.ts';
import { resolveDepartments } from '../../scripts/lib/parse/duties/resolve-departments.ts';
import { findResponsibilityClauses } from '../../scripts/lib/parse/responsibility-clauses.ts';

const vocabulary = createVocabulary();
const JIZHOU = placesOf('天津市蓟州区人民政府办公室');

/** The clauses of a paragraph as a reader of a Jizhou notice sees them: exact text, department ids, verb, damage. */
function clauses(text: string) {
  const found = findResponsibilityClauses(text, vocabulary);
  const resolved = resolveDepartments(found.flatMap((c) => c.names.map((n) => n.written)), JIZHOU, vocabulary);
  return found.map((c) => ({
    text: text.slice(c.start, c.end),
    departments: c.names.map((n) => resolved.get(n.written)!.department.id),
    verb: c.verb,
    damage: [...c.damage].sort(),
  }));
}

describe('findResponsibilityClauses: intact clauses', () => {
  it('finds a bracketed clause with its departments in order', () => {
    expect(clauses('提高基本公共服务能力。(区民政局、区卫生健康委按职责分工负责)')).toEqual([
      { text: '(区民政局、区卫生健康委按职责分工负责)', departments: ['minzheng', 'weisheng-jiankang'], verb: '按职责分工负责', damage: [] },
    ]);
  });

  it('finds several clauses in one paragraph (seed line 91)', () => {
    const text = '推动线上线下双向融合。(区商务局、区发展改革委、区工业和信息化局按职责分工负责)实施电子商务公共服务惠民惠企行动。(区商务局负责)';
    expect(clauses(text).map((c) => [c.text, c.departments])).toEqual([
      ['(区商务局、区发展改革委、区工业和信息化局按职责分工负责)', ['shangwu', 'fazhan-gaige', 'gongye-xinxihua']],
      ['(区商务局负责)', ['shangwu']],
    ]);
  });

  it('accepts full-width brackets and commas', () => {
    expect(clauses('加强招生管理。（区教育局，区财政局负责）')).toEqual([{ text: '（区教育局，区财政局负责）', departments: ['jiaoyu', 'caizheng'], verb: '负责', damage: [] }]);
  });

  it('keeps 市规划资源局蓟州分局 whole (longest name wins)', () => {
    expect(clauses('(市规划资源局蓟州分局、区民政局按职责分工负责)')[0]!.departments).toEqual(['guihua-ziyuan', 'minzheng']);
  });
});

describe('findResponsibilityClauses: one case per kind of damage, from the seed', () => {
  it('clause-separator-missing: 区人社局区医保局各乡镇(街道)按职责分工负责 (line 45)', () => {
    const text = '加大政策宣传力度,营造全民参保良好氛围。区人社局区医保局各乡镇(街道)按职责分工负责';
    expect(clauses(text)).toEqual([
      {
        text: '区人社局区医保局各乡镇(街道)按职责分工负责',
        departments: ['renshe', 'yibao', 'xiangzhen-jiedao'],
        verb: '按职责分工负责',
        damage: ['clause-close-bracket-missing', 'clause-open-bracket-missing', 'clause-separator-missing'],
      },
    ]);
  });

  it('clause-verb-missing: (区市场监管局、公安蓟州分局) followed by the next sentence (line 115)', () => {
    const text = '加强反垄断和反不正当竞争法律法规的宣传和培训。(区市场监管局、公安蓟州分局)持续开展药品、食品等民生领域案件查办行动。';
    expect(clauses(text)).toEqual([{ text: '(区市场监管局、公安蓟州分局)', departments: ['shichang-jianguan', 'gongan'], verb: null, damage: ['clause-verb-missing'] }]);
  });

  it('clause-verb-repeated: 按职责分工负责负责 (line 121)', () => {
    const text = '引导金融机构增加信贷资金支持。(区发展改革委、区金融局按职责分工负责负责';
    expect(clauses(text)).toEqual([
      {
        text: '(区发展改革委、区金融局按职责分工负责负责',
        departments: ['fazhan-gaige', 'jinrong'],
        verb: '按职责分工负责',
        damage: ['clause-close-bracket-missing', 'clause-verb-repeated'],
      },
    ]);
  });

  it('clause-close-bracket-missing with text after it: (区文化和旅游局负责配合打造… (line 91)', () => {
    const text = '整合旅游要素,提升智慧体验。(区文化和旅游局负责配合打造津体惠服务平台,发展智能体育。(区体育局负责加快吸引聚集一批知名人力资源机构线上服务总部。(区人社局负责';
    const found = clauses(text);
    expect(found).toEqual([
      { text: '(区文化和旅游局负责', departments: ['wenhua-lvyou'], verb: '负责', damage: ['clause-close-bracket-missing'] },
      { text: '(区体育局负责', departments: ['tiyu'], verb: '负责', damage: ['clause-close-bracket-missing'] },
      { text: '(区人社局负责', departments: ['renshe'], verb: '负责', damage: ['clause-close-bracket-missing'] },
    ]);
  });

  it('clause-open-bracket-missing: 区商务局、区市场监管局、市规划资源局蓟州分局按职责分工负责) mid-paragraph (line 65)', () => {
    const text = '促进社区物业延伸发展基础性、嵌入式服务。区商务局、区市场监管局、市规划资源局蓟州分局按职责分工负责)支持社区老年日间照料中心开设老人家食堂。';
    expect(clauses(text)).toEqual([
      {
        text: '区商务局、区市场监管局、市规划资源局蓟州分局按职责分工负责)',
        departments: ['shangwu', 'shichang-jianguan', 'guihua-ziyuan'],
        verb: '按职责分工负责',
        damage: ['clause-open-bracket-missing'],
      },
    ]);
  });
});

describe('findResponsibilityClauses: generic actors', () => {
  it('maps 等相关行业主管部门 to the generic actor, after the named departments (line 79)', () => {
    const text = '营造重视品牌、保护品牌的社会氛围。(区市场监管局、区商务局等相关行业主管部门按职责分工负责';
    const found = clauses(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.departments).toEqual(['shichang-jianguan', 'shangwu', 'hangye-zhuguan']);
    expect(findResponsibilityClauses(text, vocabulary)[0]!.names.map((n) => n.written)).toEqual(['区市场监管局', '区商务局', '相关行业主管部门']);
    expect(vocabulary.byId.get('hangye-zhuguan')!.kind).toBe('generic');
    expect(found[0]!.damage).toEqual(['clause-close-bracket-missing']);
  });

  it('maps 等行业主管部门 (without 相关) to the same generic actor (line 123)', () => {
    const found = clauses('落实对普惠性生活服务的价格指导政策。(市规划资源局蓟州分局、区民政局等行业主管部门按职责分工负责');
    expect(found.map((c) => c.departments)).toEqual([['guihua-ziyuan', 'minzheng', 'hangye-zhuguan']]);
  });

  it('reads (各有关部门按职责分工负责) as the generic 各有关部门 (line 129)', () => {
    expect(clauses('形成齐抓共管、协作联动的部门合力。(各有关部门按职责分工负责)')).toEqual([
      { text: '(各有关部门按职责分工负责)', departments: ['youguan-bumen'], verb: '按职责分工负责', damage: [] },
    ]);
  });
});

describe('findResponsibilityClauses: prose and other brackets are not clauses', () => {
  it.each([
    ['区发展改革委会同区有关部门抓好本行动方案的落实,各部门要结合职能及任务分工,切实做好本领域工作。', 'prose opening with a department (line 129)'],
    ['对本市养老服务企业(含民办非企业单位)员工制家政服务企业吸纳就业困难人员的,按规定给予补贴。', '(含民办非企业单位)'],
    ['落实《天津市基本公共服务实施标准(2021年版)》及市级各有关部门工作部署。', '(2021年版)'],
    ['健全区、乡镇(街道)和村(社区)三级公共就业服务平台。', '(街道) and (社区) inside prose'],
    ['加快长城国家文化公园(天津段)建设。', '(天津段)'],
    ['招生工作由区教育局负责', 'a department and 负责 in mid-sentence'],
    ['区教育局负责组织实施招生工作,确保教育公平。', 'a sentence with a department as its subject'],
  ])('%j is not a clause (%s)', (text) => {
    expect(clauses(text)).toEqual([]);
  });

  it('finds only the real clause in a paragraph that also has prose brackets (line 41)', () => {
    const text = '落实《天津市基本公共服务实施标准(2021年版)》及市级各有关部门工作部署。(区发展改革委、区教育局、区卫生健康委、区残联按职责分工负责)';
    expect(clauses(text).map((c) => c.text)).toEqual(['(区发展改革委、区教育局、区卫生健康委、区残联按职责分工负责)']);
  });
});

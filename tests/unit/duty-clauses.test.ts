import { describe, expect, it } from 'vitest';
import { createVocabulary } from '../../scripts/lib/parse/department-vocabulary.ts';
import { jurisdictionOf, placesOf } from '../../scripts/lib/parse/duties/jurisdiction.ts';
import { resolveDepartments } from '../../scripts/lib/parse/duties/resolve-departments.ts';
import { findResponsibilityClauses } from '../../scripts/lib/parse/responsibility-clauses.ts';

const vocabulary = createVocabulary();

/** Each clause of a paragraph as `text => name/role …` (l lead, r responsible, c cooperating), plus its note and damage. */
function read(text: string): string[] {
  return findResponsibilityClauses(text, vocabulary).map((c) => {
    const names = c.names.map((n) => `${n.written}/${n.role[0]}`).join(' ');
    const extra = [c.note ? `note=${c.note}` : '', ...[...c.damage].sort()].filter(Boolean).join(' ');
    return `${text.slice(c.start, c.end)} => ${names}${extra ? ` | ${extra}` : ''}`;
  });
}

describe('clause forms, with roles', () => {
  it.each([
    // verbs
    ['推进改造。（区卫健委、区住建委按职责分工负责）', '（区卫健委、区住建委按职责分工负责） => 区卫健委/r 区住建委/r'],
    ['推进改造。（规划河东分局负责）', '（规划河东分局负责） => 规划河东分局/r'],
    ['推进改造。（区民政局、区商务局等相关行业主管部门按职责分工负责）', '（区民政局、区商务局等相关行业主管部门按职责分工负责） => 区民政局/r 区商务局/r 相关行业主管部门/r'],
    ['优化审批。（区政务服务局牵头，区发改局、区审改办配合）', '（区政务服务局牵头，区发改局、区审改办配合） => 区政务服务局/l 区发改局/c 区审改办/c'],
    ['优化审批。（市教委牵头，市药监局、各区人民政府按职责分工负责）', '（市教委牵头，市药监局、各区人民政府按职责分工负责） => 市教委/l 市药监局/r 各区人民政府/r'],
    ['优化审批。（区商务局牵头负责）', '（区商务局牵头负责） => 区商务局/l'],
    ['优化审批，区商务局牵头负责', ''],
    ['优化审批。区商务局牵头负责', '区商务局牵头负责 => 区商务局/l | clause-close-bracket-missing clause-open-bracket-missing'],
    ['办好实事。（由区教育局负责）', '（由区教育局负责） => 区教育局/r'],
    ['办好实事。（区商务局等部门负责）', '（区商务局等部门负责） => 区商务局/r'],
    // labels
    ['降低成本。（牵头单位：区市场监管局；责任单位：区财政局、各街道）', '（牵头单位：区市场监管局；责任单位：区财政局、各街道） => 区市场监管局/l 区财政局/r 各街道/r'],
    ['降低成本。[牵头单位:市商务局;责任单位:市财政局,市税务局]', '[牵头单位:市商务局;责任单位:市财政局,市税务局] => 市商务局/l 市财政局/r 市税务局/r'],
    ['降低成本。〔责任单位：区发展和改革局〕', '〔责任单位：区发展和改革局〕 => 区发展和改革局/r'],
    ['降低成本。【牵头单位：区商务局，配合单位：各街道】', '【牵头单位：区商务局，配合单位：各街道】 => 区商务局/l 各街道/c'],
    ['降低成本。（牵头单位：区商务局；责任单位：各街道。2023年底前完成）', '（牵头单位：区商务局；责任单位：各街道。2023年底前完成） => 区商务局/l 各街道/r | note=2023年底前完成'],
    ['责任单位：区发展和改革局', '责任单位：区发展和改革局 => 区发展和改革局/r'],
    ['牵头单位：区人社局；配合单位：区教育局，区财政局。', '牵头单位：区人社局；配合单位：区教育局，区财政局 => 区人社局/l 区教育局/c 区财政局/c'],
    ['责任单位：各街道，立山经济开发区', '责任单位：各街道，立山经济开发区 => 各街道/r 立山经济开发区/r'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected ? [expected] : []);
  });
});

describe('separators between names', () => {
  it.each([
    ['（区教育局、区财政局负责）', '区教育局/r 区财政局/r'],
    ['（区教育局，区财政局负责）', '区教育局/r 区财政局/r'],
    ['（区教育局,区财政局负责）', '区教育局/r 区财政局/r'],
    ['（区教育局；区财政局负责）', '区教育局/r 区财政局/r'],
    ['（区教育局及区财政局负责）', '区教育局/r 区财政局/r'],
    ['（区教育局和区财政局负责）', '区教育局/r 区财政局/r'],
    ['（区文化和旅游局负责）', '区文化和旅游局/r'],
    ['（区委网信办、区住房和城乡建设委负责）', '区委网信办/r 区住房和城乡建设委/r'],
    ['（市商务局、各县(市)区人民政府按职责分工负责）', '市商务局/r 各县(市)区人民政府/r'],
  ])('%s', (text, names) => {
    expect(read(text)[0]!.split(' => ')[1]).toBe(names);
  });
});

describe('damage each form suffers', () => {
  it.each([
    ['加强宣传。区政务服务局牵头，区发改局配合）下一句。', '区政务服务局牵头，区发改局配合） => 区政务服务局/l 区发改局/c | clause-open-bracket-missing'],
    ['加强宣传。（区政务服务局牵头，区发改局配合', '（区政务服务局牵头，区发改局配合 => 区政务服务局/l 区发改局/c | clause-close-bracket-missing'],
    ['加强宣传。（区人社局区医保局按职责分工负责）', '（区人社局区医保局按职责分工负责） => 区人社局/r 区医保局/r | clause-separator-missing'],
    ['加强宣传。（牵头单位：区商务局；责任单位：区财政局区税务局）', '（牵头单位：区商务局；责任单位：区财政局区税务局） => 区商务局/l 区财政局/r 区税务局/r | clause-separator-missing'],
    ['加强宣传。（区发展改革委、区金融局按职责分工负责负责）', '（区发展改革委、区金融局按职责分工负责负责） => 区发展改革委/r 区金融局/r | clause-verb-repeated'],
    ['加强宣传。（区市场监管局、区商务局）下一句。', '（区市场监管局、区商务局） => 区市场监管局/r 区商务局/r | clause-verb-missing'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});

describe('ordinary brackets and prose are never clauses', () => {
  it.each([
    '鼓励利用闲置房屋（经营场所）开办便民网点。',
    '建设用地（不含6亩）按规定办理。',
    '支持各县(市)区建立台账。',
    '区发展改革委会同区有关部门抓好落实。',
    '区教育局负责组织实施招生工作，确保教育公平。',
    '招生工作由区教育局负责',
    '推进“一网通办”（政务服务）改革。',
    '（区政务服务局）',
    '（一）区商务局牵头推进消费升级。',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('departments of any government', () => {
  const resolve = (issuer: string, names: string[]) => resolveDepartments(names, placesOf(issuer), vocabulary);

  it('gives the vocabulary its say: aliases and abbreviations share one department', () => {
    const found = resolve('天津市河东区人民政府办公室', ['区卫健委', '区卫生健康委', '区住建委']);
    expect(found.get('区卫健委')!.department).toMatchObject({ id: 'weisheng-jiankang', name: '区卫生健康委', inVocabulary: true, uid: 'tianjin-hedong/weisheng-jiankang' });
    expect(found.get('区卫生健康委')!.department.uid).toBe('tianjin-hedong/weisheng-jiankang');
    expect(found.get('区住建委')!.department).toMatchObject({ id: 'zhufang-jianshe', name: '区住房建设委' });
  });

  it('recognises a body the vocabulary does not list, with a transliterated id, and says so', () => {
    const found = resolve('昆明市五华区人民政府办公室', ['区政务服务局', '区审改办']);
    expect(found.get('区政务服务局')!.department).toMatchObject({ id: 'qu-zheng-wu-fu-wu-ju', name: '区政务服务局', kind: 'district', inVocabulary: false, uid: 'kunming-wuhua/qu-zheng-wu-fu-wu-ju' });
    expect(found.get('区审改办')!.department.inVocabulary).toBe(false);
  });

  it('puts each department in its government: 区 the district, 市 the city, 各… and no prefix the issuer', () => {
    const found = resolve('天津市河东区人民政府办公室', ['区民政局', '市教委', '各街道', '规划河东分局']);
    expect(found.get('区民政局')!.department.jurisdiction).toEqual({ id: 'tianjin-hedong', name: '天津市河东区', level: 'district' });
    expect(found.get('市教委')!.department.jurisdiction).toEqual({ id: 'tianjin', name: '天津市', level: 'municipal' });
    expect(found.get('市教委')!.department.kind).toBe('municipal');
    expect(found.get('各街道')!.department).toMatchObject({ kind: 'generic', uid: 'tianjin-hedong/ge-jie-dao' });
    expect(found.get('规划河东分局')!.department).toMatchObject({ kind: 'municipal-branch', uid: 'tianjin-hedong/gui-hua-he-dong-fen-ju' });
  });

  it('keeps 区民政局 of two districts apart', () => {
    const jizhou = resolve('天津市蓟州区人民政府办公室', ['区民政局']).get('区民政局')!.department;
    const hedong = resolve('天津市河东区人民政府办公室', ['区民政局']).get('区民政局')!.department;
    expect(jizhou.id).toBe(hedong.id);
    expect(jizhou.uid).not.toBe(hedong.uid);
  });

  it('reads 发改委 opening a clause that lost its bracket, beside 区-prefixed names, as 区发展改革委 and reports the lost 区', () => {
    const found = resolveDepartments(['区卫健委', '发改委', '区住建委'], placesOf('天津市河东区人民政府办公室'), vocabulary, new Set(['发改委']));
    expect(found.get('发改委')).toMatchObject({ prefixLost: '区', department: { id: 'fazhan-gaige', name: '区发展改革委' } });
    expect(found.get('区卫健委')!.prefixLost).toBeNull();
  });

  it('leaves 税务局 in an intact clause as a body without prefix, though the vocabulary lists 区税务局', () => {
    const found = resolve('鞍山市立山区人民政府', ['区财政局', '税务局']);
    expect(found.get('税务局')).toMatchObject({ prefixLost: null, department: { name: '税务局', inVocabulary: false } });
  });

  it('finds the lost 区 through the parser: the first name of a clause whose bracket was lost', () => {
    const text = '加强统筹。发改委、区教育局、区卫健委按职责分工负责';
    const clauses = findResponsibilityClauses(text, vocabulary);
    expect(clauses[0]!.damage).toContain('clause-open-bracket-missing');
    expect(clauses[0]!.names.map((n) => n.written)).toEqual(['发改委', '区教育局', '区卫健委']);
  });

  it('leaves a prefixless name alone where nothing says it lost a prefix (商务厅 of a province)', () => {
    const found = resolve('陕西省人民政府办公厅', ['商务厅', '省教育厅']);
    expect(found.get('商务厅')).toMatchObject({ prefixLost: null, department: { name: '商务厅', uid: 'shaanxi/shang-wu-ting' } });
  });

  it('keeps two names that transliterate alike on two pages', () => {
    const found = resolve('天津市人民政府办公厅', ['市税务局', '市水务局']);
    expect(found.get('市税务局')!.department.id).not.toBe(found.get('市水务局')!.department.id);
  });

  it.each([
    ['天津市蓟州区人民政府办公室', 'tianjin-jizhou', '天津市蓟州区', 'district'],
    ['天津市人民政府办公厅', 'tianjin', '天津市', 'municipal'],
    ['武汉市江岸区发展和改革局', 'wuhan-jiangan', '武汉市江岸区', 'district'],
    ['黑龙江省哈尔滨市道里区人民政府', 'heilongjiang-haerbin-daoli', '黑龙江省哈尔滨市道里区', 'district'],
    ['陕西省人民政府办公厅', 'shaanxi', '陕西省', 'provincial'],
    ['山西省人民政府办公厅', 'shanxi', '山西省', 'provincial'],
  ])('jurisdiction of %s', (issuer, id, name, level) => {
    expect(jurisdictionOf(placesOf(issuer))).toEqual({ id, name, level });
  });
});

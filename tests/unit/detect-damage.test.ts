import { describe, expect, it } from 'vitest';
import { detectTextDamage } from '../../scripts/lib/parse/detect-damage.ts';

const kinds = (text: string, ignore: [number, number][] = []) => detectTextDamage(text, 1, ignore).map((d) => [d.kind, d.text]);

describe('detectTextDamage: dates and year ranges', () => {
  it('reports a date whose 年月日 were lost (cover date, seed line 31)', () => {
    expect(detectTextDamage('20221217', 31)).toEqual([{ kind: 'date-digits-run-together', text: '20221217', line: 31, note: expect.stringContaining('20221217') }]);
  });

  it('reports a run-together date inside a sentence', () => {
    expect(kinds('本方案自20230101起施行。')).toEqual([['date-digits-run-together', '20230101']]);
  });

  it('reports a date that lost its 日, and not one that kept it', () => {
    expect(kinds('2018年03月27')).toEqual([['date-incomplete', '2018年03月27']]);
    expect(kinds('于2026年1月15前报送')).toEqual([['date-incomplete', '2026年1月15']]);
    expect(kinds('2018年3月27日起施行')).toEqual([]);
  });

  it.each([
    ['2022年12月17日', 'an intact date'],
    ['20221317', 'month 13 is not a date'],
    ['20221232', 'day 32 is not a date'],
    ['编号120221217', 'part of a longer number'],
    ['蓟州政办发〔2022〕20221217号', 'a document number ending in 号'],
    ['11120225000208725L/2023-00006', 'an index number'],
    ['2022年底完成新增公办园学位480个', 'ordinary numbers'],
    ['2022年3月15号前', 'a date ending in 号'],
  ])('does not report %j (%s)', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('reports year ranges whose dash was lost (seed line 63)', () => {
    const text = '加快编制《蓟州区20212035年养老服务设施规划》。加快编制《蓟州区基础教育设施布局规划(20202035年)》。';
    expect(kinds(text)).toEqual([
      ['number-range-run-together', '20212035年'],
      ['number-range-run-together', '20202035年'],
    ]);
  });

  it('does not take a descending pair of years for a range', () => {
    expect(kinds('编制《规划(20352021年)》')).toEqual([]);
  });
});

describe('detectTextDamage: brackets and quotes', () => {
  it('reports the half-lost 〔 of a document number (seed line 37)', () => {
    const found = detectTextDamage('根据《通知》(津政办发〔202215号),结合我区实际,制定本方案。', 37);
    expect(found.map((d) => [d.kind, d.line])).toEqual([['bracket-unbalanced', 37]]);
    expect(found[0]!.text).toContain('〔');
  });

  it('reports a lost pair of quotation marks once, not twice (seed line 79)', () => {
    const found = kinds('聚焦天津老字号”“专精特新企业培育引导,健全品牌体系。');
    expect(found).toEqual([['quote-unbalanced', expect.stringContaining('老字号”“专精')]]);
  });

  it('reports an unclosed ASCII bracket (seed line 105)', () => {
    expect(kinds('依托知工应用程序(APP为职工提供线上线下心理咨询服务。')).toEqual([['bracket-unbalanced', expect.stringContaining('(APP')]]);
  });

  it.each([
    '依托天津市市场主体信用信息公示系统、信用中国(天津)网站。',
    '落实《天津市基本公共服务实施标准(2021年版)》。',
    '推动“一店多能”“服务叠加”等方式发展。',
    '蓟州政办发〔2022〕16号',
  ])('accepts balanced brackets and quotes: %j', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('leaves ranges already accounted for (responsibility clauses) to the clause parser', () => {
    const text = '拓展消费体验场景。区商务局负责)深化工会送温暖活动。';
    const clause: [number, number] = [text.indexOf('区商务局'), text.indexOf('深化')];
    expect(kinds(text)).toEqual([['bracket-unbalanced', expect.stringContaining(')')]]);
    expect(kinds(text, [clause])).toEqual([]);
  });

  it('quotes the damaged spot exactly as it stands in the source', () => {
    const text = '依托知工应用程序(APP为职工提供线上线下心理咨询服务。';
    for (const damage of detectTextDamage(text, 3)) expect(text).toContain(damage.text);
  });
});

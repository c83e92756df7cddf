import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation, NUMBER_WITH_UNIT } from '../../scripts/lib/typography/full-width-punctuation.ts';

describe('full-width punctuation in Chinese context', () => {
  it.each([
    ['经区人民政府同意,现将', '经区人民政府同意，现将'],
    ['各乡镇人民政府和街道办事处,各有关单位:', '各乡镇人民政府和街道办事处，各有关单位：'],
    ['落实《天津市基本公共服务实施标准(2021年版)》', '落实《天津市基本公共服务实施标准（2021年版）》'],
    ['知工应用程序(APP)为职工', '知工应用程序（APP）为职工'],
    ['(区教育局负责)', '（区教育局负责）'],
    ['乡镇(街道)', '乡镇（街道）'],
    ['改造方案;推动', '改造方案；推动'],
    ['真的吗?是的!', '真的吗？是的！'],
  ])('%s -> %s', (input, output) => {
    expect(fullWidthPunctuation(input)).toBe(output);
  });

  it.each([
    ['1,000 and 2:30', 'digits and Latin keep ASCII punctuation'],
    ['11120225000208725L/2023-00006', 'an index number'],
    ['(APP)', 'Latin in brackets with no Chinese around'],
    ['4A级', 'no punctuation at all'],
  ])('leaves %s alone (%s)', (input) => {
    expect(fullWidthPunctuation(input)).toBe(input);
  });

  it('converts brackets as pairs, never one half', () => {
    expect(fullWidthPunctuation('程序(APP)')).toBe('程序（APP）');
    expect(fullWidthPunctuation('(APP)程序')).toBe('（APP）程序');
  });

  it('changes no Chinese character or digit', () => {
    const text = '为大力推动全区生活性服务业发展,丰富服务供给(津政办发〔2022〕15号),结合我区实际:制定本方案。';
    const significant = (s: string) => s.match(/[\p{Script=Han}\p{Nd}]/gu)!.join('');
    expect(significant(fullWidthPunctuation(text))).toBe(significant(text));
  });
});

describe('numbers kept with their unit', () => {
  it.each([
    ['新增养老床位200张。', ['200张']],
    ['2022年底完成新增公办园学位480个', ['2022年', '480个']],
    ['覆盖率达到85%以上', ['85%']],
    ['完成59个老旧小区、334栋楼房', ['59个', '334栋']],
  ])('%s', (text, expected) => {
    expect([...text.matchAll(NUMBER_WITH_UNIT)].map((m) => m[0])).toEqual(expected);
  });
});

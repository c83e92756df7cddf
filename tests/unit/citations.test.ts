import { describe, expect, it } from 'vitest';
import { citedDocuments, linkCitations } from '../../scripts/lib/citations/link-citations.ts';
import { summarize } from '../../scripts/lib/notice-summary.ts';
import type { Notice } from '../../scripts/lib/model.ts';
import { citationsInText, documentNumberKey, readCitations, titleKey } from '../../scripts/lib/citations/read-citations.ts';
import { parseNotice } from '../../scripts/lib/parse/parse-notice.ts';

describe('citationsInText: titles in 《》, document numbers, or both', () => {
  it.each([
    ['根据《天津市人民政府办公厅印发关于促进生活性服务业发展若干措施的通知》（津政办发〔2022〕15号），结合实际', [['天津市人民政府办公厅印发关于促进生活性服务业发展若干措施的通知', '津政办发〔2022〕15号', '《天津市人民政府办公厅印发关于促进生活性服务业发展若干措施的通知》']]],
    ['按照《某市养老服务条例》(某政发[2021]3号,以下简称《条例》)要求', [['某市养老服务条例', '某政发[2021]3号', '《某市养老服务条例》'], ['条例', null, '《条例》']]],
    ['根据津政办发〔2022〕15号文件精神', [[null, '津政办发〔2022〕15号', '津政办发〔2022〕15号']]],
    ['落实和平政办发〔2022〕3号要求', [[null, '和平政办发〔2022〕3号', '和平政办发〔2022〕3号']]],
    ['（津政办发〔202215号）', [[null, '津政办发〔202215号', '津政办发〔202215号']]],
    ['按照津政辦發〔2024〕12號要求', [[null, '津政辦發〔2024〕12號', '津政辦發〔2024〕12號']]],
    ['《蓟州区20212035年养老服务设施规划》', [['蓟州区20212035年养老服务设施规划', null, '《蓟州区20212035年养老服务设施规划》']]],
    // A number with neither year bracket is too weak to read; ordinary brackets are not citations.
    ['建成2022年15号楼（经营场所）', []],
    ['新建社区食堂（不含6亩）', []],
  ])('%s', (text, expected) => {
    expect(citationsInText(text).map((c) => [c.title, c.number, c.anchor])).toEqual(expected);
  });
});

describe('documentNumberKey: the number that identifies a document, whatever its brackets or script', () => {
  it.each([
    ['津政办发〔2022〕15号', '津政办发|2022|15'],
    ['津政办发[2022]15号', '津政办发|2022|15'],
    ['津政辦發（2022）15號', '津政办发|2022|15'],
    ['津政办发〔202215号', '津政办发|2022|15'],
    ['津政办发〔2022〕第015号', '津政办发|2022|15'],
    ['津政办发〔２０２２〕１５号', '津政办发|2022|15'],
    ['某区2023年度工作情况', null],
  ])('%s -> %s', (number, key) => {
    expect(documentNumberKey(number)).toBe(key);
  });

  it('titles meet across scripts and bracket forms', () => {
    expect(titleKey('某市基础教育设施布局规划（2020—2035年）')).toBe(titleKey('某市基礎教育設施佈局規劃(2020-2035年)'));
  });
});

const notice = (file: string, text: string) => parseNotice(new TextEncoder().encode(text), { file });

const municipal = notice(
  'shi-2023-8.txt',
  `索引号：A001-2023-0008
发文机关：某市人民政府办公厅
发文字号：某政办发〔2023〕8号
成文日期：2023年03月01日
名称：某市人民政府办公厅印发关于加快发展社区养老服务若干措施的通知

某市人民政府办公厅印发关于加快发展社区养老服务若干措施的通知

各区人民政府，市政府各委、局：

经市人民政府同意，现将《关于加快发展社区养老服务若干措施》印发给你们，请认真贯彻执行。

某市人民政府办公厅

2023年3月1日

关于加快发展社区养老服务若干措施

一、完善社区养老设施。每个街道建成一处综合养老服务中心。（市民政局负责）

二、强化人才保障。落实养老护理员培训补贴。（市人社局负责）
`,
);

const district = notice(
  'qu-2023-2.txt',
  `发文机关：某市某区人民政府办公室
发文字号：某区政办发〔2023〕2号
成文日期：2023年04月10日

某区社区养老服务提升方案

为落实《某市人民政府办公厅印发关于加快发展社区养老服务若干措施的通知》（某政办发〔20238号），参照《某省养老服务条例》，制定本方案。

一、建设街道养老服务中心。按照某政办发〔2023〕8号要求推进建设。（区民政局负责）

二、开展护理培训。依据《关于加快发展社区养老服务若干措施》开展培训。（区人社局负责）

某市某区人民政府办公室

2023年4月10日
`,
);

describe('readCitations: a notice\'s citations of other documents', () => {
  it('reads them in reading order with the paragraph and measure they stand in, leaving out the notice itself', () => {
    expect(readCitations(municipal)).toEqual([]);
    expect(readCitations(district).map((c) => [c.id, c.measure, c.title, c.number])).toEqual([
      ['preamble-p1-c1', null, '某市人民政府办公厅印发关于加快发展社区养老服务若干措施的通知', '某政办发〔20238号'],
      ['preamble-p1-c2', null, '某省养老服务条例', null],
      ['m01-p1-c1', 1, null, '某政办发〔2023〕8号'],
      ['m02-p1-c1', 2, '关于加快发展社区养老服务若干措施', null],
    ]);
  });
});

describe('linkCitations: citations of notices in the archive, both directions', () => {
  const links = linkCitations(summaries(municipal, district));

  it('links by number (a damaged one too) and by the printed document\'s title; a document outside the archive stays unlinked', () => {
    expect(links.get('qu-2023-2')!.cites.map((c) => [c.id, c.target, c.matchedBy])).toEqual([
      ['preamble-p1-c1', 'shi-2023-8', 'number'],
      ['preamble-p1-c2', null, null],
      ['m01-p1-c1', 'shi-2023-8', 'number'],
      ['m02-p1-c1', 'shi-2023-8', 'title'],
    ]);
  });

  it('gives the cited notice its "cited by" list', () => {
    expect(links.get('shi-2023-8')!.citedBy.map((c) => [c.notice, c.citation.id])).toEqual([
      ['qu-2023-2', 'preamble-p1-c1'],
      ['qu-2023-2', 'm01-p1-c1'],
      ['qu-2023-2', 'm02-p1-c1'],
    ]);
    expect(links.get('qu-2023-2')!.citedBy).toEqual([]);
  });

  it('does not link a title whose number names another document, nor a title two notices share', () => {
    const other = notice('qu-2023-9.txt', district.sourceLines.map((l) => l.text).join('\n\n').replace('某区政办发〔2023〕2号', '某区政办发〔2023〕9号').replace(/某政办发〔20238号/u, '某政办发〔2022〕30号'));
    const cites = linkCitations(summaries(municipal, other)).get('qu-2023-9')!.cites;
    expect(cites[0]).toMatchObject({ number: '某政办发〔2022〕30号', target: null });
    const twin = notice('shi-2023-9.txt', municipal.sourceLines.map((l) => l.text).join('\n\n').replace('某政办发〔2023〕8号', '某政办发〔2023〕9号'));
    expect(linkCitations(summaries(municipal, twin, district)).get('qu-2023-2')!.cites.map((c) => c.target)).toEqual(['shi-2023-8', null, 'shi-2023-8', null]);
  });
});

describe('citedDocuments: each cited document once, with its places', () => {
  it('gathers the citations that name one notice, or share a title or number', () => {
    const cites = linkCitations(summaries(municipal, district)).get('qu-2023-2')!.cites;
    expect(citedDocuments(cites).map((d) => [d.title, d.number, d.target, d.citations.map((c) => c.id)])).toEqual([
      ['某市人民政府办公厅印发关于加快发展社区养老服务若干措施的通知', '某政办发〔20238号', 'shi-2023-8', ['preamble-p1-c1', 'm01-p1-c1', 'm02-p1-c1']],
      ['某省养老服务条例', null, null, ['preamble-p1-c2']],
    ]);
    const outside = linkCitations(summaries(district)).get('qu-2023-2')!.cites;
    expect(citedDocuments(outside).map((d) => d.citations.map((c) => c.id))).toEqual([['preamble-p1-c1', 'm01-p1-c1'], ['preamble-p1-c2'], ['m02-p1-c1']]);
  });
});

describe('a reposted title (number glued before it, 《》 around it)', () => {
  it('still knows the notice itself: the letter naming its own plan is not a citation', async () => {
    const { readFileSync } = await import('node:fs');
    const file = new URL('../fixtures/notices/title-reposted-number-brackets/input.txt', import.meta.url);
    const reposted = parseNotice(readFileSync(file), { file: 'title-reposted-number-brackets.txt' });
    expect(readCitations(reposted).map((c) => [c.title, c.number])).toEqual([['国务院办公厅关于进一步优化政务服务的意见', '国办发〔2018〕45号']]);
  });
});

/** The archive's summaries of some notices, as the build links them. */
function summaries(...notices: Notice[]) {
  return notices.map((n) => summarize(n, 'zh-Hans'));
}

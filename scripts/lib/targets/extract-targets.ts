import type { Notice } from '../model.ts';
import { readPlan, type UnaccountedNumber } from './read-plan.ts';
import type { ExcludedNumber, ExclusionReason, Target } from './types.ts';

export type { Deadline, DeadlineKind, ExcludedNumber, ExclusionReason, Quantity, QuantityBound, Target } from './types.ts';
export { noticeTexts, type PlanText, type UnaccountedNumber } from './read-plan.ts';

/**
 * The targets of a notice's plan, read by rules from the measures' text (never by line number
 * or sentence): a sentence (split at 。；) is cut at commas into phrases; a phrase with a
 * quantity (a number with a measure word or unit: 张 个 所 家 户 栋 套 % 人 …) is a target,
 * and so is a phrase with a deadline (a four-digit year with 年, 年底, 年前, 年至…年) even
 * without a quantity: `2025年完成邦均镇中心卫生院选址新建项目`, `组织实施2022年农民工免费查体工作`.
 * A phrase that is only a deadline (`2022年至2025年,`) dates the phrases after it. Each target
 * takes the departments of the responsibility clause covering its sentence (tasksOf).
 *
 * Decisions on the ambiguous cases of jizhou-2022-16 (all by rule, none by sentence):
 * - the verb's strength does not matter: `推进2个城区体育公园建设`, `加快农村地区20家老年人食堂
 *   试点建设`, `推进…等9个社区卫生服务站基础设施改造` are targets like `完成33个社区标准建设`;
 * - `覆盖率达到85%以上` is a level to reach: quantity 85 `%`, bound at-least;
 * - `首批1214套保障性租赁住房`: the batch named is the quantity; `95所中小学C级校舍`: C级 is a
 *   grade without digits, 95所 the count;
 * - `推进区内5家新增老年人照料服务中心、蓟州区第二养老服务中心建设`: the 5 counts the first
 *   list item only (the second has no number); the action says so;
 * - a sentence with two quantified phrases gives two targets sharing the sentence
 *   (`…5家…建设,新增养老床位200张。`), one phrase listing two quantities gives one target
 *   (`59个老旧小区、334栋楼房`);
 * - a year without a quantity is a commitment when it dates an action:
 *   `2025年完成邦均镇…新建项目`, `2025年,城市完整居住区覆盖率显著提升` and
 *   `组织实施2022年农民工免费查体工作` (the year names that year's round of the work, which the
 *   plan commits to carry out: in-year 2022, no quantity);
 * - `15分钟健身圈`, `毕业2年内` are lengths of time, `4A级` a grade, years in `《…》` belong to
 *   other documents, `20212035年`/`23岁`/`〔202215号`/the cover date `20221217` are damaged:
 *   all excluded (see excludedNumbers), none read as a quantity or deadline.
 *
 * extractTargets(notice)[0] -> { id: 't01', measure: 1, paragraph: 'm01-p2', action: '新增公办园学位',
 *   quantities: [{ value: 480, unit: '个', text: '480个', … }], deadline: { year: 2022, kind: 'by-end-of', text: '2022年底', … }, departments: ['jiaoyu', 'guihua-ziyuan'], … }
 */
export function extractTargets(notice: Notice): Target[] {
  return readPlan(notice).targets;
}

/**
 * Every digit run of the notice text (the cover notice and the whole plan: title, preamble,
 * chapter and measure titles, paragraphs; see noticeTexts) that is not part of a target, with
 * its reason by rule: damaged-source, document-number, document-title-year, name-like,
 * time-span … (see {@link ExclusionReason}).
 *
 * excludedNumbers(notice).find((e) => e.text === '20212035') -> { location: 'm02-p4', reason: 'damaged-source', damaged: true, match: '20212035年', … }
 */
export function excludedNumbers(notice: Notice): ExcludedNumber[] {
  return readPlan(notice).excluded;
}

/**
 * Digit runs of the notice text that are neither in a target nor excluded by a rule: numbers the
 * rules do not understand, or quantities and years outside a measure's body text. Empty for a
 * plan the rules fully account for; the tests list what is here.
 */
export function unaccountedNumbers(notice: Notice): UnaccountedNumber[] {
  return readPlan(notice).unaccounted;
}

import type { Deadline, Quantity } from './types.ts';

/** Verbal nouns that end a self-contained action: `…改造`, `…建设`. */
const ACTION_END = /(建设|改造|改建|新建|扩建|提升|整治|修缮|升级|达标|建成|投用|落地)$/;
/** Generic words after an action, dropped from the label: `改造任务` -> `改造`. */
const GENERIC_TAIL = /(工作|任务|工程|项目)$/;
/** Adverbs and framing verbs before the object, dropped from the label. */
const LEADING = /^(力争|争取|加快|加紧|推进|推动|分批次|组织实施|全力|积极|大力|持续|稳步|确保|完成|实施|对|在|我区|区内|全区)/;
/** Verbs that link a subject to its level, dropped from the end: `覆盖率达到` -> `覆盖率`. */
const LINKING_TAIL = /(达到|提高到|提升到|增加到|增长到|不低于|不少于|超过|达|为)$/;
/** A verb right before a quantity whose object is a plain noun: `建设完成2家…机构`. */
const VERB_BEFORE = /(新增|新建|建成|建设|改造|培育|打造|引进|创建|完成)(完成)?$/;

/**
 * The items of a list after a quantity that the quantities count: the first, and each that
 * starts with a quantity of its own. `5家新增老年人照料服务中心、蓟州区第二养老服务中心建设`:
 * the 5 counts the first item only, so the label keeps the first item and the list's closing
 * action (`新增老年人照料服务中心建设`); `59个老旧小区、334栋楼房` keeps both.
 */
function countedItems(after: string, others: Pick<Quantity, 'text'>[]): string {
  const items = after.split('、');
  if (items.length < 2) return after;
  const kept = items.filter((item, i) => i === 0 || others.some((q) => item.startsWith(q.text)));
  if (kept.length === items.length) return after;
  const closing = ACTION_END.exec(strip(items.at(-1)!, GENERIC_TAIL));
  return kept.join('、') + (closing && !kept.at(-1)!.endsWith(closing[0]) ? closing[0] : '');
}

function strip(text: string, pattern: RegExp): string {
  let out = text;
  for (let next = out.replace(pattern, ''); next !== out && next; next = out.replace(pattern, '')) out = next;
  return out;
}

/**
 * A short label for a target, made by rules from its phrase:
 * - the part after an inline deadline is the scope (`力争2022年底完成…` -> `完成…`);
 * - a quantity at the end labels what comes before it (`新增养老床位200张` -> `新增养老床位`,
 *   `覆盖率达到85%以上` -> `覆盖率`);
 * - otherwise what follows the first quantity, other quantities and `的` taken out
 *   (`完成59个老旧小区、334栋楼房的改造任务` -> `老旧小区、楼房改造`), list items without a number
 *   of their own left out (see countedItems), and the verb before the
 *   quantity put back when the rest is a plain noun (`建设完成2家普惠性托育服务机构` -> `建设普惠性托育服务机构`);
 * - leading adverbs (加快, 推进, 完成 …) and generic tails (工作, 任务, 工程, 项目) are dropped.
 * Offsets of `quantities` and `deadline` are in `phrase`.
 *
 * actionOf('2022年底完成新增公办园学位480个', [{ offset: 15, text: '480个', … }], { offset: 0, text: '2022年底', … }) -> '新增公办园学位'
 */
export function actionOf(phrase: string, quantities: Pick<Quantity, 'offset' | 'text'>[], deadline: Pick<Deadline, 'offset' | 'text'> | null): string {
  let scope = phrase;
  let shift = 0;
  if (deadline) {
    const after = phrase.slice(deadline.offset + deadline.text.length);
    if (after.trim()) {
      scope = after;
      shift = deadline.offset + deadline.text.length;
    } else scope = phrase.slice(0, deadline.offset);
  }
  const inScope = quantities.map((q) => ({ ...q, offset: q.offset - shift })).filter((q) => q.offset >= 0 && q.offset < scope.length);
  let label: string;
  if (!inScope.length) label = scope;
  else {
    const first = inScope[0]!;
    const before = scope.slice(0, first.offset);
    let after = countedItems(scope.slice(first.offset + first.text.length), inScope.slice(1));
    for (const q of inScope.slice(1)) after = after.replace(q.text, '');
    after = after.replace(/的(?=(改造|改建|建设|新建|扩建|提升|整治|修缮|升级))/g, '');
    after = strip(after, GENERIC_TAIL);
    if (!after) label = strip(before, LINKING_TAIL);
    else if (ACTION_END.test(after)) label = after;
    else {
      const verb = VERB_BEFORE.exec(before);
      label = verb ? `${verb[1]}${after}` : after;
    }
  }
  return strip(strip(label.trim(), LEADING), GENERIC_TAIL);
}

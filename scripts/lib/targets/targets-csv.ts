import type { Notice } from '../model.ts';
import { toCsv } from '../emit/csv.ts';
import type { Target } from './types.ts';

export const TARGETS_CSV_HEADER = ['id', '措施', '段落', '目标', '数量', '单位', '期限', '责任单位', '原文'];

/**
 * The targets as CSV, one row per target, in the style of the responsibility CSV: UTF-8 BOM,
 * CRLF line ends. 措施 is the measure's numeral in brackets as in the responsibility CSV
 * header; 数量 and 单位 list the values and units of several quantities in order, joined by
 * 、 (a bound such as 以上 stays in 原文); 期限 is the deadline as published; 责任单位 are the
 * canonical names of the departments, joined by 、.
 *
 * targetsCsv(targets, notice) -> '\uFEFFid,措施,段落,目标,数量,单位,期限,责任单位,原文\r\nt01,(一),m01-p2,新增公办园学位,480,个,2022年底,区教育局、市规划资源局蓟州分局,…\r\n…'
 */
export function targetsCsv(targets: Target[], notice: Notice): string {
  const names = new Map(notice.departments.map((d) => [d.id, d.name]));
  const numerals = new Map(notice.plan.measures.map((m) => [m.number, m.numeral]));
  const rows = targets.map((t) => [
    t.id,
    `(${numerals.get(t.measure) ?? t.measure})`,
    t.paragraph,
    t.action,
    t.quantities.map((q) => q.value).join('、'),
    t.quantities.map((q) => q.unit).join('、'),
    t.deadline?.text ?? '',
    t.departments.map((id) => names.get(id) ?? id).join('、'),
    t.text,
  ]);
  return toCsv([TARGETS_CSV_HEADER, ...rows]);
}

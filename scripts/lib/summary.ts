import type { Notice } from './model.ts';

/** Text that looks like markup or code in a notice: it will be shown as text, but a person should look. */
const CODE_LIKE = /<\/?[A-Za-z][^>]*>|\{[^}]*\}|^\s*(?:import|export)\s|`|javascript:/m;

/** Lines the build prints about one notice: counts, then warnings for suspicious text. */
export function summariseNotice(notice: Notice): string[] {
  const { plan } = notice;
  const clauses = plan.measures.flatMap((m) => m.paragraphs.flatMap((p) => p.segments.filter((s) => s.kind === 'responsibility')));
  const lines = [
    `${notice.file} (${notice.encoding}): ${plan.chapters.length} 章 chapters, ${plan.measures.length} 项措施 measures, ${clauses.length} 处责任分工 clauses, ${notice.departments.length} 个责任单位 departments`,
  ];
  // Clause damage is routine in this kind of scrape: one line per kind. Text damage: one line each.
  const clauseDamage = new Map<string, number[]>();
  for (const damage of notice.damage) {
    if (damage.kind.startsWith('clause-')) clauseDamage.set(damage.kind, [...(clauseDamage.get(damage.kind) ?? []), damage.line]);
    else lines.push(`  warning ${notice.file}:${damage.line}: ${damage.kind}: ${damage.note}`);
  }
  for (const [kind, at] of clauseDamage) lines.push(`  note ${notice.file}: ${kind} ×${at.length} (lines ${[...new Set(at)].join(', ')})`);
  const paragraphs = [...notice.cover.body, ...plan.preamble, ...plan.measures.flatMap((m) => m.paragraphs)];
  for (const paragraph of paragraphs) {
    const text = paragraph.segments.map((s) => s.text).join('');
    const code = CODE_LIKE.exec(text);
    if (code) lines.push(`  warning ${notice.file}:${paragraph.line}: 文本中有类似代码或标记的内容，将按原文显示为文本 (code-like text, shown as text): ${code[0]}`);
  }
  return lines;
}

import type { Notice } from './model.ts';
import { paragraphsInOrder } from './model-queries.ts';

/** Text that looks like markup or code in a notice: it will be shown as text, but a person should look. */
const CODE_LIKE = /<\/?[A-Za-z][^>]*>|\{[^}]*\}|^\s*(?:import|export)\s|`|javascript:/m;

const SHAPES: Record<Notice['layout']['shape'], string> = {
  'cover-and-plan': '通知加附件 letter with attached plan',
  letter: '通知正文即文件 letter whose body is the text',
  plan: '无通知，文件本身 the text alone, no letter',
};
const METADATA_FORMS: Record<Notice['layout']['metadata'], string> = {
  none: '无元数据 no metadata',
  'label-lines': '标签与值分行 label and value on separate lines',
  inline: '“标签：值”同行 label: value lines',
  'multi-pair': '一行多项 several pairs a line',
  mixed: '多种格式 mixed forms',
};
const FACT_NAMES = { title: '标题 title', documentNumber: '文号 number', issuer: '发文机关 issuer', date: '日期 date' } as const;

/**
 * Lines the build prints about one notice: the layout recognised (metadata form, shape, outline
 * depth), counts, what was derived rather than read, then warnings for damage and suspicious text.
 */
export function summariseNotice(notice: Notice): string[] {
  const { plan, layout } = notice;
  const clauses = plan.measures.flatMap((m) => m.paragraphs.flatMap((p) => p.segments.filter((s) => s.kind === 'responsibility')));
  const outline = layout.plainText ? '未识别出层次，按原文段落发布 published as plain text: no outline recognised' : `${layout.outline.length} 级 levels (${layout.outline.join(' > ')})`;
  const lines = [
    `${notice.file} (${notice.encoding}${notice.sourceScript === 'zh-Hant' ? ', 繁体原文 Traditional source' : ''}): ${plan.chapters.length} 章 chapters, ${plan.measures.length} 项措施 measures, ${clauses.length} 处责任分工 clauses, ${notice.departments.length} 个责任单位 departments`,
    `  layout ${notice.file}: ${METADATA_FORMS[layout.metadata]}; ${SHAPES[layout.shape]}; ${outline}`,
  ];
  const derived = (Object.keys(FACT_NAMES) as (keyof typeof FACT_NAMES)[]).flatMap((key) => {
    const fact = notice.facts[key];
    if (fact.from === 'metadata') return [];
    return [`${FACT_NAMES[key]} ${fact.value === null ? '—（未找到 not found）' : `“${fact.value}”（据 from ${fact.from}）`}`];
  });
  if (derived.length > 0) lines.push(`  derived ${notice.file}: ${derived.join('; ')}`);
  const duties = notice.departments.flatMap((d) => d.duties);
  const roleCount = (role: string) => duties.filter((d) => d.role === role).length;
  const unlisted = notice.departments.filter((d) => !d.inVocabulary);
  if (notice.departments.length > 0) {
    lines.push(
      `  duties ${notice.file}: ${notice.jurisdiction?.name ?? '辖区未知 jurisdiction unknown'}; 牵头 lead ${roleCount('lead')}, 负责 responsible ${roleCount('responsible')}, 配合 cooperating ${roleCount('cooperating')}` +
        (unlisted.length > 0 ? `; ${unlisted.length} 个不在词表 not in the vocabulary: ${unlisted.map((d) => d.name).join('、')}` : ''),
    );
  }
  // Clause damage is routine in this kind of scrape: one line per kind. Text damage: one line each.
  const clauseDamage = new Map<string, number[]>();
  for (const damage of notice.damage) {
    if (damage.kind.startsWith('clause-')) clauseDamage.set(damage.kind, [...(clauseDamage.get(damage.kind) ?? []), damage.line]);
    else lines.push(`  warning ${notice.file}:${damage.line}: ${damage.kind}: ${damage.note}`);
  }
  for (const [kind, at] of clauseDamage) lines.push(`  note ${notice.file}: ${kind} ×${at.length} (lines ${[...new Set(at)].join(', ')})`);
  for (const { paragraph } of paragraphsInOrder(notice)) {
    const text = paragraph.segments.map((s) => s.text).join('');
    const code = CODE_LIKE.exec(text);
    if (code) lines.push(`  warning ${notice.file}:${paragraph.line}: 文本中有类似代码或标记的内容，将按原文显示为文本 (code-like text, shown as text): ${code[0]}`);
  }
  return lines;
}

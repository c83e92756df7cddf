import labelFile from '../../data/metadata-labels.json' with { type: 'json' };
import type { MetadataKey } from '../model.ts';

const LABELS = new Map(Object.entries(labelFile.labels) as [string, MetadataKey][]);
const COUNTERS = new Set(labelFile.counters);

/** Every label (and counter), longest first, each letter allowed padding: 索 引 号, 文  号. */
const ALTERNATIVES = [...LABELS.keys(), ...COUNTERS]
  .sort((a, b) => b.length - a.length)
  .map((label) => [...label].join('\\s*'))
  .join('|');

/**
 * A label where a pair may start: at the start of the line, after white space, or glued to the
 * end of the previous value (`…/2022-00047发文字号 :…`, `…办公厅公文时效 :有效`, as some sites
 * print their metadata table): after a digit, a Latin letter or a closing bracket any label,
 * after a Chinese character only a label of four characters or more, which a value is unlikely
 * to end with by chance.
 */
const LONG_ALTERNATIVES = [...LABELS.keys()]
  .filter((label) => label.length >= 4)
  .sort((a, b) => b.length - a.length)
  .map((label) => [...label].join('\\s*'))
  .join('|');
const LABEL_AT = new RegExp(`(?:^|(?<=[\\s　|｜0-9A-Za-z)）〕\\]]))(${ALTERNATIVES})\\s*[:：]|(?<=\\p{Script=Han})(${LONG_ALTERNATIVES})\\s*[:：]`, 'gu');
/** Pairs without colons, `索 引 号 MB1534522/2026-03520 发文日期 2026-01-04`: a label, white space, a value. */
const COLONLESS_AT = new RegExp(`(?:^|(?<=[\\s　]))(${ALTERNATIVES})(?=[\\s　]+\\S)`, 'gu');
/** A line that is a label alone, without its colon (a flattened two-column table). */
const BARE_LABEL = new RegExp(`^(${ALTERNATIVES})$`, 'u');

/** One `label：value` pair found in a line; `value` is null when nothing follows the label. */
export interface LabelPair {
  label: string;
  key: MetadataKey | null;
  value: string | null;
}

const canonical = (label: string) => label.replace(/[\s　]+/gu, '');

/**
 * The metadata pairs of a line, when the line starts with a metadata label: one pair
 * (`发文字号：津政办发〔2022〕15号`), several (`来源 :天津政务网 访问次数 : 发布时间 :2022-03-23`), or a
 * label alone (`成 文 日 期 :`, or a bare `索引号` in a flattened table). Counters such as
 * 访问次数 come back with key null. `view` is the Simplified view of the line, `text` the line
 * as published: values are cut from `text` at the positions found in `view`.
 *
 * readLabels('索引号：123 发文字号：津政办发〔2022〕15号') -> [{ label: '索引号', key: 'indexNumber', value: '123' }, { label: '发文字号', key: 'documentNumber', value: '津政办发〔2022〕15号' }]
 */
export function readLabels(view: string, text: string = view): LabelPair[] | null {
  // Rows printed as a bulleted list: `- 索引号：…`, `• 文号：…`.
  const bullet = /^[-•·●▪*]\s*/u.exec(view)?.[0].length ?? 0;
  if (bullet > 0) return readLabels(view.slice(bullet), text.length === view.length ? text.slice(bullet) : view.slice(bullet));
  const bare = BARE_LABEL.exec(view.trim());
  if (bare) return [pair(text.trim().length === view.trim().length ? text.trim() : bare[1]!, bare[1]!, null)];
  /** Each label found: where it starts, the label as matched, and where its value starts. */
  const at = (m: RegExpExecArray) => ({ index: m.index, label: (m[1] ?? m[2])!, valueFrom: m.index + m[0].length });
  let found = [...view.matchAll(LABEL_AT)].map(at);
  if (found.length === 0) {
    // Without colons, a line is metadata only when it holds two labels or more.
    const bare = [...view.matchAll(COLONLESS_AT)].map(at);
    if (bare.length >= 2) found = bare;
  }
  if (found.length === 0 || found[0]!.index !== 0) return null;
  // Cut values from the published text when the views line up character for character.
  const source = text.length === view.length ? text : view;
  return found.map((f, i) => {
    const end = i + 1 < found.length ? found[i + 1]!.index : source.length;
    const value = source.slice(f.valueFrom, end).replace(/^[\s　]+|[\s　|｜]+$/gu, '');
    return pair(source.slice(f.index, f.index + f.label.length), f.label, value || null);
  });
}

/** `published` is the label as the source writes it (Traditional for a Traditional source), `simplified` its view. */
function pair(published: string, simplified: string, value: string | null): LabelPair {
  const key = LABELS.get(canonical(simplified)) ?? null;
  return { label: canonical(published), key, value };
}

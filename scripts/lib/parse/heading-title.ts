/** A heading's title, the character that ended it, and the text after it on the same line. */
export interface HeadingSplit {
  title: string;
  terminator: string | null;
  body: string;
}

/**
 * Split the text after a heading's number into its title and the body that follows on the
 * same line, for documents of any kind: a short title ending in 。 (`加强组织领导。各单位要…`),
 * a title set off by a space (`总体要求 到2025年…`, as flattened layouts print it), a title
 * alone on its line (`总体目标`), or a whole first sentence (`各地要加快推进…，确保…。其余…`).
 *
 * splitHeadingTitle('加强组织领导。各单位要…') -> { title: '加强组织领导', terminator: '。', body: '各单位要…' }
 * splitHeadingTitle('总体目标') -> { title: '总体目标', terminator: null, body: '' }
 */
export function splitHeadingTitle(rest: string): HeadingSplit {
  const spaced = /^([^\s　，,。；;：:、]{2,30})[\s　]+(?=\S)/u.exec(rest);
  if (spaced) return { title: spaced[1]!, terminator: null, body: rest.slice(spaced[0].length) };
  // A sentence end, an ASCII full stop standing for 。, or a colon closing the title (主要任务：).
  const stop = rest.search(/[。！？]|(?<=\p{Script=Han})\.(?!\d)|[:：]$/u);
  if (stop === -1) return { title: rest, terminator: null, body: '' };
  return { title: rest.slice(0, stop), terminator: rest[stop]!, body: rest.slice(stop + 1) };
}

/** Sub-item and item headings (`基本公共教育。`, `1.加强统筹。`) are short phrases without inner punctuation. */
const MAX_ITEM_HEADING = 12;

/**
 * Split a short heading off the front of a paragraph: `基本公共教育。扩大…` -> heading 基本公共教育.
 * `max` bounds its length; a first sentence holding a comma or other punctuation is text, not a heading.
 *
 * splitItemHeading('基本公共教育。扩大普惠性资源供给') -> { heading: '基本公共教育', terminator: '。', body: '扩大普惠性资源供给' }
 */
export function splitItemHeading(text: string, max = MAX_ITEM_HEADING): { heading: string | null; terminator: string | null; body: string } {
  const stop = text.indexOf('。');
  const candidate = text.slice(0, stop);
  const body = text.slice(stop + 1);
  // A sentence followed by nothing but its responsibility clause is the item's text, not its heading.
  const onlyClause = /^\s*(?:[(（][^()（）]*[)）])?\s*$/u.test(body);
  if (stop > 0 && stop <= max && !/[\p{P}\p{S}\d]/u.test(candidate) && !onlyClause) return { heading: candidate, terminator: '。', body };
  return { heading: null, terminator: null, body: text };
}

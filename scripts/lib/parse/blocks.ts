/** A paragraph-sized piece of the notice with its 1-based source line. */
export interface Block {
  line: number;
  /** The text as published, without leading or trailing white space. */
  text: string;
  /** The same text in Simplified characters, for recognising structure; equals `text` for a Simplified source. */
  view: string;
  /** Width of the leading white space, used to recognise an indented signature. */
  indent: number;
}

/**
 * Split decoded text into non-blank lines. Paragraphs in scraped notices are one line each,
 * separated by blank lines, so a line is the unit of structure (layout repairs may cut a
 * damaged line into several blocks that share its line number).
 *
 * toBlocks('一、总则\n\n  正文') -> [{ line: 1, text: '一、总则', indent: 0, … }, { line: 3, text: '正文', indent: 2, … }]
 */
export function toBlocks(text: string, view: (text: string) => string = (t) => t): Block[] {
  const blocks: Block[] = [];
  text.split('\n').forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed) blocks.push({ line: index + 1, text: trimmed, view: view(trimmed), indent: raw.length - raw.trimStart().length });
  });
  return blocks;
}

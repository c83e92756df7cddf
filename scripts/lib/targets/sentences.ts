/** A piece of text with its offset in the text it was cut from. */
export interface Piece {
  text: string;
  offset: number;
}

/**
 * Sentences of a text, cut after 。；;！？!? (the terminator stays with its sentence). Text
 * after the last terminator is a sentence too.
 *
 * splitSentences('新增养老床位200张。健全制度') -> [{ text: '新增养老床位200张。', offset: 0 }, { text: '健全制度', offset: 11 }]
 */
export function splitSentences(text: string): Piece[] {
  return [...text.matchAll(/[^。；;！？!?]+[。；;！？!?]*|[。；;！？!?]+/g)].map((m) => ({ text: m[0], offset: m.index }));
}

/**
 * Phrases of a sentence, cut at commas (`,` `，`); the commas and the sentence terminator
 * belong to no phrase. Empty phrases are dropped.
 *
 * splitPhrases('2022年至2025年,完成59个老旧小区。') -> [{ text: '2022年至2025年', offset: 0 }, { text: '完成59个老旧小区', offset: 12 }]
 */
export function splitPhrases(sentence: string): Piece[] {
  return [...sentence.matchAll(/[^,，。；;！？!?]+/g)].map((m) => ({ text: m[0], offset: m.index }));
}

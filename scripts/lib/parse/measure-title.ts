/** Measure titles are short phrases; a first sentence longer than this has lost its full stop. */
const MAX_TITLE_LENGTH = 30;
const MIN_TITLE_LENGTH = 4;
/** 。, or an ASCII full stop after a Chinese character where a page turned 。 into `.` (never a decimal point). */
const TITLE_STOP = /。|(?<=\p{Script=Han})\.(?!\d)/u;

/** What the rest of the notice teaches about where titles end and sentences begin. */
export interface TitleEvidence {
  /** Two-character words that open sentences elsewhere in the notice, with counts. */
  sentenceOpeners: Map<string, number>;
  /** Last two characters of the titles that kept their full stop. */
  titleEndings: Set<string>;
}

/** The title of a measure and the text that follows it. */
export interface TitleSplit {
  title: string;
  terminator: string | null;
  body: string;
}

/**
 * Gather evidence from the notice's own text: which words open sentences (after 。；), and
 * how intact measure titles end.
 *
 * collectTitleEvidence('甲。依托乙。', ['加大金融支持力度']) -> openers { 依托: 1, … }, endings { 力度 }
 */
export function collectTitleEvidence(text: string, intactTitles: string[]): TitleEvidence {
  const sentenceOpeners = new Map<string, number>();
  for (const m of text.matchAll(/[。；;]\s*(\p{Script=Han}{2})/gu)) {
    sentenceOpeners.set(m[1]!, (sentenceOpeners.get(m[1]!) ?? 0) + 1);
  }
  return { sentenceOpeners, titleEndings: new Set(intactTitles.map((t) => t.slice(-2))) };
}

/**
 * Split the text after a measure number into title and body. Normally the title ends at the
 * first `。`. Where the source lost that full stop, the split is inferred from the notice's
 * own evidence: the title must end like other titles do and the body must start with a word
 * that starts sentences elsewhere. Returns null when no split is convincing; the caller
 * reports it rather than guessing.
 *
 * splitMeasureTitle('加大宣传引导力度依托掌上蓟州…', evidence) -> { title: '加大宣传引导力度', terminator: null, body: '依托掌上蓟州…' }
 */
export function splitMeasureTitle(rest: string, evidence: TitleEvidence | null): TitleSplit | null {
  const stop = rest.search(TITLE_STOP);
  if (stop > 0 && stop <= MAX_TITLE_LENGTH) {
    return { title: rest.slice(0, stop), terminator: rest[stop]!, body: rest.slice(stop + 1) };
  }
  if (!evidence) return null;
  const punctuation = rest.search(/[，,；;：:。]/u);
  const limit = Math.min(MAX_TITLE_LENGTH, punctuation === -1 ? rest.length : punctuation);
  let best: { k: number; score: number } | null = null;
  let tied = false;
  for (let k = MIN_TITLE_LENGTH; k < limit; k++) {
    const score = (evidence.titleEndings.has(rest.slice(k - 2, k)) ? 1 : 0) + (evidence.sentenceOpeners.has(rest.slice(k, k + 2)) ? 1 : 0);
    if (score === 0) continue;
    if (!best || score > best.score) {
      best = { k, score };
      tied = false;
    } else if (score === best.score) {
      tied = true;
    }
  }
  if (!best || tied || best.score < 2) return null;
  return { title: rest.slice(0, best.k), terminator: null, body: rest.slice(best.k) };
}

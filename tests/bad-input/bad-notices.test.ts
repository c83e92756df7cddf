import { describe, expect, it } from 'vitest';
import { CLEAN_NOTICE, lineStartingWith, MARKER, replaceOnce, runBuild } from '../support/run-build.ts';

interface BadCase {
  name: string;
  /** The seed file's name in SEEDS_DIR. */
  file: string;
  bytes: string | Uint8Array;
  /** The line stderr must name, or null where no line applies. */
  line: number | null;
  /** Words of the error that say what is wrong. */
  reason: RegExp;
}

const withoutChapterOne = replaceOnce(CLEAN_NOTICE, '一、加强公益性基础性服务供给\n\n', '');
const measureGap = replaceOnce(CLEAN_NOTICE, '(二)扩大普惠性生活服务供给。', '(三)扩大普惠性生活服务供给。');
const duplicateChapter = replaceOnce(CLEAN_NOTICE, '二、加强组织实施', '一、加强组织实施');
const [beforeLatin, afterLatin] = CLEAN_NOTICE.split('大力发展普惠性养老服务。');

const CASES: BadCase[] = [
  { name: 'an empty file', file: 'empty.txt', bytes: '', line: null, reason: /empty/ },
  {
    // A notice without a metadata block is read (tests/fixtures/notices/meta-none); a file without Chinese text is not a notice.
    name: 'a file with no Chinese text',
    file: 'no-chinese.txt',
    bytes: 'Minutes of the meeting\n\n1. Opening remarks.\n2. Any other business.\n',
    line: 1,
    reason: /no Chinese text/,
  },
  {
    name: 'a measure before any chapter',
    file: 'measure-first.txt',
    bytes: withoutChapterOne,
    line: lineStartingWith(withoutChapterOne, '(一)'),
    reason: /measure before any chapter/,
  },
  {
    name: 'a gap in measure numbering, (一) then (三)',
    file: 'measure-gap.txt',
    bytes: measureGap,
    line: lineStartingWith(measureGap, '(三)扩大'),
    reason: /gap in numbering/,
  },
  {
    name: 'a duplicate chapter number',
    file: 'duplicate-chapter.txt',
    bytes: duplicateChapter,
    line: lineStartingWith(duplicateChapter, '一、加强组织实施'),
    reason: /duplicate numbering/,
  },
  {
    name: 'an unknown encoding (a Latin-1 line in the notice)',
    file: 'latin1.txt',
    bytes: Buffer.concat([Buffer.from(beforeLatin!), Buffer.from('Crème brûlée。', 'latin1'), Buffer.from(afterLatin!)]),
    line: lineStartingWith(CLEAN_NOTICE, '(二)'),
    reason: /unknown encoding/,
  },
  { name: 'a file name that is not a slug', file: 'Bad Name.txt', bytes: CLEAN_NOTICE, line: null, reason: /lowercase slug/ },
  { name: 'a file name that is one of the site\'s own paths', file: 'departments.txt', bytes: CLEAN_NOTICE, line: null, reason: /reserved site path/ },
];

describe('the build refuses bad notices and leaves OUT_DIR as it was', () => {
  it('derives every case from a template that itself parses (sanity check of the template)', async () => {
    const { parseNotice } = await import('../../scripts/lib/parse/parse-notice.ts');
    expect(parseNotice(new TextEncoder().encode(CLEAN_NOTICE), { file: 'clean-notice.txt' }).plan.measures).toHaveLength(3);
    // Each case but the badly named files differs from the template in its content.
    expect(CASES.filter((c) => c.bytes === CLEAN_NOTICE).map((c) => c.file)).toEqual(['Bad Name.txt', 'departments.txt']);
  });

  it.each(CASES)('$name', ({ file, bytes, line, reason }) => {
    const markerText = `previous build ${file} ${Date.now()}\n`;
    const run = runBuild({ [file]: bytes }, markerText);
    try {
      expect(run.status, run.stdout + run.stderr).not.toBe(0);
      expect(run.status).not.toBeNull(); // exited, not killed by the timeout
      expect(run.stderr).toContain('构建失败 build failed');
      expect(run.stderr).toContain(line === null ? `${file}:` : `${file}:${line}:`);
      expect(run.stderr).toMatch(reason);
      expect(run.outEntries()).toEqual([MARKER]);
      expect(run.marker()).toBe(markerText);
    } finally {
      run.dispose();
    }
  }, 150_000);
});

describe('a correction that no longer matches the text', () => {
  it('fails the build naming the corrections file and the entry, and leaves OUT_DIR as it was', () => {
    const stale = { corrections: [{ id: 'k01', place: 'm01-p1', original: '这段文字不在通知里', corrected: '更正', status: 'corrected', reason: '测试' }] };
    const markerText = `previous build stale-correction ${Date.now()}\n`;
    const run = runBuild({ 'stale.txt': CLEAN_NOTICE, 'stale.corrections.json': JSON.stringify(stale) }, markerText);
    try {
      expect(run.status, run.stdout + run.stderr).not.toBe(0);
      expect(run.stderr).toContain('stale.corrections.json: k01（m01-p1，“这段文字不在通知里”）');
      expect(run.stderr).toMatch(/exactly once/);
      expect(run.marker()).toBe(markerText);
    } finally {
      run.dispose();
    }
  }, 150_000);
});

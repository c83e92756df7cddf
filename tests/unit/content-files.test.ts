import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCitations } from '../../scripts/lib/citations/read-citations.ts';
import { contentFiles, writeContent } from '../../scripts/lib/emit/write-content.ts';
import type { Notice } from '../../scripts/lib/model.ts';
import type { NoticeSummary } from '../../scripts/lib/notice-summary.ts';
import { parseNotice } from '../../scripts/lib/parse/parse-notice.ts';
import { localiseNotice } from '../../scripts/lib/script/localise-notice.ts';

const SEED = 'tests/fixtures/notices/citations-district-implements/input.txt';
const notice = parseNotice(readFileSync(SEED), { file: 'qu-2023-2.txt' });
const files = new Map(contentFiles([notice]));
const read = <T>(path: string) => JSON.parse(files.get(path)!) as T;

describe('contentFiles: what the pages read, per notice and script', () => {
  it('writes the model and its summary in each script', () => {
    expect([...files.keys()]).toEqual(['qu-2023-2/zh-hans/notice.json', 'qu-2023-2/zh-hans/summary.json', 'qu-2023-2/zh-hant/notice.json', 'qu-2023-2/zh-hant/summary.json']);
  });

  it('stores the model as localised for the script, every field kept', () => {
    for (const [folder, script] of [['zh-hans', 'zh-Hans'], ['zh-hant', 'zh-Hant']] as const) {
      const stored = read<Notice & { script: string }>(`qu-2023-2/${folder}/notice.json`);
      const { script: stamped, ...model } = stored;
      expect(stamped).toBe(script);
      expect(model).toEqual(JSON.parse(JSON.stringify(localiseNotice(notice, script))));
    }
  });

  it('summarises without the text: title, facts, departments, measure numbers and the citations the text makes', () => {
    const summary = read<NoticeSummary>('qu-2023-2/zh-hans/summary.json');
    expect(summary.plan.title).toBe(notice.plan.title);
    expect(summary.measures).toEqual(notice.plan.measures.map((m) => m.number));
    expect(summary.departments.map((d) => d.uid)).toEqual(notice.departments.map((d) => d.uid));
    expect(summary.citations).toEqual(readCitations(localiseNotice(notice, 'zh-Hans')));
    expect(summary.citations.length).toBeGreaterThan(0);
    expect(JSON.stringify(summary)).not.toContain(notice.plan.measures[0]!.paragraphs[0]!.segments.find((s) => s.kind === 'text')!.text);
    expect(files.get('qu-2023-2/zh-hans/summary.json')!.length).toBeLessThan(files.get('qu-2023-2/zh-hans/notice.json')!.length / 2);
  });

  it('summarises the zh-Hant copy in Traditional', () => {
    const hant = read<NoticeSummary>('qu-2023-2/zh-hant/summary.json');
    expect(hant.script).toBe('zh-Hant');
    expect(hant.plan.title).toBe(localiseNotice(notice, 'zh-Hant').plan.title);
    expect(hant.plan.title).not.toBe(notice.plan.title);
  });
});

describe('writeContent: content/ from the notices, each written again only when its source changed', () => {
  const other = parseNotice(readFileSync('tests/fixtures/notices/citations-municipal-measures/input.txt'), { file: 'shi-2022-7.txt' });
  const seedDigest = (n: Notice) => `seed of ${n.file}`;

  it('writes every notice the first time, then only the notice whose source changed, with the same files and fingerprints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    try {
      writeFileSync(join(dir, 'README.md'), 'kept\n');
      writeFileSync(join(dir, 'stale.json'), '{}');
      const first = writeContent(dir, [notice, other], new Map([['qu-2023-2', 'k1'], ['shi-2022-7', 'k2']]), seedDigest);
      expect(first.written).toBe(2);
      expect(readdirSync(dir).sort()).toEqual(['README.md', 'qu-2023-2', 'shi-2022-7']);
      expect(readFileSync(join(dir, 'qu-2023-2/zh-hant/notice.json'), 'utf8')).toBe(files.get('qu-2023-2/zh-hant/notice.json'));
      const again = writeContent(dir, [notice, other], new Map([['qu-2023-2', 'k1'], ['shi-2022-7', 'k2b']]), seedDigest);
      expect(again.written).toBe(1);
      expect(again.fingerprints).toEqual(first.fingerprints);
      // Without sources (no cache), everything is written; a notice no longer there is removed.
      const alone = writeContent(dir, [notice], new Map(), seedDigest);
      expect(alone.written).toBe(1);
      expect(alone.fingerprints['qu-2023-2']).toEqual(first.fingerprints['qu-2023-2']);
      expect(readdirSync(dir).sort()).toEqual(['README.md', 'qu-2023-2']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fingerprints the models and the seed apart from the summaries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    try {
      const a = writeContent(dir, [notice], new Map(), seedDigest).fingerprints['qu-2023-2']!;
      const b = writeContent(dir, [notice], new Map(), () => 'another seed').fingerprints['qu-2023-2']!;
      expect(b.model).not.toBe(a.model);
      expect(b.summary).toBe(a.summary);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

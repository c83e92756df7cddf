import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../scripts/lib/parse/parse-notice.ts';
import { summariseNotice } from '../support/notice-summary.ts';

/** `UPDATE_FIXTURES=1 npx vitest run tests/unit/parse-fixtures.test.ts` rewrites every expected.json. */
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CASES = join(ROOT, 'tests/fixtures/parse');

interface CaseConfig {
  file?: string;
  input?: string;
  view?: 'model' | 'summary';
}

function loadCase(name: string) {
  const dir = join(CASES, name);
  const config: CaseConfig = existsSync(join(dir, 'case.json')) ? JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) : {};
  const bytes = readFileSync(config.input ? join(ROOT, config.input) : join(dir, 'input.txt'));
  const notice = parseNotice(bytes, { file: config.file ?? `${name}.txt` });
  return { dir, bytes, notice, view: config.view === 'summary' ? summariseNotice(notice) : { ...notice, sha256: undefined } };
}

const names = readdirSync(CASES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('parser fixtures', () => {
  it('has the cases the parser is specified by', () => {
    expect(names).toEqual(expect.arrayContaining(['clean-notice', 'clean-notice-crlf-bom', 'jizhou-2022-16']));
  });

  it.each(names)('%s parses to its expected.json', (name) => {
    const { dir, view } = loadCase(name);
    const path = join(dir, 'expected.json');
    // JSON round trip so the comparison sees exactly what the file holds (no undefined keys).
    const actual = JSON.parse(JSON.stringify(view));
    if (UPDATE) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    if (!existsSync(path)) throw new Error(`${path} is missing: run UPDATE_FIXTURES=1 npx vitest run tests/unit/parse-fixtures.test.ts and review it`);
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });

  it.each(names)('%s: the model records the SHA-256 of the bytes it was parsed from', (name) => {
    const { bytes, notice } = loadCase(name);
    expect(notice.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('a CRLF + BOM copy of the clean notice gives the same model (only the bytes differ)', () => {
    const clean = loadCase('clean-notice');
    const crlf = loadCase('clean-notice-crlf-bom');
    // The fixture really has a BOM and CRLF line ends, and the same text once they are removed.
    expect([...crlf.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(crlf.bytes.toString('utf8').split('\r\n').length).toBe(clean.bytes.toString('utf8').split('\n').length);
    expect(crlf.bytes.toString('utf8').slice(1).replaceAll('\r\n', '\n')).toBe(clean.bytes.toString('utf8'));
    expect(crlf.notice.sha256).not.toBe(clean.notice.sha256);
    expect(crlf.view).toEqual(clean.view);
  });
});

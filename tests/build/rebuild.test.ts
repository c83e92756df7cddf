/**
 * A rebuild after one notice's text changed renders that notice and the notices whose pages
 * show its text, keeps every other file of the previous site, and makes the site a clean build
 * of the same notices makes, byte for byte. A change to what other pages read of a notice (its
 * title) makes a full build. The notices are the shard test's: the district plan cites the
 * municipal one, so the municipal notice's pages name the district plan's citing measure.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIsolated, type IsolatedBuild } from '../support/isolated-build.ts';
import { differences, files } from '../support/site-files.ts';

const CASES = fileURLToPath(new URL('../fixtures/notices/', import.meta.url));
const NAMES = ['citations-district-implements', 'citations-municipal-measures', 'combo-kunming-kv-ascii', 'duties-wuhan-separate-lines', 'meta-none', 'outline-articles', 'traditional-shaanxi'];
const DISTRICT = 'citations-district-implements';
/** The title of the district plan's measure that cites the municipal measures: the municipal notice's references name it. */
const [BEFORE, AFTER] = ['形成建设清单。', '形成年度建设清单。'];

describe('a rebuild after one notice changed', () => {
  const seedsDir = mkdtempSync(join(tmpdir(), 'rebuild-seeds-'));
  const district = join(seedsDir, `${DISTRICT}.txt`);
  let steps: IsolatedBuild;
  let clean: IsolatedBuild;
  let rebuilt: Map<string, Buffer>;
  beforeAll(async () => {
    for (const name of NAMES) writeFileSync(join(seedsDir, `${name}.txt`), readFileSync(join(CASES, name, 'input.txt')));
    const original = readFileSync(district, 'utf8');
    expect(original).toContain(BEFORE);
    // 1: full; 2: the citing paragraph edited; 3: the same again (nothing changed); 4: the plan's title edited.
    steps = await buildIsolated({
      seedsDir,
      runs: [[], [], [], []],
      beforeRun: (run, outDir) => {
        if (run === 1) writeFileSync(district, original.replace(BEFORE, AFTER));
        if (run === 3) {
          rebuilt = files(outDir);
          writeFileSync(district, original.replace(BEFORE, AFTER).replace('\n河西区社区嵌入式服务设施建设实施方案\n', '\n河西区社区嵌入式服务设施建设工作方案\n'));
        }
      },
    });
    writeFileSync(district, original.replace(BEFORE, AFTER));
    clean = await buildIsolated({ seedsDir });
  }, 600_000);
  afterAll(() => {
    for (const run of [steps, clean]) run?.dispose();
    rmSync(seedsDir, { recursive: true, force: true });
  });
  const logs = (run: number) => steps.runLogs[run]!;

  it('builds in full the first time, and renders only the changed notice and the notice quoting it the second', () => {
    expect(logs(0)).toContain('完整构建 full build: no record of a previous build');
    expect(logs(1)).toContain(`重建 rebuild: 1 notice(s) changed (${DISTRICT}), 2 rendered`);
    expect(logs(2)).toContain('重建 rebuild: 0 notice(s) changed (none), 0 rendered');
  });

  it('makes the site a clean build makes, byte for byte', () => {
    expect(rebuilt.size).toBeGreaterThan(NAMES.length * 50);
    expect(differences(rebuilt, files(clean.outDir))).toEqual([]);
  });

  it('shows the new text on the changed notice and where the notice it cites names the citing measure', () => {
    const title = AFTER.slice(0, -1);
    expect(rebuilt.get(`${DISTRICT}/full-text/index.html`)!.toString()).toContain(title);
    expect(rebuilt.get('citations-municipal-measures/references/index.html')!.toString()).toContain(title);
  });

  it('builds in full when a notice changes what other pages show of it', () => {
    expect(logs(3)).toContain(`完整构建 full build: the summary of ${DISTRICT} changed`);
    expect(readFileSync(join(steps.outDir, DISTRICT, 'index.html'), 'utf8')).toContain('河西区社区嵌入式服务设施建设工作方案');
  });
});

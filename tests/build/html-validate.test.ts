/** Every built page is valid HTML by html-validate's recommended and document rules (.htmlvalidate.json). */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileOf, htmlPages, requireDist } from '../support/dist.ts';

describe('html-validate', () => {
  beforeAll(requireDist);

  it('finds zero errors on every page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(60);
    for (const path of pages) {
      const report = await validator.validateFile(fileOf(path));
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

/**
 * Propose corrections for responsibility clauses whose brackets, separators or verb were lost
 * in extraction, as JSON entries for a person to review and paste into the notice's
 * corrections file. It changes nothing itself.
 * Usage: npx tsx scripts/propose-corrections.ts seeds/jizhou-2022-16.txt
 */
import { readFileSync } from 'node:fs';
import type { ResponsibilitySegment } from './lib/model.ts';
import { parseNotice } from './lib/parse/parse-notice.ts';

const VERB = '按职责分工负责';

/** The clause as it should read: brackets, 、 between names, the verb once. */
function restoreClause(clause: ResponsibilitySegment): { text: string; fixes: string[] } {
  const fixes: string[] = [];
  let body = clause.text.replace(/^[(（]/, '').replace(/[)）]$/, '');
  // Insert 、 where two department names touch.
  let rebuilt = '';
  let at = 0;
  clause.departments.forEach((d, i) => {
    const found = body.indexOf(d.name, at);
    const gap = body.slice(at, found);
    if (i > 0 && gap === '') {
      rebuilt += '、';
      if (!fixes.includes('补顿号')) fixes.push('补顿号');
    }
    rebuilt += gap + d.name;
    at = found + d.name.length;
  });
  body = rebuilt + body.slice(at);
  if (/负责负责$/.test(body)) {
    body = body.replace(/负责负责$/, '负责');
    fixes.push('删去重复的“负责”');
  }
  if (!clause.verb) {
    body += VERB;
    fixes.push('补“按职责分工负责”');
  }
  if (!/^[(（]/.test(clause.text)) fixes.push('补左括号');
  if (!/[)）]$/.test(clause.text)) fixes.push('补右括号');
  return { text: `(${body})`, fixes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? 'seeds/jizhou-2022-16.txt';
  const notice = parseNotice(readFileSync(file), { file });
  const proposals = [];
  for (const m of notice.plan.measures) {
    for (const p of m.paragraphs) {
      for (const s of p.segments) {
        if (s.kind !== 'responsibility') continue;
        const { text, fixes } = restoreClause(s);
        if (text === s.text) continue;
        proposals.push({ place: p.id, original: s.text, corrected: text, status: 'corrected', reason: `责任分工括注在提取时受损：${fixes.join('、')}。`, evidence: '同一文件中完好的责任分工均写作“(××、××按职责分工负责)”。' });
      }
    }
  }
  console.log(JSON.stringify(proposals, null, 2));
}

import chromeFile from '../../data/page-chrome.json' with { type: 'json' };
import type { ChromeKind } from '../model.ts';

const PATTERNS: { kind: ChromeKind; pattern: RegExp }[] = chromeFile.patterns.map((p) => ({ kind: p.kind as ChromeKind, pattern: new RegExp(p.pattern, 'u') }));

/**
 * The kind of page chrome a line is (scripts/data/page-chrome.json), or null for text. Only
 * called on lines above and below the document, never on its body.
 *
 * chromeKind('无障碍 无障碍 简体 | 繁体 长者模式 长者模式') -> 'toolbar'
 * chromeKind('政务公开  >  政策文件  >  区级文件') -> 'breadcrumb'
 * chromeKind('各有关单位：') -> null
 */
export function chromeKind(view: string): ChromeKind | null {
  for (const { kind, pattern } of PATTERNS) if (pattern.test(view)) return kind;
  return null;
}

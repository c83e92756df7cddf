import type { Damage, Layout, MetadataField, PageChrome } from '../model.ts';
import type { Block } from './blocks.ts';
import { isIssuerLine, isTitleLike } from './document-words.ts';
import { readLabels, type LabelPair } from './metadata-labels.ts';
import { matchMarker } from './numbering.ts';
import { chromeKind } from './page-chrome.ts';

/** Title lines a page header may print above the metadata block before it is taken for the document. */
const MAX_PAGE_TITLE_LINES = 4;

export interface Head {
  chrome: PageChrome;
  metadata: MetadataField[];
  metadataLayout: Layout['metadata'];
  /** Index of the first block of the document itself. */
  end: number;
}

/**
 * Read what a website prints above a document: page chrome (scripts/data/page-chrome.json),
 * the title as the page header shows it, and the metadata block in whatever layout (label
 * and value on separate lines, `label：value`, several pairs a line, a flattened table). A
 * label followed directly by another label has an empty value, kept as `null`. The head ends
 * at the first line that is none of these.
 *
 * readHead(blocks of '政务公开 > 政策文件\n名    称 :\n通知\n成 文 日 期 :\n有   效  性 :\n有效\n\n通知')
 *   -> { chrome.breadcrumb: ['政务公开', '政策文件'], metadata: name='通知', writtenDate=null, validity='有效', end: 6 }
 */
export function readHead(blocks: Block[], damage: Damage[]): Head {
  const chrome: PageChrome = { header: '', siteName: '', toolbar: [], breadcrumb: [], lines: [] };
  const metadata: MetadataField[] = [];
  const forms = new Set<'label-lines' | 'inline' | 'multi-pair'>();
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i]!;
    const pairs = readLabels(block.view, block.text);
    if (pairs) {
      i += 1;
      let valueTaken = false;
      if (pairs.length === 1 && pairs[0]!.value === null && pairs[0]!.key !== null) {
        // The value sits on the next line, unless that line is a label, chrome, or past a blank gap.
        const next = blocks[i];
        if (next && (next.line === block.line || next.line === block.line + 1) && !readLabels(next.view) && !chromeKind(next.view)) {
          pairs[0]!.value = next.text;
          valueTaken = true;
          i += 1;
        }
      }
      if (addPairs(pairs, block, metadata, chrome, damage) > 0) {
        forms.add(pairs.filter((p) => p.key).length > 1 ? 'multi-pair' : valueTaken || pairs[0]!.value === null ? 'label-lines' : 'inline');
      }
      continue;
    }
    const kind = chromeKind(block.view);
    if (kind) {
      addChrome(chrome, kind, block);
      i += 1;
      continue;
    }
    // Title lines printed by the page header, when more head (metadata or chrome) follows them.
    // The site's name alone at the very top (its date line lost or on a line of its own) is the header.
    if (i === 0 && !chrome.header && isIssuerLine(block.view)) {
      addChrome(chrome, 'header', block);
      i += 1;
      continue;
    }
    const titles = pageTitleRun(blocks, i);
    if (titles > 0) {
      for (let k = 0; k < titles; k++) chrome.lines.push({ kind: 'page-title', line: blocks[i + k]!.line, text: blocks[i + k]!.text });
      i += titles;
      continue;
    }
    break;
  }
  const metadataLayout = forms.size === 0 ? 'none' : forms.size > 1 ? 'mixed' : [...forms][0]!;
  return { chrome, metadata, metadataLayout, end: i };
}

/** How many title-like blocks from `start` are followed by a metadata or chrome line (0 when none are). */
function pageTitleRun(blocks: Block[], start: number): number {
  for (let k = 0; k < MAX_PAGE_TITLE_LINES && start + k < blocks.length; k++) {
    const block = blocks[start + k]!;
    if (!isTitleLike(block.view) || matchMarker(block.view)) return 0;
    const next = blocks[start + k + 1];
    if (next && (readLabels(next.view) || chromeKind(next.view))) return k + 1;
  }
  return 0;
}

function addChrome(chrome: PageChrome, kind: NonNullable<ReturnType<typeof chromeKind>>, block: Block): void {
  chrome.lines.push({ kind, line: block.line, text: block.text });
  if (kind === 'breadcrumb') chrome.breadcrumb = block.text.replace(/^(当前位置|您所在的位置|您现在的位置|您的位置|所在位置)\s*[:：]\s*/u, '').split(/\s*[>＞»›]\s*/u).filter(Boolean);
  else if (kind === 'header' && !chrome.header) {
    chrome.header = block.text;
    chrome.siteName = block.text.split(/\s+/)[0]!;
  } else if (kind === 'toolbar' || kind === 'print' || kind === 'navigation') chrome.toolbar.push(...block.text.split(/\s+/).filter((word) => word && !/^[|｜/]$/u.test(word)));
}

/** Record a line's pairs; returns how many were metadata (the rest are counters and controls, kept as chrome). */
function addPairs(pairs: LabelPair[], block: Block, metadata: MetadataField[], chrome: PageChrome, damage: Damage[]): number {
  let added = 0;
  for (const pair of pairs) {
    // 字号 is also the font-size control (`字号:[ ]`, `字号：大 中 小`): a document number always has a digit.
    if (pair.key === 'documentNumber' && pair.value !== null && !/\d/.test(pair.value)) pair.key = null;
    if (pair.key === null) {
      chrome.lines.push({ kind: 'visits', line: block.line, text: `${pair.label}${pair.value ? `：${pair.value}` : ''}` });
      continue;
    }
    const earlier = metadata.find((f) => f.key === pair.key);
    if (earlier) {
      // A second label for the same field (标题 after 名称, 发布时间 printed twice): the first is kept, the second reported.
      if (pair.value === null) continue;
      damage.push({ kind: 'metadata-duplicate', line: block.line, text: `${pair.label}：${pair.value}`, note: `元数据“${pair.label}”与第${earlier.line}行的“${earlier.label}”重复，保留前者` });
      continue;
    }
    metadata.push({ key: pair.key, label: pair.label, value: pair.value, line: block.line });
    added += 1;
  }
  return added;
}

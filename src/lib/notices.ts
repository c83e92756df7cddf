import { getCollection } from 'astro:content';
import type { Chapter, Measure, Notice } from '../../scripts/lib/model.ts';
import { markerLabel } from '../../scripts/lib/parse/numbering.ts';
import { SCRIPTS, SCRIPT_SEGMENT, type Script } from '../../scripts/lib/script/scripts.ts';

const noticesByScript = new Map<Script, Promise<Notice[]>>();

/**
 * All notices in one script, in seed-file order. Read once per build: Astro's getCollection
 * walks every entry's whole data on each call (updateImageReferencesInData), so calling it per
 * page made the build grow with pages × notices (a quarter of a 30-notice build, profiled).
 * The notices are shared by every page: treat them as read-only.
 */
export function getNotices(script: Script): Promise<Notice[]> {
  let notices = noticesByScript.get(script);
  if (!notices) {
    notices = getCollection('notices', (e) => e.data.script === script).then((entries) => entries.map((e) => e.data).sort((a, b) => a.file.localeCompare(b.file)));
    noticesByScript.set(script, notices);
  }
  return notices;
}

/** The notice when the archive holds exactly one (site-wide pages then belong to it), else undefined. */
export function onlyNotice(notices: Notice[]): Notice | undefined {
  return notices.length === 1 ? notices[0] : undefined;
}

/** The `script` route parameter of a page in `script`: undefined for zh-Hans (the root), 'zh-hant' otherwise. */
export function scriptParam(script: Script): string | undefined {
  return SCRIPT_SEGMENT[script] || undefined;
}

/**
 * Static paths of a page type in both scripts: `each(notices, script)` lists the pages of one
 * script; the script parameter and `script` prop are added.
 */
export async function pathsInBothScripts<P extends Record<string, string | undefined>, T extends object>(
  each: (notices: Notice[], script: Script) => { params: P; props: T }[],
): Promise<{ params: P & { script: string | undefined }; props: T & { script: Script } }[]> {
  const paths = [];
  for (const script of SCRIPTS) {
    for (const path of each(await getNotices(script), script)) {
      paths.push({ params: { ...path.params, script: scriptParam(script) }, props: { ...path.props, script } });
    }
  }
  return paths;
}

/** A measure's label in its document's numbering style, as the UI shows it: （一）, 1., 第三条. */
export function measureLabel(measure: Pick<Measure, 'style' | 'numeral'>): string {
  return markerLabel(measure.style, measure.numeral);
}

/** A chapter's label, ready to stand before its title: 一、, 第一章　. */
export function chapterLabel(chapter: Pick<Chapter, 'style' | 'numeral'>): string {
  const label = markerLabel(chapter.style, chapter.numeral);
  return chapter.style === 'zhang' || chapter.style === 'tiao' ? `${label}　` : label;
}

/** Static paths of a page that exists once per notice in each script (props: notice, script). */
export function noticePagePaths() {
  return pathsInBothScripts((notices) => notices.map((notice) => ({ params: { notice: notice.slug }, props: { notice } })));
}

/** Static paths of a page that exists once per script (props: script). */
export function scriptPagePaths() {
  return SCRIPTS.map((script) => ({ params: { script: scriptParam(script) }, props: { script } }));
}

import { format, translator } from '../i18n/ui.ts';
import type { Notice } from '../../scripts/lib/model.ts';
import type { Script } from '../../scripts/lib/script/scripts.ts';
import { chapterLabel, measureLabel } from './notices.ts';
import { urlsFor } from './urls.ts';

/**
 * Where a paragraph of a notice stands, as a link and a readable name: a measure's paragraph on
 * its measure page, the letter's on the notice page, the preamble's and a chapter's own text in
 * the full text.
 *
 * paragraphPlace(jizhou, 'm03-p2', 'zh-Hans') -> { href: '/jizhou-2022-16/measures/3/#m03-p2', label: '（三）…' }
 */
export function paragraphPlace(notice: Notice, paragraph: string, script: Script): { href: string; label: string } {
  const t = translator(script);
  const urls = urlsFor(script);
  const measureId = /^(m\d+)-p\d+$/u.exec(paragraph)?.[1];
  const measure = measureId && notice.plan.measures.find((m) => m.id === measureId);
  if (measure) return { href: `${urls.measure(notice.slug, measure.number)}#${paragraph}`, label: `${measureLabel(measure)}${measure.title}` };
  if (paragraph.startsWith('cover-')) return { href: `${urls.notice(notice.slug)}#${paragraph}`, label: t('errata.placeCover') };
  const chapterId = /^(c\d+)-p\d+$/u.exec(paragraph)?.[1];
  const chapter = chapterId && notice.plan.chapters.find((c) => c.id === chapterId);
  if (chapter) return { href: `${urls.fullText(notice.slug)}#${paragraph}`, label: format(t('refs.placeChapter'), { chapter: `${chapterLabel(chapter)}${chapter.title}` }) };
  return { href: `${urls.fullText(notice.slug)}#${paragraph}`, label: t('errata.placePreamble') };
}

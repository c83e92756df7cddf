import { type Citation, readCitations } from './citations/read-citations.ts';
import type { Chapter, Notice } from './model.ts';
import type { Script } from './script/scripts.ts';

/**
 * What a notice's title, facts and departments are, without its text: what the archive-wide
 * pages (home, facets, departments across notices, feed, search choices) and the citation links
 * between notices need to know of every notice. A 1,000-notice build holds these, and reads a
 * notice's whole model only while its own pages render.
 */
export type NoticeHead = Pick<Notice, 'slug' | 'file' | 'sourceScript' | 'facts' | 'metadata' | 'jurisdiction'> & {
  cover: { title: string } | null;
  plan: { title: string };
};

/** A notice's head, its chapters' headings, its departments (with their duties), its measures' numbers and the citations its text makes. */
export interface NoticeSummary extends NoticeHead {
  script: Script;
  plan: { title: string; chapters: Pick<Chapter, 'id' | 'number' | 'numeral' | 'style' | 'title'>[] };
  departments: Notice['departments'];
  measures: number[];
  citations: Citation[];
}

/**
 * The summary of a notice as localised for `script`.
 *
 * summarize(jizhou, 'zh-Hans') -> { slug: 'jizhou-2022-16', plan: { title: '蓟州区生活性服务业发展行动方案' }, measures: [1, …, 29], citations: [], … }
 */
export function summarize(notice: Notice, script: Script): NoticeSummary {
  const { slug, file, sourceScript, facts, metadata, jurisdiction, departments } = notice;
  return {
    script,
    slug,
    file,
    sourceScript,
    facts,
    metadata,
    jurisdiction,
    cover: notice.cover && { title: notice.cover.title },
    plan: { title: notice.plan.title, chapters: notice.plan.chapters.map(({ id, number, numeral, style, title }) => ({ id, number, numeral, style, title })) },
    departments,
    measures: notice.plan.measures.map((m) => m.number),
    citations: readCitations(notice),
  };
}

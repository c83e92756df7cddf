import type { NoticeHead } from '../../scripts/lib/notice-summary.ts';
import { documentTitle } from '../../scripts/lib/model-queries.ts';
import { newestFirst } from './archive.ts';
import type { AtomEntry, AtomFeed } from './atom.ts';

/** What the archive's feed needs besides the notices: absolute URLs and the strings of its script. */
export interface NoticeFeedOptions {
  lang: string;
  /** The feed's own absolute URL. */
  url: string;
  /** The absolute URL of the site's home in this script. */
  homeUrl: string;
  /** The absolute URL of a notice's page in this script. */
  noticeUrl: (slug: string) => string;
  title: string;
  subtitle: string | null;
  /** The feed's author (the site), standing for notices without an issuer. */
  author: string;
  /** The labels of the summary's facts, as the archive list shows them. */
  labels: { documentNumber: string; issuer: string };
}

/**
 * The archive's Atom feed in one script: one entry per notice, newest first as the archive
 * lists them, each dated by its document's date, authored by its issuer, and summarised by
 * its document number and issuer (文号：…；发文机关：…).
 *
 * noticeFeed([jizhou], { lang: 'zh-Hans', … }).entries[0]
 *   -> { id: 'https://…/jizhou-2022-16/', title: '天津市蓟州区人民政府办公室印发…的通知', date: '2022-12-17',
 *        author: '天津市蓟州区人民政府办公室', summary: '文号：蓟州政办发〔2022〕16号；发文机关：天津市蓟州区人民政府办公室', … }
 */
export function noticeFeed(notices: NoticeHead[], options: NoticeFeedOptions): AtomFeed {
  const { labels } = options;
  const entry = (notice: NoticeHead): AtomEntry => {
    const url = options.noticeUrl(notice.slug);
    const facts = [
      [labels.documentNumber, notice.facts.documentNumber.value],
      [labels.issuer, notice.facts.issuer.value],
    ].filter((pair): pair is [string, string] => pair[1] !== null);
    return {
      id: url,
      title: documentTitle(notice),
      url,
      date: notice.facts.date.iso ?? null,
      author: notice.facts.issuer.value,
      summary: facts.length ? facts.map(([label, value]) => `${label}：${value}`).join('；') : null,
    };
  };
  const { lang, url, homeUrl, title, subtitle, author } = options;
  return { lang, url, homeUrl, title, subtitle, author, entries: newestFirst(notices).map(entry) };
}

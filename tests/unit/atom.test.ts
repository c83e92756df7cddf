import { describe, expect, it } from 'vitest';
import { atomDate, atomFeed, type AtomFeed } from '../../src/lib/atom.ts';
import { noticeFeed, type NoticeFeedOptions } from '../../src/lib/notice-feed.ts';
import type { Notice } from '../../scripts/lib/model.ts';
import { readAtom } from '../support/atom.ts';

const ORIGIN = 'https://policy.example.gov.cn';

describe('atomFeed: an Atom 1.0 document', () => {
  const feed: AtomFeed = {
    url: `${ORIGIN}/feed.xml`,
    homeUrl: `${ORIGIN}/`,
    lang: 'zh-Hans',
    title: '政策文件公开',
    subtitle: '全部文件（新的在前）',
    author: '政策文件公开',
    entries: [
      { id: `${ORIGIN}/b/`, title: '关于“A&B”<试行>的通知', url: `${ORIGIN}/b/`, date: '2023-05-01', author: '某区人民政府', summary: '文号：某政发〔2023〕1号' },
      { id: `${ORIGIN}/a/`, title: '甲方案', url: `${ORIGIN}/a/?x=1&y="2"`, date: '2021-03-01', author: null, summary: null },
      { id: `${ORIGIN}/c/`, title: '丙方案\u0007', url: `${ORIGIN}/c/`, date: null, author: '某局', summary: null },
    ],
  };

  it('parses as XML, with the feed language, ids, links and the author', () => {
    const read = readAtom(atomFeed(feed));
    expect(read).toMatchObject({ lang: 'zh-Hans', id: `${ORIGIN}/feed.xml`, title: '政策文件公开', author: '政策文件公开' });
    expect(read.links).toEqual({ self: `${ORIGIN}/feed.xml`, alternate: `${ORIGIN}/` });
  });

  it('escapes text and attributes and drops characters XML cannot carry', () => {
    const [b, a, c] = readAtom(atomFeed(feed)).entries;
    expect(b!.title).toBe('关于“A&B”<试行>的通知');
    expect(a!.link).toBe(`${ORIGIN}/a/?x=1&y="2"`);
    expect(c!.title).toBe('丙方案');
  });

  it('keeps the entries in the given order, each with its own date, author and summary where known', () => {
    const entries = readAtom(atomFeed(feed)).entries;
    expect(entries.map((e) => [e.id, e.updated, e.published, e.author, e.summary])).toEqual([
      [`${ORIGIN}/b/`, '2023-05-01T00:00:00+08:00', '2023-05-01T00:00:00+08:00', '某区人民政府', '文号：某政发〔2023〕1号'],
      [`${ORIGIN}/a/`, '2021-03-01T00:00:00+08:00', '2021-03-01T00:00:00+08:00', undefined, undefined],
      [`${ORIGIN}/c/`, '1970-01-01T00:00:00Z', undefined, '某局', undefined],
    ]);
  });

  it('is updated at its newest entry, whatever the entries’ order, and at the epoch when none is dated', () => {
    expect(readAtom(atomFeed({ ...feed, entries: [...feed.entries].reverse() })).updated).toBe('2023-05-01T00:00:00+08:00');
    expect(readAtom(atomFeed({ ...feed, entries: [feed.entries[2]!] })).updated).toBe('1970-01-01T00:00:00Z');
    expect(readAtom(atomFeed({ ...feed, entries: [] })).entries).toEqual([]);
  });

  it('writes the same bytes for the same input (no build time in it)', () => {
    expect(atomFeed(feed)).toBe(atomFeed(structuredClone(feed)));
    expect(atomDate('2022-12-17')).toBe('2022-12-17T00:00:00+08:00');
  });
});

describe('noticeFeed: the archive as a feed', () => {
  const notice = (slug: string, iso: string | null, title: string, number: string | null, issuer: string | null) =>
    ({
      slug,
      cover: { title },
      plan: { title: `${title}（附件）` },
      facts: {
        title: { value: title, from: 'metadata' },
        documentNumber: { value: number, from: number ? 'metadata' : null },
        issuer: { value: issuer, from: issuer ? 'metadata' : null },
        date: { value: iso, from: iso ? 'metadata' : null, iso },
      },
    }) as unknown as Notice;
  const notices = [
    notice('a', '2021-03-01', '甲区关于印发甲方案的通知', '甲政办发〔2021〕3号', '甲区人民政府办公室'),
    notice('c', null, '丙方案', null, null),
    notice('b', '2023-05-01', '乙区关于印发乙措施的通知', null, '乙区人民政府'),
  ];
  const options: NoticeFeedOptions = {
    lang: 'zh-Hant',
    url: `${ORIGIN}/zh-hant/feed.xml`,
    homeUrl: `${ORIGIN}/zh-hant/`,
    noticeUrl: (slug) => `${ORIGIN}/zh-hant/${slug}/`,
    title: '政策文件公開',
    subtitle: null,
    author: '政策文件公開',
    labels: { documentNumber: '文號', issuer: '發文機關' },
  };

  it('lists every notice newest first, undated last, each at its page', () => {
    const feed = noticeFeed(notices, options);
    expect(feed.entries.map((e) => [e.id, e.url, e.date])).toEqual([
      [`${ORIGIN}/zh-hant/b/`, `${ORIGIN}/zh-hant/b/`, '2023-05-01'],
      [`${ORIGIN}/zh-hant/a/`, `${ORIGIN}/zh-hant/a/`, '2021-03-01'],
      [`${ORIGIN}/zh-hant/c/`, `${ORIGIN}/zh-hant/c/`, null],
    ]);
    expect(feed).toMatchObject({ lang: 'zh-Hant', url: options.url, homeUrl: options.homeUrl, title: '政策文件公開' });
  });

  it('titles each entry as the pages do, authors it by the issuer, and sums it up by document number and issuer', () => {
    const [b, a, c] = noticeFeed(notices, options).entries;
    expect(a).toMatchObject({ title: '甲区关于印发甲方案的通知', author: '甲区人民政府办公室', summary: '文號：甲政办发〔2021〕3号；發文機關：甲区人民政府办公室' });
    expect(b).toMatchObject({ author: '乙区人民政府', summary: '發文機關：乙区人民政府' });
    expect(c).toMatchObject({ title: '丙方案', author: null, summary: null });
  });
});

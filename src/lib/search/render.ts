import type { Hit } from './engine.ts';

/** Labels the result list needs, read from the page (server-rendered, per script). */
export interface ResultLabels {
  /** Chapter filter value -> its heading (一、加强公益性基础性服务供给), for a result whose index entry does not say it. */
  chapters: Map<string, string>;
  /** Shown instead of a chapter for the notice's home page. */
  overview: string;
}

/**
 * One result: a heading holding the link (measure number and title), where it stands (in an
 * archive its notice, then its chapter),
 * and the excerpt with the matched terms in <mark>. Built with DOM nodes and text, never HTML
 * strings, so page text can never become markup.
 */
export function renderHit(hit: Hit, labels: ResultLabels): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.title;
  heading.append(link);
  item.append(heading);

  const where = document.createElement('p');
  where.className = 'search-where';
  // A chapter's own text is titled with the chapter; the notice's home is its overview.
  const chapter = hit.chapterTitle ?? (hit.chapter && labels.chapters.get(hit.chapter)) ?? '';
  const place = hit.number !== null ? chapter : hit.chapter ? '' : labels.overview;
  where.textContent = hit.notice ? [hit.notice, place].filter(Boolean).join(' › ') : place;
  if (where.textContent) item.append(where);

  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  for (const part of hit.excerpt.parts) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  if (excerpt.childNodes.length) item.append(excerpt);
  return item;
}

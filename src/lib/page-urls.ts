import type { PageUrls } from '../../scripts/lib/emit/open-data.ts';
import type { Script } from '../../scripts/lib/script/scripts.ts';
import { urlsFor } from './urls.ts';

/** Absolute URLs of a notice's pages in one script, for open data. */
export function absolutePageUrls(site: URL, script: Script, slug: string, file: string): PageUrls {
  const urls = urlsFor(script);
  const abs = (path: string) => new URL(path, site).href;
  return {
    notice: abs(urls.notice(slug)),
    fullText: abs(urls.fullText(slug)),
    measure: (n) => abs(urls.measure(slug, n)),
    department: (id) => abs(urls.department(slug, id)),
    seed: abs(urls.seed(file)),
    data: abs(urls.dataJson(slug)),
    csv: abs(urls.dataCsv(slug)),
  };
}

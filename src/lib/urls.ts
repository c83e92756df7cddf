/**
 * Every internal URL of the site is built here, so that the base path (sub-path deployment)
 * is applied in one place. Paths always end in `/` (build.format 'directory').
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site path with the base prepended: href('/a/') -> '/zwgk/a/' under base /zwgk/. */
export function href(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}

export const urls = {
  home: () => href('/'),
  notice: (slug: string) => href(`/${slug}/`),
  measure: (slug: string, number: number) => href(`/${slug}/measures/${number}/`),
  fullText: (slug: string) => href(`/${slug}/full-text/`),
  departments: (slug: string) => href(`/${slug}/departments/`),
  department: (slug: string, id: string) => href(`/${slug}/departments/${id}/`),
  search: () => href('/search/'),
  dataJson: (slug: string) => href(`/data/${slug}.json`),
  dataCsv: (slug: string) => href(`/data/${slug}-responsibility.csv`),
  seed: (file: string) => href(`/data/seeds/${file}`),
};

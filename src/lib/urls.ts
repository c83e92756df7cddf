import { SCRIPT_SEGMENT, type Script } from '../../scripts/lib/script/scripts.ts';

/**
 * Every internal URL of the site is built here, so that the base path (sub-path deployment)
 * and the script prefix (/zh-hant/) are applied in one place. Paths end in `/`.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site path with the base prepended: href('/a/') -> '/zwgk/a/' under base /zwgk/. */
export function href(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/** The site path of a page without base and script prefix: '/zwgk/zh-hant/x/' -> '/x/'. */
export function neutralPath(pathname: string): string {
  let path = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
  for (const segment of Object.values(SCRIPT_SEGMENT)) {
    if (segment && (path === `/${segment}/` || path.startsWith(`/${segment}/`))) path = path.slice(segment.length + 1);
  }
  return path;
}

/** A neutral site path in a script: inScript('zh-Hant', '/x/') -> '/zwgk/zh-hant/x/'. */
export function inScript(script: Script, path: string): string {
  const segment = SCRIPT_SEGMENT[script];
  return href(segment ? `/${segment}${path}` : path);
}

/** The URLs of the site in one script. */
export function urlsFor(script: Script) {
  const at = (path: string) => inScript(script, path);
  return {
    home: () => at('/'),
    notice: (slug: string) => at(`/${slug}/`),
    measure: (slug: string, number: number) => at(`/${slug}/measures/${number}/`),
    fullText: (slug: string) => at(`/${slug}/full-text/`),
    departments: (slug: string) => at(`/${slug}/departments/`),
    errata: (slug: string) => at(`/${slug}/errata/`),
    references: (slug: string) => at(`/${slug}/references/`),
    department: (slug: string, id: string) => at(`/${slug}/departments/${id}/`),
    search: () => at('/search/'),
    /** The archive's departments across notices: the index, one government's, one department's (by uid `tianjin-hedong/minzheng`). */
    archiveDepartments: () => at('/departments/'),
    archiveJurisdiction: (jurisdiction: string) => at(`/departments/${jurisdiction}/`),
    archiveDepartment: (uid: string) => at(`/departments/${uid}/`),
    accessibility: () => at('/accessibility/'),
    dataJson: (slug: string) => href(`/data/${slug}.json`),
    dataCsv: (slug: string) => href(`/data/${slug}-responsibility.csv`),
    seed: (file: string) => href(`/data/seeds/${file}`),
  };
}

/** A page of the archive's browse-by pages: /archive/<facet>/<value>/ in a script. */
export function archiveUrl(script: Script, facet: string, value: string): string {
  return inScript(script, `/archive/${facet}/${value}/`);
}

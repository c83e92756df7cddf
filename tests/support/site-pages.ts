/** One page of each type, in both scripts: what layout tests visit (axe visits every page). */
export function pageTypes(slug = 'jizhou-2022-16'): string[] {
  const hans = [
    '/',
    `/${slug}/`,
    `/${slug}/measures/1/`,
    `/${slug}/full-text/`,
    `/${slug}/departments/`,
    `/${slug}/departments/minzheng/`,
    `/${slug}/targets/`,
    `/${slug}/matrix/`,
    '/search/?q=养老',
    '/accessibility/',
    '/404.html',
  ];
  const hant = hans.map((p) => (p === '/404.html' ? '/zh-hant/404/' : `/zh-hant${p}`));
  return [...hans, ...hant];
}

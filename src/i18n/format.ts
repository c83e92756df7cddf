/**
 * Fill `{name}` placeholders of a UI string. Its own module, without the string tables, so
 * that the search page's script can use it too.
 *
 * format('第{measure}项', { measure: 3 }) -> '第3项'
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * Text for XML content and attribute values: the five special characters escaped, and the
 * characters XML 1.0 forbids (C0 controls other than tab and line ends, U+FFFE, U+FFFF)
 * dropped, since no escape can carry them.
 *
 * escapeXml('A&B <"x">') -> 'A&amp;B &lt;&quot;x&quot;&gt;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

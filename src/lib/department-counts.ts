import type { Script } from '../../scripts/lib/script/scripts.ts';
import { getNotices } from './notices.ts';

const noticesPerUid = new Map<Script, Promise<Map<string, number>>>();

/** How many of the archive's notices name each department (by uid), computed once per script and build. */
export function noticesNaming(script: Script): Promise<Map<string, number>> {
  let counts = noticesPerUid.get(script);
  if (!counts) {
    counts = getNotices(script).then((notices) => {
      const map = new Map<string, number>();
      for (const notice of notices) for (const d of notice.departments) map.set(d.uid, (map.get(d.uid) ?? 0) + 1);
      return map;
    });
    noticesPerUid.set(script, counts);
  }
  return counts;
}

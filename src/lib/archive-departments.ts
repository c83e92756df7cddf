import type { DepartmentSummary, Jurisdiction } from '../../scripts/lib/model.ts';
import type { NoticeSummary } from '../../scripts/lib/notice-summary.ts';
import { byLabel, newestFirst } from './archive.ts';

/** One department across the archive: every notice whose clauses name it, newest first. */
export interface ArchiveDepartment {
  /** `tianjin-hedong/minzheng`: the department's uid, the same in every notice of its government. */
  uid: string;
  /** The jurisdiction part of the uid (`tianjin-hedong`, or `unknown`) and the department's part (`minzheng`). */
  jurisdictionId: string;
  id: string;
  /** The name most notices give it (the first notice's, on a tie). */
  name: string;
  kind: DepartmentSummary['kind'];
  jurisdiction: Jurisdiction | null;
  entries: { notice: NoticeSummary; department: DepartmentSummary }[];
}

/** A government with the departments of it that the archive's notices name. */
export interface ArchiveJurisdiction {
  id: string;
  name: string | null;
  departments: ArchiveDepartment[];
}

/**
 * The archive's departments, each gathered across its notices by uid, grouped by the government
 * they belong to: governments in pinyin order (unknown last), departments by the number of
 * clauses naming them, most first.
 *
 * archiveJurisdictions(notices)[0] -> { id: 'tianjin', name: '天津市', departments: [{ uid: 'tianjin/shang-wu-ju', entries: [2 notices] }, …] }
 */
export function archiveJurisdictions(notices: NoticeSummary[]): ArchiveJurisdiction[] {
  const byUid = new Map<string, ArchiveDepartment>();
  for (const notice of newestFirst(notices)) {
    for (const department of notice.departments) {
      const [jurisdictionId, id] = splitUid(department.uid);
      const found = byUid.get(department.uid) ?? { uid: department.uid, jurisdictionId, id, name: department.name, kind: department.kind, jurisdiction: department.jurisdiction, entries: [] };
      found.entries.push({ notice, department });
      byUid.set(department.uid, found);
    }
  }
  const groups = new Map<string, ArchiveJurisdiction>();
  for (const department of byUid.values()) {
    department.name = mostCommon(department.entries.map((e) => e.department.name));
    const group = groups.get(department.jurisdictionId) ?? { id: department.jurisdictionId, name: department.jurisdiction?.name ?? null, departments: [] };
    group.departments.push(department);
    groups.set(department.jurisdictionId, group);
  }
  const clauses = (d: ArchiveDepartment) => d.entries.reduce((n, e) => n + e.department.duties.length, 0);
  for (const group of groups.values()) group.departments.sort((a, b) => clauses(b) - clauses(a) || byLabel(a.name, b.name));
  return [...groups.values()].sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : byLabel(a.name, b.name)));
}

/** 'tianjin-hedong/minzheng' -> ['tianjin-hedong', 'minzheng']. */
export function splitUid(uid: string): [string, string] {
  const at = uid.indexOf('/');
  return [uid.slice(0, at), uid.slice(at + 1)];
}

function mostCommon(names: string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

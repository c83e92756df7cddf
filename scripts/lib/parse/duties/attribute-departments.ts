import type { Damage, DepartmentRef, DepartmentSummary, Measure } from '../../model.ts';
import type { DepartmentVocabulary } from '../department-vocabulary.ts';
import type { Place } from './jurisdiction.ts';
import { resolveDepartments, type NamedDepartment } from './resolve-departments.ts';

/**
 * Give every department a clause names its id, and list the notice's departments in order of
 * first appearance, each with its duties and roles. Names that seem to have lost their level
 * prefix are reported as damage.
 *
 * attributeDepartments(plan.measures, named, placesOf('天津市蓟州区人民政府办公室'), vocab, damage)
 *   -> [{ id: 'minzheng', uid: 'tianjin-jizhou/minzheng', name: '区民政局', duties: [{ measure: 1, paragraph: 'm01-p2', clause: 'm01-p2-r1', role: 'responsible' }, …] }, …]
 */
export function attributeDepartments(
  measures: Measure[],
  named: Map<DepartmentRef, NamedDepartment>,
  places: Place[],
  vocabulary: DepartmentVocabulary,
  damage: Damage[],
  /** Names are read on the Simplified view; this writes a canonical name in the notice's own script (identity for Simplified notices). */
  toSource: (text: string) => string = (text) => text,
): DepartmentSummary[] {
  const reads = [...named.values()];
  const lostPrefix = new Set(reads.filter((n) => n.startOfDamagedClause).map((n) => n.name));
  const resolved = resolveDepartments(reads.map((n) => n.name), places, vocabulary, lostPrefix);
  const byId = new Map<string, DepartmentSummary>();
  for (const measure of measures) {
    for (const paragraph of measure.paragraphs) {
      for (const segment of paragraph.segments) {
        if (segment.kind !== 'responsibility') continue;
        for (const ref of segment.departments) {
          const read = named.get(ref)!;
          const { department, prefixLost } = resolved.get(read.name)!;
          ref.id = department.id;
          // As published where the name is the clause's own spelling, else the canonical name in the notice's script.
          const name = department.name === read.name ? ref.name : toSource(department.name);
          if (prefixLost) damage.push({ kind: 'department-prefix-missing', line: read.line, text: ref.name, note: `“${ref.name}”似缺少“${prefixLost}”，按“${name}”读` });
          let summary = byId.get(department.id);
          const jurisdiction = department.jurisdiction && { ...department.jurisdiction, name: toSource(department.jurisdiction.name) };
          if (!summary) byId.set(department.id, (summary = { ...department, name, jurisdiction, spellings: [], duties: [] }));
          if (!summary.spellings.includes(ref.name)) summary.spellings.push(ref.name);
          summary.duties.push({ measure: measure.number, paragraph: paragraph.id, clause: segment.id, role: ref.role });
        }
      }
    }
  }
  return [...byId.values()];
}

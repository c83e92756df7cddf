import type { DepartmentKind } from '../../scripts/lib/model.ts';

/** Kinds of department in the order pages list them: governments' bodies by level, then branches, others and generic actors. */
export const DEPARTMENT_KINDS: DepartmentKind[] = ['provincial', 'municipal', 'district', 'county', 'township', 'municipal-branch', 'other', 'generic'];

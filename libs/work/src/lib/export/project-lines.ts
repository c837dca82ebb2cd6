import { In } from 'typeorm';
import { OrgUnit, PartyMember } from '@zeren/org-tree';
import { assertExportable } from '@zeren/shared-office';
import { tenantNamesOf, type TenantDb } from '@zeren/tenancy';
import { BreakthroughProject, ProjectMilestone } from '../project/breakthrough-project.entity';
import { PROJECT_ORDER } from '../project/project.service';

/** A project as the ledgers print it: the row, the names it points to, and its milestones counted. */
export interface ProjectLine {
  project: BreakthroughProject;
  agency: string;
  unit: string;
  secretary: string;
  milestones: number;
  milestonesDone: number;
}

const ids = (values: string[]) => [...new Set(values)];

/**
 * The projects a condition finds in the caller's reach, in the breakthroughProjects page's order,
 * with names and milestone counts: six statements however many rows (capped at MAX_EXPORT_ROWS).
 */
export async function projectLines(db: TenantDb, where: Record<string, unknown>): Promise<ProjectLine[]> {
  const repo = db.repo(BreakthroughProject);
  assertExportable(await repo.count(where), '项目');
  const projects = await repo.find({ where, order: PROJECT_ORDER });
  if (projects.length === 0) return [];
  const [counts, units, members, tenantOf] = await Promise.all([
    db
      .repo(ProjectMilestone)
      .queryBuilder('m')
      .select(['m.projectId AS projectId', 'COUNT(*) AS total', 'SUM(CASE WHEN m.doneOn IS NULL THEN 0 ELSE 1 END) AS done'])
      .andWhere('m.projectId IN (:...ids)', { ids: projects.map((p) => p.id) })
      .groupBy('m.projectId')
      .getRawMany<Record<string, unknown>>(),
    db.repo(OrgUnit).find({ where: { id: In(ids(projects.map((p) => p.unitId))) }, select: { id: true, name: true } }),
    db.repo(PartyMember).find({ where: { id: In(ids(projects.map((p) => p.secretaryMemberId))) }, select: { id: true, name: true } }),
    tenantNamesOf(db, projects.map((p) => p.tenantId)),
  ]);
  const countOf = new Map(counts.map((c) => [String(c['projectId']), { total: Number(c['total']), done: Number(c['done']) }]));
  const name = (rows: { id: string; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]));
  const [unitOf, memberOf] = [name(units), name(members)];
  return projects.map((project) => ({
    project,
    agency: tenantOf.get(project.tenantId) ?? '',
    unit: unitOf.get(project.unitId) ?? '',
    secretary: memberOf.get(project.secretaryMemberId) ?? '',
    milestones: countOf.get(project.id)?.total ?? 0,
    milestonesDone: countOf.get(project.id)?.done ?? 0,
  }));
}

import { In } from 'typeorm';
import { ConflictError, NotFoundError, refuse } from '@zeren/shared-errors';
import { evidenceOf, filesInReach } from '@zeren/files';
import { MemberStatus, OrgUnit, OrgUnitKind, PartyMember, inSubtree } from '@zeren/org-tree';
import { localDateOf } from '@zeren/shared-periods';
import type { TenantDb } from '@zeren/tenancy';
import { AutomaticPointsService } from '../automatic/automatic-points.service';
import { ActivityStatus } from './activity.enums';
import { StageActivity } from './stage-activity.entity';
import type { ActivityAttendanceInput, NewStageActivityInput, StageActivityInput } from './dto/activity.input';

/** The units a session belongs to: a branch (a 党小组's members belong to the branch above it). */
export const ACTIVITY_UNIT_KINDS: readonly OrgUnitKind[] = [OrgUnitKind.BRANCH, OrgUnitKind.GENERAL_BRANCH, OrgUnitKind.ACTION_BRANCH];

/**
 * 讲台活动: 已计划 → 已举行 (attendance and speakers recorded, automatic points written) → or 已取消
 * (from either; a held session's points are reversed). Attendance of a held session may be corrected.
 * Which sessions a caller reaches is the scoped layer's (activity.policies.ts); nothing here filters.
 */
export class ActivityService {
  constructor(private readonly automatic: AutomaticPointsService = new AutomaticPointsService()) {}

  async plan(db: TenantDb, userId: string, input: NewStageActivityInput): Promise<StageActivity> {
    // Within the caller's data scope (a secretary their branches) before anything about it is said.
    const unit = await db.repo(OrgUnit).getWritable(input.unitId, '党组织');
    const fields = await this.checked(db, unit, input);
    if (!ACTIVITY_UNIT_KINDS.includes(unit.kind)) refuse('unitId', '讲台活动应属于一个党支部');
    return db.repo(StageActivity).insertOne({ unitId: unit.id, ...fields, status: ActivityStatus.PLANNED, attendeeIds: [], cancelReason: null, pointsNotes: [], recordedById: userId });
  }

  async update(db: TenantDb, id: string, input: StageActivityInput): Promise<StageActivity> {
    const activity = await db.repo(StageActivity).getWritable(id, '讲台活动');
    const unit = await db.repo(OrgUnit).get(activity.unitId, '党组织');
    const fields = await this.checked(db, unit, input);
    if (activity.status !== ActivityStatus.PLANNED) throw new ConflictError('只能修改已计划的活动');
    return this.move(db, activity, ActivityStatus.PLANNED, fields);
  }

  /** 已计划 → 已举行: who was there and who spoke; the automatic points follow. */
  async hold(db: TenantDb, userId: string, id: string, input: ActivityAttendanceInput): Promise<StageActivity> {
    const activity = await db.repo(StageActivity).getWritable(id, '讲台活动');
    const attendance = await this.attendance(db, activity, input);
    if (activity.status !== ActivityStatus.PLANNED) throw new ConflictError('只能将已计划的活动记为已举行');
    if (activity.heldOn > localDateOf(new Date())) throw new ConflictError('活动日期晚于今天,不能记为已举行');
    return this.withAttendance(db, userId, activity, attendance);
  }

  /** A held session's attendance corrected: points for whoever is added, reversals for whoever is taken off. */
  async correctAttendance(db: TenantDb, userId: string, id: string, input: ActivityAttendanceInput): Promise<StageActivity> {
    const activity = await db.repo(StageActivity).getWritable(id, '讲台活动');
    const attendance = await this.attendance(db, activity, input);
    if (activity.status !== ActivityStatus.HELD) throw new ConflictError('只能更正已举行活动的出席记录');
    return this.withAttendance(db, userId, activity, attendance);
  }

  /** 已计划 | 已举行 → 已取消, with a reason; a held session's automatic points are reversed. */
  async cancel(db: TenantDb, userId: string, id: string, reason: string): Promise<StageActivity> {
    const activity = await db.repo(StageActivity).getWritable(id, '讲台活动');
    if (activity.status === ActivityStatus.CANCELLED) throw new ConflictError('该活动已取消');
    const text = reason.trim();
    if (!text) refuse('reason', '请填写取消理由');
    const was = activity.status;
    const moved = await this.move(db, activity, was, { status: ActivityStatus.CANCELLED, cancelReason: text });
    if (was === ActivityStatus.HELD) await this.automatic.syncActivity(db, moved, userId);
    return moved;
  }

  /** The attendance checked: members of the branch; the speakers were there. */
  private async attendance(db: TenantDb, activity: StageActivity, input: ActivityAttendanceInput) {
    const unit = await db.repo(OrgUnit).get(activity.unitId, '党组织');
    const speakerIds = await this.branchMembers(db, unit, input.speakerIds, 'speakerIds');
    const present = await this.branchMembers(db, unit, input.attendeeIds, 'attendeeIds');
    if (!speakerIds.length) refuse('speakerIds', '请选择至少一名主讲人');
    return { speakerIds, attendeeIds: [...new Set([...present, ...speakerIds])] };
  }

  private async withAttendance(db: TenantDb, userId: string, activity: StageActivity, { speakerIds, attendeeIds }: { speakerIds: string[]; attendeeIds: string[] }): Promise<StageActivity> {
    const was = activity.status;
    const moved = await this.move(db, activity, was, { status: ActivityStatus.HELD, attendeeIds, speakerIds });
    const pointsNotes = await this.automatic.syncActivity(db, moved, userId);
    return this.move(db, moved, ActivityStatus.HELD, { pointsNotes });
  }

  private async checked(db: TenantDb, unit: OrgUnit, input: StageActivityInput) {
    const topic = input.topic.trim();
    if (!topic) refuse('topic', '请填写主题');
    const place = input.place.trim();
    if (!place) refuse('place', '请填写地点');
    const speakerIds = await this.branchMembers(db, unit, input.speakerIds, 'speakerIds');
    const evidence = evidenceOf({ evidenceKinds: null, minEvidence: 0 }, await filesInReach(db, input.fileIds));
    if (!speakerIds.length) refuse('speakerIds', '请选择至少一名主讲人');
    return { kind: input.kind, topic, heldOn: input.heldOn, place, speakerIds, notes: input.notes.trim(), evidence };
  }

  /**
   * The ids, each a member in the caller's reach (NOT_FOUND otherwise: another agency's or branch's id
   * says nothing), then an active member of the session's branch (BAD_USER_INPUT on the field).
   */
  private async branchMembers(db: TenantDb, unit: OrgUnit, ids: readonly string[], field: string): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    if ((await db.repo(PartyMember).count({ id: In(unique) })) !== unique.length) throw new NotFoundError('党员');
    const [where, params] = inSubtree('u', unit);
    const found = await db
      .repo(PartyMember)
      .queryBuilder('m')
      .innerJoin(OrgUnit, 'u', 'u.tenantId = m.tenantId AND u.id = m.unitId')
      .andWhere(where, params)
      .andWhere({ id: In(unique), status: MemberStatus.ACTIVE })
      .select('m.id', 'id')
      .getRawMany<{ id: string }>();
    if (found.length !== unique.length) refuse(field, `所选党员应为${unit.name}的在册党员`);
    return unique;
  }

  /** The status is in the condition: of two moves at once, one wins and the other is told. */
  private async move(db: TenantDb, activity: StageActivity, from: ActivityStatus, patch: Partial<StageActivity>): Promise<StageActivity> {
    if ((await db.repo(StageActivity).update({ id: activity.id, status: from }, patch)) === 0) throw new ConflictError('该活动已被他人处理,请刷新后重试');
    return Object.assign(activity, patch);
  }
}

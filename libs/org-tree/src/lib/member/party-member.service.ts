import { IsNull } from 'typeorm';
import { BadInputError, ConflictError } from '@zeren/shared-errors';
import { Role, User, type Principal } from '@zeren/auth';
import { checkIdNumber } from '@zeren/shared-rules';
import { contains, pageWithTotal, type TenantDb } from '@zeren/tenancy';
import { OrgUnit, inSubtree } from '../org-unit/org-unit.entity';
import { assertOpen } from '../org-unit/org-unit.service';
import { PostAssignment } from '../post/post-assignment.entity';
import { endPostsLeftBehind } from '../post/post.service';
import { today } from '../org-tree.util';
import { MemberTransfer } from './member-transfer.entity';
import { MemberStatus, PartyMember } from './party-member.entity';
import { duplicateIssue, findDuplicates, readIdNumber, type Identity } from './member-identity.service';
import type { CreatePartyMemberInput, PartyMemberSearchArgs, TransferPartyMemberInput, UpdatePartyMemberInput } from './dto/party-member.input';

const WHAT = '党员';

export class PartyMemberService {
  get(db: TenantDb, id: string): Promise<PartyMember> {
    return db.repo(PartyMember).get(id, WHAT);
  }

  /** The caller's own member record, if their user is linked to one. */
  mine(own: TenantDb, principal: Principal): Promise<PartyMember | null> {
    return own.repo(PartyMember).findOne({ userId: principal.userId });
  }

  /**
   * `unit` is args.unitId's unit, loaded by the caller (through the unit loader, which the page's tree
   * shares). A whole identity number finds its holder only for `findsByIdNumber`, an agency admin
   * searching their own agency: for anyone who sees numbers masked, a hit would confirm a guess.
   */
  async search(db: TenantDb, args: PartyMemberSearchArgs, unit: OrgUnit | null, findsByIdNumber: string | null = null): Promise<[PartyMember[], number]> {
    const qb = db.repo(PartyMember).queryBuilder('m');
    if (unit) {
      if (args.includeDescendants) {
        qb.innerJoin(OrgUnit, 'u', 'u.tenantId = m.tenantId AND u.id = m.unitId').andWhere(...inSubtree('u', unit));
      } else {
        qb.andWhere('m.tenantId = :unitTenant AND m.unitId = :unitId', { unitTenant: unit.tenantId, unitId: unit.id });
      }
    }
    const term = args.search?.trim();
    const idNumber = term && findsByIdNumber ? checkIdNumber(term) : null;
    if (idNumber?.ok) qb.andWhere('m.tenantId = :ownTenant AND m.idNumber = :idNumber', { ownTenant: findsByIdNumber, idNumber: idNumber.value });
    else if (term) qb.andWhere({ name: contains(term) });
    if (args.status) qb.andWhere('m.status = :status', { status: args.status });
    // The unit join never multiplies member rows: the page and its total come in one statement.
    return pageWithTotal(qb.orderBy('m.name').addOrderBy('m.id'), args.offset, args.limit);
  }

  async create(db: TenantDb, input: CreatePartyMemberInput): Promise<PartyMember> {
    const unit = await db.repo(OrgUnit).getWritable(input.unitId, '党组织');
    assertOpen(unit);
    // The login it links to must be a user of this agency: another tenant's user id is refused as missing.
    if (input.userId) await db.repo(User).get(input.userId, '用户');
    const identity = readIdNumber(input.idNumber, { birthDate: input.birthDate, gender: input.gender });
    refuse(identity.issues);
    const birthDate = identity.birthDate ?? null;
    assertDates(birthDate ?? undefined, input.joinedOn);
    const name = input.name.trim();
    await assertNoDuplicate(db, unit.tenantId, { name, idNumber: identity.idNumber, birthDate, phone: input.phone ?? null });
    return db.repo(PartyMember).insertOne({
      name,
      gender: input.gender,
      ethnicity: input.ethnicity.trim(),
      birthDate,
      idNumber: identity.idNumber,
      education: input.education?.trim() || null,
      joinedOn: input.joinedOn,
      category: input.category,
      status: MemberStatus.ACTIVE,
      unitId: unit.id,
      phone: input.phone ?? null,
      leadershipMember: input.leadershipMember,
      jobTitle: input.jobTitle?.trim() || null,
      userId: input.userId ?? null,
    });
  }

  async update(db: TenantDb, id: string, input: UpdatePartyMemberInput): Promise<PartyMember> {
    const member = await db.repo(PartyMember).getWritable(id, WHAT);
    const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<PartyMember>;
    // The number is checked against the birth date and gender the record will have after the patch.
    const idNumber = input.idNumber === undefined ? member.idNumber : input.idNumber;
    const birthDate = input.birthDate === undefined ? member.birthDate : input.birthDate;
    const identity = readIdNumber(idNumber, { birthDate, gender: input.gender ?? member.gender });
    refuse(identity.issues);
    if (input.idNumber !== undefined) patch.idNumber = identity.idNumber;
    if (identity.birthDate !== birthDate) patch.birthDate = identity.birthDate ?? null;
    assertDates(identity.birthDate ?? undefined, input.joinedOn ?? member.joinedOn);
    // Whatever tells the person apart changed: checked again, as on create, against everyone else.
    const after: Identity = {
      name: input.name?.trim() ?? member.name,
      idNumber: identity.idNumber,
      birthDate: identity.birthDate ?? null,
      phone: input.phone === undefined ? member.phone : input.phone,
    };
    if (after.name !== member.name || after.idNumber !== member.idNumber || after.birthDate !== member.birthDate || after.phone !== member.phone) {
      await assertNoDuplicate(db, member.tenantId, after, member.id);
    }
    if (input.status && input.status !== MemberStatus.ACTIVE && member.status === MemberStatus.ACTIVE) {
      // A member who leaves or dies holds no post any more.
      await db.repo(PostAssignment).update({ memberId: id, endsOn: IsNull() }, { endsOn: today() });
    }
    return db.repo(PartyMember).updateOne(id, patch, WHAT);
  }

  /** Moves a member to another unit of the same tenant and keeps the move in the history. */
  async transfer(db: TenantDb, id: string, input: TransferPartyMemberInput): Promise<PartyMember> {
    const member = await db.repo(PartyMember).getWritable(id, WHAT);
    if (member.status !== MemberStatus.ACTIVE) throw new ConflictError('只能转接在册党员');
    const to = await db.repo(OrgUnit).getWritable(input.toUnitId, '转入党组织');
    assertOpen(to);
    if (to.id === member.unitId) throw new ConflictError('该党员已在此党组织');
    const transferredOn = input.transferredOn ?? today();
    await db.repo(MemberTransfer).insertOne({
      memberId: member.id,
      fromUnitId: member.unitId,
      toUnitId: to.id,
      transferredOn,
      note: input.note?.trim() || null,
    });
    await endPostsLeftBehind(db, member.id, to, transferredOn);
    return db.repo(PartyMember).updateOne(id, { unitId: to.id }, WHAT);
  }
}

function refuse(issues: { field: string; message: string }[]): void {
  if (issues.length) throw new BadInputError(issues[0].message, issues);
}

/** CONFLICT naming the member already on the register (see findDuplicates for who counts as the same person). */
async function assertNoDuplicate(db: TenantDb, tenantId: string, identity: Identity, exceptId?: string): Promise<void> {
  const duplicate = (await findDuplicates(db, tenantId, [identity], exceptId)).get(0);
  if (!duplicate) return;
  const issue = duplicateIssue(duplicate);
  throw new ConflictError(issue.message, [issue]);
}

function assertDates(birthDate: string | undefined, joinedOn: string): void {
  if (birthDate && joinedOn <= birthDate) {
    throw new BadInputError('入党日期须晚于出生日期', [{ field: 'joinedOn', message: '入党日期须晚于出生日期' }]);
  }
}

/** `13812345678` → `138****5678`; shorter numbers keep only their last two digits. */
export function maskPhone(phone: string): string {
  if (phone.length >= 11) return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
  return `${'*'.repeat(Math.max(0, phone.length - 2))}${phone.slice(-2)}`;
}

/** The tenant whose members' identity numbers `principal` sees in full (their own, as its admin), if any. */
export function idNumbersSeenIn(principal: Principal | null): string | null {
  return principal?.roles.includes(Role.TENANT_ADMIN) ? principal.tenantId : null;
}

/** The member themself and their own tenant's admin see the phone and identity numbers; everyone else sees them masked. */
export function seesPersonalDetails(principal: Principal | null, member: PartyMember): boolean {
  if (!principal) return false;
  if (member.userId && member.userId === principal.userId) return true;
  return idNumbersSeenIn(principal) === member.tenantId;
}

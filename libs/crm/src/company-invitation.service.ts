import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, Principal, Role } from '@ytmt/core';
import { OrganizationDirectory, OrganizationWriter, UserDirectory } from '@ytmt/identity';
import { isUUID } from 'class-validator';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { CompanyRepository } from './company.repository';
import { CrmAuditAction, CrmResourceType } from './crm-audit';
import { CrmErrorCode, CrmException } from './crm.exception';
import { CrmPolicy } from './crm.policy';
import { CompanyInvitationInput } from './dto/company.inputs';
import { CompanyInvitation } from './entities/company-invitation.entity';
import { CompanyUser, CompanyUserRole } from './entities/company-parts.entity';

/** How long an invitation can be accepted. */
export const INVITATION_TTL_DAYS = 14;

/** An invitation as the invited person sees it: which company, which role. */
export interface InvitationForInvitee {
  invitation: CompanyInvitation;
  companyName: string;
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Company users join by invitation. Inviting never looks at whether the address has an account:
 * the answer is the same for every well-formed address, and no name is shown before the person
 * accepts, signed in with that address. Admins see their invitations by address only.
 */
@Injectable()
export class CompanyInvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CompanyRepository,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationDirectory,
    private readonly organizationWriter: OrganizationWriter,
    private readonly users: UserDirectory,
  ) {}

  /** Returns the invitation and its token (once: only the hash is kept) for the link. */
  async invite(principal: Principal, companyId: string, input: CompanyInvitationInput, now = new Date()): Promise<{ invitation: CompanyInvitation; token: string }> {
    return this.dataSource.transaction(async (manager) => {
      const scope = await this.repository.scope(companyId, manager, true);
      if (!scope) throw CrmException.companyNotFound();
      CrmPolicy.assertCanManageCompanyUsers(principal, scope);
      const email = input.email.trim().toLowerCase();
      // Only among the company's own users, whom the admin sees anyway: says nothing of other accounts.
      const companyUsers = await this.users.usersByIds(scope.companyUsers.map((user) => user.userId), manager);
      if ([...companyUsers.values()].some((user) => user.email === email)) throw CrmException.field(CrmErrorCode.ALREADY_COMPANY_USER, 'input.email', 'is already a user of this company');
      // A new invitation to the same address replaces the open one (and its link).
      await manager
        .getRepository(CompanyInvitation)
        .update({ organizationId: companyId, email, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: now });
      const token = randomBytes(32).toString('base64url');
      const repository = manager.getRepository(CompanyInvitation);
      const invitation = await repository.save(
        repository.create({
          organizationId: companyId,
          email,
          role: input.role ?? CompanyUserRole.MEMBER,
          tokenHash: hashInvitationToken(token),
          invitedByUserId: principal.userId,
          expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 3600 * 1000),
          acceptedAt: null,
          acceptedByUserId: null,
          revokedAt: null,
        }),
      );
      await this.record(manager, principal, CrmAuditAction.INVITE_COMPANY_USER, invitation, scope.homeEmploymentAreaId);
      return { invitation, token };
    });
  }

  async revoke(principal: Principal, invitationId: string): Promise<CompanyInvitation> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.locked(manager, { id: invitationId }, 'invitationId');
      const scope = invitation && (await this.repository.scope(invitation.organizationId, manager));
      // Another company's invitation is answered like one that does not exist.
      if (!invitation || !scope || !CrmPolicy.isCompanyAdmin(principal, scope)) {
        throw CrmException.recordNotFound('invitationId', 'invitation of a company you administer');
      }
      if (invitation.acceptedAt || invitation.revokedAt) return invitation;
      invitation.revokedAt = new Date();
      await manager.getRepository(CompanyInvitation).update(invitation.id, { revokedAt: invitation.revokedAt });
      await this.record(manager, principal, CrmAuditAction.REVOKE_COMPANY_INVITATION, invitation, scope.homeEmploymentAreaId);
      return invitation;
    });
  }

  /** Open invitations of a company, for its admins: addresses only, never names. */
  async forCompany(companyId: string): Promise<CompanyInvitation[]> {
    return this.forCompanies([companyId]);
  }

  /** Open invitations of several companies in one query, newest first (group them by organizationId). */
  async forCompanies(companyIds: readonly string[]): Promise<CompanyInvitation[]> {
    if (companyIds.length === 0) return [];
    return this.dataSource.getRepository(CompanyInvitation).find({
      where: { organizationId: In([...companyIds]), acceptedAt: IsNull(), revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
  }

  /** Open, unexpired invitations addressed to the signed-in person's e-mail. */
  async mine(principal: Principal, now = new Date()): Promise<InvitationForInvitee[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM company_invitation
        WHERE email = lower($1) AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $2
        ORDER BY created_at DESC LIMIT 50`,
      [principal.email, now],
    );
    return this.withCompanyNames(await this.dataSource.getRepository(CompanyInvitation).find({ where: { id: In(rows.map((row) => row.id)) }, order: { createdAt: 'DESC' } }));
  }

  /** The invitation of a link, for the person it is addressed to; NOT_FOUND for anyone else. */
  async byToken(principal: Principal, token: string): Promise<InvitationForInvitee> {
    const invitation = await this.dataSource.getRepository(CompanyInvitation).findOneBy({ tokenHash: hashInvitationToken(token) });
    if (!invitation || !addressedTo(invitation, principal) || invitation.acceptedAt || invitation.revokedAt) {
      throw CrmException.invitationNotFound('token');
    }
    return (await this.withCompanyNames([invitation]))[0];
  }

  /**
   * The invited person accepts, by the link's token or (from their own list) by id, signed in
   * with the invited address. Only now do they become a user of the company.
   */
  async accept(principal: Principal, by: { token?: string | null; invitationId?: string | null }, now = new Date()): Promise<InvitationForInvitee> {
    const accepted = await this.dataSource.transaction(async (manager) => {
      const { invitation } = await this.openFor(manager, principal, by, now);
      const existing = await manager.getRepository(CompanyUser).findOneBy({ organizationId: invitation.organizationId, userId: principal.userId });
      // Accepting never lowers the role of someone who is already a user.
      if (!existing) {
        await manager.getRepository(CompanyUser).insert({ organizationId: invitation.organizationId, userId: principal.userId, role: invitation.role });
      } else if (existing.role !== CompanyUserRole.ADMIN && invitation.role === CompanyUserRole.ADMIN) {
        await manager.getRepository(CompanyUser).update({ organizationId: invitation.organizationId, userId: principal.userId }, { role: invitation.role });
      }
      await this.organizationWriter.addMembership(manager, { userId: principal.userId, organizationId: invitation.organizationId, role: Role.EMPLOYER_USER });
      invitation.acceptedAt = now;
      invitation.acceptedByUserId = principal.userId;
      await manager.getRepository(CompanyInvitation).update(invitation.id, { acceptedAt: now, acceptedByUserId: principal.userId });
      const scope = await this.repository.scope(invitation.organizationId, manager);
      await this.record(manager, principal, CrmAuditAction.ACCEPT_COMPANY_INVITATION, invitation, scope?.homeEmploymentAreaId ?? null);
      return invitation;
    });
    return (await this.withCompanyNames([accepted]))[0];
  }

  /** The invited person says no: the invitation closes. */
  async decline(principal: Principal, by: { token?: string | null; invitationId?: string | null }, now = new Date()): Promise<InvitationForInvitee> {
    const declined = await this.dataSource.transaction(async (manager) => {
      const { invitation } = await this.openFor(manager, principal, by, now, true);
      invitation.revokedAt = now;
      await manager.getRepository(CompanyInvitation).update(invitation.id, { revokedAt: now });
      await this.record(manager, principal, CrmAuditAction.DECLINE_COMPANY_INVITATION, invitation, null);
      return invitation;
    });
    return (await this.withCompanyNames([declined]))[0];
  }

  private async openFor(
    manager: EntityManager,
    principal: Principal,
    by: { token?: string | null; invitationId?: string | null },
    now: Date,
    allowExpired = false,
  ): Promise<{ invitation: CompanyInvitation; path: string }> {
    const hasToken = typeof by.token === 'string' && by.token.length > 0;
    const hasId = typeof by.invitationId === 'string' && by.invitationId.length > 0;
    if (hasToken === hasId) throw CrmException.field(CrmErrorCode.INVITATION_NOT_FOUND, 'token', 'give either token or invitationId');
    const path = hasToken ? 'token' : 'invitationId';
    const invitation = hasToken
      ? await this.locked(manager, { tokenHash: hashInvitationToken(by.token as string) }, path)
      : await this.locked(manager, { id: by.invitationId as string }, path);
    if (!invitation || !addressedTo(invitation, principal) || invitation.acceptedAt || invitation.revokedAt) {
      throw CrmException.invitationNotFound(path);
    }
    if (!allowExpired && invitation.expiresAt.getTime() <= now.getTime()) {
      throw CrmException.field(CrmErrorCode.INVITATION_EXPIRED, path, 'the invitation has expired; ask the company for a new one');
    }
    return { invitation, path };
  }

  private async locked(manager: EntityManager, where: { id: string } | { tokenHash: string }, path: string): Promise<CompanyInvitation | null> {
    if ('id' in where && !isUUID(where.id)) throw CrmException.invitationNotFound(path);
    return manager.getRepository(CompanyInvitation).findOne({ where, lock: { mode: 'pessimistic_write' } });
  }

  private async withCompanyNames(invitations: CompanyInvitation[]): Promise<InvitationForInvitee[]> {
    if (invitations.length === 0) return [];
    const organizations = await this.organizations.byIds(invitations.map((i) => i.organizationId));
    return invitations.map((invitation) => ({ invitation, companyName: organizations.get(invitation.organizationId)?.name ?? '' }));
  }

  private async record(
    manager: EntityManager,
    principal: Principal,
    action: CrmAuditAction,
    invitation: CompanyInvitation,
    employmentAreaId: string | null,
  ): Promise<void> {
    // Ids and the role only: the address is personal data and stays out of the audit log.
    await this.audit.record(
      {
        actorUserId: principal.userId,
        action,
        resourceType: CrmResourceType.COMPANY_INVITATION,
        resourceId: invitation.id,
        organizationId: invitation.organizationId,
        employmentAreaId,
        details: { role: invitation.role },
      },
      manager,
    );
  }
}

function addressedTo(invitation: CompanyInvitation, principal: Principal): boolean {
  return invitation.email === principal.email.trim().toLowerCase();
}

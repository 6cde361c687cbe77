import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, Principal } from '@ytmt/core';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { CompanyRepository } from './company.repository';
import { CrmAuditAction, CrmResourceType } from './crm-audit';
import { CrmErrorCode, CrmException } from './crm.exception';
import { CompanyAccessScope, CrmPolicy } from './crm.policy';
import { ContactPersonInput } from './dto/crm.inputs';
import { ContactPerson } from './entities/crm-record.entity';

export const MAX_CONTACTS_PER_COMPANY = 50;

/**
 * Contact persons are personal data: only coordinators of an area that sees the company reach
 * them, and every read and change is recorded in the audit log in the same transaction, so a
 * read whose audit row cannot be written returns nothing.
 */
@Injectable()
export class ContactPersonService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CompanyRepository,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, companyId: string): Promise<ContactPerson[]> {
    return this.dataSource.transaction(async (manager) => {
      const { areaId } = await this.access(manager, principal, companyId);
      const contacts = await manager.getRepository(ContactPerson).find({ where: { organizationId: companyId }, order: { name: 'ASC', id: 'ASC' } });
      await this.record(manager, principal, CrmAuditAction.READ_CONTACT_PERSONS, companyId, areaId, CrmResourceType.COMPANY, companyId, {
        count: contacts.length,
      });
      return contacts;
    });
  }

  async add(principal: Principal, companyId: string, input: ContactPersonInput): Promise<ContactPerson> {
    return this.dataSource.transaction(async (manager) => {
      const { areaId } = await this.access(manager, principal, companyId, true);
      const count = await manager.getRepository(ContactPerson).countBy({ organizationId: companyId });
      if (count >= MAX_CONTACTS_PER_COMPANY) {
        throw CrmException.field(CrmErrorCode.INVALID_COMPANY, 'companyId', `a company has at most ${MAX_CONTACTS_PER_COMPANY} contact persons`);
      }
      const repository = manager.getRepository(ContactPerson);
      const contact = await repository.save(repository.create({ organizationId: companyId, ...columns(input) }));
      await this.record(manager, principal, CrmAuditAction.CREATE_CONTACT_PERSON, companyId, areaId, CrmResourceType.CONTACT_PERSON, contact.id);
      return contact;
    });
  }

  async update(principal: Principal, id: string, input: ContactPersonInput): Promise<ContactPerson> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await this.existing(manager, principal, id);
      const { areaId } = await this.access(manager, principal, contact.organizationId, true, 'id');
      await manager.getRepository(ContactPerson).update(id, columns(input));
      await this.record(manager, principal, CrmAuditAction.UPDATE_CONTACT_PERSON, contact.organizationId, areaId, CrmResourceType.CONTACT_PERSON, id);
      return manager.getRepository(ContactPerson).findOneByOrFail({ id });
    });
  }

  async remove(principal: Principal, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await this.existing(manager, principal, id);
      const { areaId } = await this.access(manager, principal, contact.organizationId, true, 'id');
      await manager.getRepository(ContactPerson).delete({ id });
      await this.record(manager, principal, CrmAuditAction.DELETE_CONTACT_PERSON, contact.organizationId, areaId, CrmResourceType.CONTACT_PERSON, id);
      return true;
    });
  }

  private async existing(manager: EntityManager, principal: Principal, id: string): Promise<ContactPerson> {
    const contact = isUUID(id) ? await manager.getRepository(ContactPerson).findOneBy({ id }) : null;
    if (!contact) throw CrmException.recordNotFound('id', 'contact person');
    return contact;
  }

  private async access(
    manager: EntityManager,
    principal: Principal,
    companyId: string,
    lock = false,
    path = 'companyId',
  ): Promise<{ scope: CompanyAccessScope; areaId: string }> {
    const scope = await this.repository.scope(companyId, manager, lock);
    if (!scope || !CrmPolicy.canReadProfile(principal, scope)) {
      throw path === 'id' ? CrmException.recordNotFound('id', 'contact person') : CrmException.companyNotFound();
    }
    return { scope, areaId: CrmPolicy.assertCoordinatorArea(principal, scope) };
  }

  private async record(
    manager: EntityManager,
    principal: Principal,
    action: CrmAuditAction,
    companyId: string,
    areaId: string,
    resourceType: CrmResourceType,
    resourceId: string,
    details: Record<string, number> = {},
  ): Promise<void> {
    await this.audit.record(
      { actorUserId: principal.userId, action, resourceType, resourceId, organizationId: companyId, employmentAreaId: areaId, details },
      manager,
    );
  }
}

function columns(input: ContactPersonInput): Pick<ContactPerson, 'name' | 'title' | 'email' | 'phone'> {
  return {
    name: input.name.trim(),
    title: input.title?.trim() || null,
    email: input.email?.trim().toLowerCase() || null,
    phone: input.phone?.trim() || null,
  };
}

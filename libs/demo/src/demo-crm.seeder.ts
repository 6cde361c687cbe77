import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isValidBusinessId, Role } from '@ytmt/core';
import {
  checkIndustry,
  CompanyAreaShare,
  CompanyOperatingMunicipality,
  CompanyProfile,
  CompanyVerificationMethod,
  CompanyVerificationStatus,
  CompanyResponsibleCoordinator,
  CompanyTag,
  CompanyUser,
  ContactPerson,
  FollowUpTask,
  Interaction,
  normalizeTag,
} from '@ytmt/crm';
import { Membership, Organization, Sector, User } from '@ytmt/identity';
import { EmploymentArea, RegionsService } from '@ytmt/regions';
import { DataSource, EntityManager, In } from 'typeorm';
import { DEMO_COMPANY_ACCOUNTS, DemoCompanyAccount } from './demo-companies';
import { DEMO_ORGANIZATIONS } from './demo-data';
import { demoBusinessId } from './demo-seeder.service';

export interface DemoCrmReport {
  companies: number;
  created: number;
  contacts: number;
  interactions: number;
  tasks: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Company accounts and CRM data of the demo (demo-companies.ts). Runs after DemoSeeder, whose
 * organisations and users it refers to. Idempotent: accounts are found by Y-tunnus, contact
 * persons by company and name, interactions by company and summary, tasks by company and title;
 * what exists is left as it is, so demo users' own edits survive a second run. Dates are relative
 * to the first run, so the demo always has overdue tasks and recent interactions.
 */
@Injectable()
export class DemoCrmSeeder {
  private readonly logger = new Logger(DemoCrmSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
  ) {}

  async seed(progress: (step: string, done: number, total: number) => void = () => undefined): Promise<DemoCrmReport> {
    const report: DemoCrmReport = { companies: 0, created: 0, contacts: 0, interactions: 0, tasks: 0 };
    await this.dataSource.transaction(async (manager) => {
      const context = await this.loadContext(manager);
      let done = 0;
      for (const demo of DEMO_COMPANY_ACCOUNTS) {
        await this.seedAccount(manager, context, demo, report);
        progress(`company ${demo.organization?.name ?? demo.key}`, ++done, DEMO_COMPANY_ACCOUNTS.length);
      }
    });
    this.logger.log(`Demo company accounts ready: ${JSON.stringify(report)}`);
    return report;
  }

  private async seedAccount(manager: EntityManager, context: SeedContext, demo: DemoCompanyAccount, report: DemoCrmReport): Promise<void> {
    const problem = checkIndustry(demo.industrySection, demo.industryCode);
    if (problem) throw new Error(`Demo company ${demo.key}: ${problem.field} ${problem.message}`);
    const organization = await this.upsertOrganization(manager, demo, report);
    const organizationId = organization.id;
    const homeMunicipalityCode = organization.homeMunicipalityCode;
    if (!homeMunicipalityCode) throw new Error(`Demo company ${demo.key} has no home municipality`);
    const homeEmploymentAreaId = await this.regions.employmentAreaOf(homeMunicipalityCode, manager);

    await this.insertIgnore(manager, CompanyProfile, {
      organizationId,
      industrySection: demo.industrySection,
      industryCode: demo.industryCode,
      sizeClass: demo.sizeClass,
      homeMunicipalityCode,
      homeEmploymentAreaId,
      // Demo companies are seeded with a verified right to act (issue 11, point 3).
      verificationStatus: CompanyVerificationStatus.VERIFIED,
      verificationMethod: CompanyVerificationMethod.IMPORTED,
      verifiedAt: new Date(),
    });
    for (const municipalityCode of demo.operatingMunicipalityCodes ?? []) {
      await this.insertIgnore(manager, CompanyOperatingMunicipality, { organizationId, municipalityCode });
    }
    for (const code of demo.sharedWithAreaCodes ?? []) {
      const employmentAreaId = required(context.areaIds, code, 'employment area');
      if (employmentAreaId === homeEmploymentAreaId) throw new Error(`Demo company ${demo.key} is shared with its own home area`);
      await this.insertIgnore(manager, CompanyAreaShare, { organizationId, employmentAreaId, sharedByUserId: null });
    }
    for (const email of demo.responsibleCoordinatorEmails ?? []) {
      const coordinator = required(context.users, email, 'demo user (run the demo seeder first)');
      if (!homeEmploymentAreaId || !coordinator.coordinatorAreaIds.includes(homeEmploymentAreaId)) {
        throw new Error(`Demo company ${demo.key}: ${email} is not a coordinator of its home area`);
      }
      await this.insertIgnore(manager, CompanyResponsibleCoordinator, { organizationId, userId: coordinator.id });
    }
    for (const { email, role } of demo.companyUsers ?? []) {
      const user = required(context.users, email, 'demo user (run the demo seeder first)');
      await this.insertIgnore(manager, CompanyUser, { organizationId, userId: user.id, role });
      await this.insertIgnore(manager, Membership, { organizationId, userId: user.id, role: Role.EMPLOYER_USER });
    }
    for (const raw of demo.tags ?? []) {
      const tag = normalizeTag(raw);
      if (!tag) throw new Error(`Demo company ${demo.key}: invalid tag "${raw}"`);
      await this.insertIgnore(manager, CompanyTag, { organizationId, tag });
    }

    const contacts = manager.getRepository(ContactPerson);
    for (const contact of demo.contacts ?? []) {
      if (await contacts.existsBy({ organizationId, name: contact.name })) continue;
      await contacts.insert({ organizationId, ...contact });
      report.contacts++;
    }

    const seeing = [homeEmploymentAreaId, ...(demo.sharedWithAreaCodes ?? []).map((code) => context.areaIds.get(code))];
    const interactions = manager.getRepository(Interaction);
    for (const interaction of demo.interactions ?? []) {
      if (await interactions.existsBy({ organizationId, summary: interaction.summary })) continue;
      const author = required(context.users, interaction.authorEmail, 'demo user');
      const authorEmploymentAreaId = author.coordinatorAreaIds.find((id) => seeing.includes(id));
      if (!authorEmploymentAreaId) throw new Error(`Demo company ${demo.key}: ${interaction.authorEmail} coordinates for no area that sees it`);
      await interactions.insert({
        organizationId,
        kind: interaction.kind,
        occurredAt: new Date(context.now - interaction.daysAgo * DAY_MS),
        summary: interaction.summary,
        outcome: interaction.outcome ?? null,
        nextStep: interaction.nextStep ?? null,
        visibility: interaction.visibility,
        authorUserId: author.id,
        authorEmploymentAreaId,
      });
      report.interactions++;
    }

    const tasks = manager.getRepository(FollowUpTask);
    for (const task of demo.tasks ?? []) {
      if (await tasks.existsBy({ organizationId, title: task.title })) continue;
      const assignee = required(context.users, task.assigneeEmail, 'demo user');
      if (!assignee.coordinatorAreaIds.some((id) => seeing.includes(id))) {
        throw new Error(`Demo company ${demo.key}: ${task.assigneeEmail} coordinates for no area that sees it`);
      }
      await tasks.insert({
        organizationId,
        title: task.title,
        dueAt: new Date(context.now + task.dueInDays * DAY_MS),
        assigneeUserId: assignee.id,
        createdByUserId: assignee.id,
        done: task.done ?? false,
        doneAt: task.done ? new Date(context.now) : null,
      });
      report.tasks++;
    }
    report.companies++;
  }

  /** Existing demo companies come from DemoSeeder; the others are created here, once. */
  private async upsertOrganization(manager: EntityManager, demo: DemoCompanyAccount, report: DemoCrmReport): Promise<Organization> {
    const organizations = manager.getRepository(Organization);
    if (!demo.organization) {
      const known = DEMO_ORGANIZATIONS.find((o) => o.key === demo.key);
      if (!known?.businessIdBase) throw new Error(`Unknown demo company ${demo.key}`);
      const found = await organizations.findOneBy({ businessId: demoBusinessId(known.businessIdBase) });
      if (!found) throw new Error(`Demo company ${demo.key} is missing: run the demo seeder first`);
      return found;
    }
    const businessId = demoBusinessId(demo.organization.businessIdBase);
    if (!isValidBusinessId(businessId)) throw new Error(`Demo company ${demo.key} has an invalid business id`);
    const existing = await organizations.findOneBy({ businessId });
    if (existing) return existing;
    report.created++;
    return organizations.save(
      organizations.create({
        name: demo.organization.name,
        sector: Sector.PRIVATE,
        type: demo.organization.type,
        businessId,
        website: demo.organization.website,
        homeMunicipalityCode: demo.organization.homeMunicipalityCode,
      }),
    );
  }

  private async insertIgnore<T extends object>(manager: EntityManager, entity: new () => T, values: Partial<T>): Promise<void> {
    await manager.createQueryBuilder().insert().into(entity).values(values as never).orIgnore().execute();
  }

  private async loadContext(manager: EntityManager): Promise<SeedContext> {
    const areas = await manager.getRepository(EmploymentArea).find();
    const emails = [
      ...new Set(
        DEMO_COMPANY_ACCOUNTS.flatMap((demo) => [
          ...(demo.responsibleCoordinatorEmails ?? []),
          ...(demo.companyUsers ?? []).map((u) => u.email),
          ...(demo.interactions ?? []).map((i) => i.authorEmail),
          ...(demo.tasks ?? []).map((t) => t.assigneeEmail),
        ]),
      ),
    ];
    const users = await manager.getRepository(User).findBy({ email: In(emails) });
    const memberships = await manager
      .getRepository(Membership)
      .find({ where: { userId: In(users.map((u) => u.id)), role: Role.COORDINATOR }, relations: { organization: true } });
    return {
      now: Date.now(),
      areaIds: new Map(areas.map((area) => [area.code, area.id])),
      users: new Map(
        users.map((user) => [
          user.email,
          {
            id: user.id,
            coordinatorAreaIds: memberships
              .filter((m) => m.userId === user.id && m.organization?.employmentAreaId)
              .map((m) => m.organization?.employmentAreaId as string),
          },
        ]),
      ),
    };
  }
}

interface SeedContext {
  now: number;
  areaIds: ReadonlyMap<string, string>;
  users: ReadonlyMap<string, { id: string; coordinatorAreaIds: string[] }>;
}

function required<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Unknown ${what}: ${key}`);
  return value;
}

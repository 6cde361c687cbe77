import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FinnishBusinessIds } from 'finnish-business-ids';
import { Membership, Organization, User } from '@ytmt/identity';
import { EmploymentArea, RegionsImporter } from '@ytmt/regions';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { DEMO_ORGANIZATIONS, DEMO_USERS, DemoOrganization } from './demo-data';

export interface DemoSeedReport {
  organizations: number;
  users: number;
  memberships: number;
}

export function demoBusinessId(base: string): string {
  const id = `${base}-${FinnishBusinessIds.calculateChecksum(base)}`;
  if (!FinnishBusinessIds.isValidBusinessId(id)) throw new Error(`Demo business id ${id} is invalid`);
  return id;
}

/** Idempotent: every row is found by its natural key first, so running it twice changes nothing. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsImporter,
  ) {}

  async seed(progress: (step: string, done: number, total: number) => void = () => undefined): Promise<DemoSeedReport> {
    await this.regions.import();
    const total = DEMO_ORGANIZATIONS.length + DEMO_USERS.length;
    let done = 0;
    return this.dataSource.transaction(async (manager) => {
      const organizations = new Map<string, Organization>();
      for (const demo of DEMO_ORGANIZATIONS) {
        organizations.set(demo.key, await this.upsertOrganization(manager, demo));
        progress(`organisation ${demo.name}`, ++done, total);
      }
      let memberships = 0;
      for (const demo of DEMO_USERS) {
        const users = manager.getRepository(User);
        let user = await users.findOneBy({ email: demo.email });
        user ??= await users.save(users.create({ email: demo.email, displayName: demo.displayName, isDemo: true }));
        for (const membership of demo.memberships) {
          const organizationId = membership.organizationKey ? organizations.get(membership.organizationKey)?.id : null;
          if (organizationId === undefined) throw new Error(`Unknown demo organisation ${membership.organizationKey}`);
          const repository = manager.getRepository(Membership);
          const exists = await repository.existsBy({
            userId: user.id,
            role: membership.role,
            organizationId: organizationId ?? IsNull(),
          });
          if (!exists) {
            await repository.insert({ userId: user.id, role: membership.role, organizationId });
            memberships++;
          }
        }
        progress(`user ${demo.email}`, ++done, total);
      }
      const report = { organizations: organizations.size, users: DEMO_USERS.length, memberships };
      this.logger.log(`Demo data ready: ${JSON.stringify(report)}`);
      return report;
    });
  }

  private async upsertOrganization(manager: EntityManager, demo: DemoOrganization): Promise<Organization> {
    const repository = manager.getRepository(Organization);
    let employmentAreaId: string | null = null;
    if (demo.employmentAreaCode) {
      const area = await manager.getRepository(EmploymentArea).findOneBy({ code: demo.employmentAreaCode });
      if (!area) throw new Error(`Employment area ${demo.employmentAreaCode} is missing: import regions first`);
      employmentAreaId = area.id;
    }
    const businessId = demo.businessIdBase ? demoBusinessId(demo.businessIdBase) : null;
    const existing = businessId
      ? await repository.findOneBy({ businessId })
      : employmentAreaId
        ? await repository.findOneBy({ employmentAreaId })
        : await repository.findOneBy({ name: demo.name, businessId: IsNull() });
    if (existing) return existing;
    return repository.save(
      repository.create({
        name: demo.name,
        sector: demo.sector,
        type: demo.type,
        businessId,
        website: demo.website,
        homeMunicipalityCode: demo.homeMunicipalityCode,
        employmentAreaId,
      }),
    );
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal, Role } from '@ytmt/core';
import { Service, ServiceInput, ServiceLifecycleService, ServiceStatus, ServiceWriteService } from '@ytmt/catalogue';
import { Organization } from '@ytmt/identity';
import { EmploymentArea } from '@ytmt/regions';
import { DataSource, IsNull } from 'typeorm';
import { DEMO_ORGANIZATIONS, DEMO_USERS } from './demo-data';
import { demoBusinessId } from './demo-seeder.service';
import { DEMO_SERVICES, DemoService } from './demo-services';

export interface DemoCatalogueReport {
  created: number;
  existing: number;
}

/** The states a demo service passes through, in order, to reach its target state. */
const PATH_TO: Record<ServiceStatus, readonly ServiceStatus[]> = {
  [ServiceStatus.DRAFT]: [ServiceStatus.DRAFT],
  [ServiceStatus.SUBMITTED]: [ServiceStatus.DRAFT, ServiceStatus.SUBMITTED],
  [ServiceStatus.PUBLISHED]: [ServiceStatus.DRAFT, ServiceStatus.SUBMITTED, ServiceStatus.PUBLISHED],
  [ServiceStatus.REJECTED]: [ServiceStatus.DRAFT, ServiceStatus.SUBMITTED, ServiceStatus.REJECTED],
  [ServiceStatus.ARCHIVED]: [ServiceStatus.DRAFT, ServiceStatus.SUBMITTED, ServiceStatus.PUBLISHED, ServiceStatus.ARCHIVED],
};

/** The full ServiceInput of a demo service, with its areas resolved to ids. */
export function demoServiceInput(demo: DemoService, employmentAreaIds: string[]): ServiceInput {
  const costOptions = demo.service.costOptions ?? [];
  return {
    ...demo.service,
    targetGroupCodes: demo.service.targetGroupCodes ?? [],
    isNational: demo.service.isNational ?? false,
    employmentAreaIds,
    municipalityCodes: demo.service.municipalityCodes ?? [],
    locations: demo.service.locations ?? [],
    costOptions,
    isFree: demo.service.isFree ?? !costOptions.some((option) => (option.amount ?? 0) > 0),
  };
}

interface PrincipalRow {
  user_id: string;
  email: string;
  organization_id: string | null;
  role: Role;
  employment_area_id: string | null;
}

/** What the seeder looks up once: organisations, areas and the principals it acts as. */
interface SeedContext {
  organizationIds: Map<string, string>;
  areaIds: Map<string, string>;
  principals: Map<string, Principal>;
}

/**
 * Fills the catalogue with the demo services (demo-services.ts). Services are written through the
 * catalogue's own write and lifecycle services, acting as the demo provider users and moderators,
 * so they pass the same validation and policies as real ones, get a change history, and
 * publishing writes the outbox rows that make the worker index them.
 *
 * Idempotent: a service is found by its provider and Finnish name. An existing service is only
 * moved on when it stands earlier on the path to its target state (a run that stopped half-way);
 * one that a demo user has since moved elsewhere is left as it is.
 */
@Injectable()
export class DemoCatalogueSeeder {
  private readonly logger = new Logger(DemoCatalogueSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: ServiceWriteService,
    private readonly lifecycle: ServiceLifecycleService,
  ) {}

  async seed(progress: (step: string, done: number, total: number) => void = () => undefined): Promise<DemoCatalogueReport> {
    const context = await this.loadContext();
    const report: DemoCatalogueReport = { created: 0, existing: 0 };
    let done = 0;
    // One service at a time: each create and transition is its own transaction in the catalogue.
    for (const demo of DEMO_SERVICES) {
      const organizationId = this.required(context.organizationIds, demo.providerKey, 'demo organisation');
      const provider = this.providerOf(context, demo.providerKey);
      const found = await this.dataSource
        .getRepository(Service)
        .findOne({ where: { organizationId, nameFi: demo.service.nameFi }, order: { createdAt: 'ASC' } });
      let id: string;
      let status: ServiceStatus;
      if (found) {
        report.existing++;
        ({ id, status } = found);
      } else {
        const areaIds = demo.employmentAreaCodes.map((code) => this.required(context.areaIds, code, 'employment area'));
        const created = await this.writer.create(provider, organizationId, demoServiceInput(demo, areaIds));
        report.created++;
        ({ id, status } = created.service);
      }
      await this.advance(context, demo, id, status, provider);
      progress(`service ${demo.service.nameFi}`, ++done, DEMO_SERVICES.length);
    }
    this.logger.log(`Demo catalogue ready: ${JSON.stringify(report)}`);
    return report;
  }

  private async advance(context: SeedContext, demo: DemoService, id: string, current: ServiceStatus, provider: Principal): Promise<void> {
    const path = PATH_TO[demo.status];
    const at = path.indexOf(current);
    if (at < 0) return;
    for (const next of path.slice(at + 1)) {
      switch (next) {
        case ServiceStatus.SUBMITTED:
          await this.lifecycle.submit(provider, id);
          break;
        case ServiceStatus.PUBLISHED:
          await this.lifecycle.approve(await this.moderatorOf(context, demo), id);
          break;
        case ServiceStatus.REJECTED:
          await this.lifecycle.reject(
            await this.moderatorOf(context, demo),
            id,
            demo.rejectionReason ?? 'Palvelun kuvaus ei vastaa palvelukuvausten ohjetta. Täydentäkää kuvausta ja lähettäkää uudelleen.',
          );
          break;
        case ServiceStatus.ARCHIVED:
          // The provider withdraws its own outdated service, as providers do in practice.
          await this.lifecycle.archive(provider, id);
          break;
        case ServiceStatus.DRAFT:
          break;
      }
    }
  }

  /**
   * National services are moderated by the platform admin; regional ones by a demo coordinator of
   * the covered area, or by the platform admin where the demo has no coordinator (for example
   * Pohjoinen Keski-Suomi) or the service covers several areas.
   */
  private async moderatorOf(context: SeedContext, demo: DemoService): Promise<Principal> {
    const admin = this.principalWithRole(context, Role.PLATFORM_ADMIN);
    if (demo.service.isNational) return admin;
    const covered = new Set(demo.employmentAreaCodes.map((code) => this.required(context.areaIds, code, 'employment area')));
    const municipalityCodes = demo.service.municipalityCodes ?? [];
    if (municipalityCodes.length > 0) {
      const rows: { employment_area_id: string }[] = await this.dataSource.query(
        'SELECT employment_area_id FROM employment_area_municipality WHERE municipality_code = ANY($1)',
        [municipalityCodes],
      );
      for (const row of rows) covered.add(row.employment_area_id);
    }
    // A coordinator decides for their own area only: one who coordinates every covered area, else the admin.
    const coordinator = [...context.principals.values()].find((principal) =>
      [...covered].every((areaId) => principal.memberships.some((m) => m.role === Role.COORDINATOR && m.employmentAreaId === areaId)),
    );
    return coordinator ?? admin;
  }

  private providerOf(context: SeedContext, organizationKey: string): Principal {
    const user = DEMO_USERS.find((u) => u.memberships.some((m) => m.role === Role.PROVIDER_USER && m.organizationKey === organizationKey));
    if (!user) throw new Error(`Demo organisation ${organizationKey} has services but no demo provider user`);
    return this.required(context.principals, user.email, 'demo user (run the demo seeder first)');
  }

  private principalWithRole(context: SeedContext, role: Role): Principal {
    const principal = [...context.principals.values()].find((p) => p.memberships.some((m) => m.role === role));
    if (!principal) throw new Error(`No demo user with role ${role}: run the demo seeder first`);
    return principal;
  }

  private async loadContext(): Promise<SeedContext> {
    const areas = await this.dataSource.getRepository(EmploymentArea).find();
    const areaIds = new Map(areas.map((area) => [area.code, area.id]));
    const organizationIds = new Map<string, string>();
    const organizations = this.dataSource.getRepository(Organization);
    for (const demo of DEMO_ORGANIZATIONS) {
      // The natural keys DemoSeeder creates organisations by.
      const areaId = demo.employmentAreaCode ? areaIds.get(demo.employmentAreaCode) : undefined;
      const found = demo.businessIdBase
        ? await organizations.findOneBy({ businessId: demoBusinessId(demo.businessIdBase) })
        : demo.employmentAreaCode
          ? areaId && (await organizations.findOneBy({ employmentAreaId: areaId }))
          : await organizations.findOneBy({ name: demo.name, businessId: IsNull() });
      if (found) organizationIds.set(demo.key, found.id);
    }
    // The same shape the API's principal resolver builds from the membership rows.
    const rows: PrincipalRow[] = await this.dataSource.query(
      `SELECT u.id AS user_id, u.email, m.organization_id, m.role, o.employment_area_id
         FROM app_user u
         JOIN membership m ON m.user_id = u.id
         LEFT JOIN organization o ON o.id = m.organization_id
        WHERE u.email = ANY($1) AND u.is_demo`,
      [DEMO_USERS.map((u) => u.email)],
    );
    const principals = new Map<string, Principal>();
    for (const row of rows) {
      const principal = principals.get(row.email) ?? { userId: row.user_id, email: row.email, memberships: [] };
      principals.set(row.email, {
        ...principal,
        memberships: [...principal.memberships, { organizationId: row.organization_id, role: row.role, employmentAreaId: row.employment_area_id }],
      });
    }
    return { organizationIds, areaIds, principals };
  }

  private required<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
    const value = map.get(key);
    if (value === undefined) throw new Error(`Unknown ${what}: ${key}`);
    return value;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal, Role } from '@ytmt/core';
import { LanguageLevel, NeedsService, NeedStage, STAGE_ORDER } from '@ytmt/needs';
import { DataSource } from 'typeorm';
import { DEMO_ORGANIZATIONS } from './demo-data';
import { demoBusinessId } from './demo-seeder.service';
import { DEMO_NEEDS } from './demo-needs';

export interface DemoNeedsReport {
  created: number;
  existing: number;
}

/** Writes the demo needs through the needs service, as their authors would. Idempotent. */
@Injectable()
export class DemoNeedsSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly needs: NeedsService,
  ) {}

  async seed(progress: (step: string, done: number, total: number) => void = () => undefined): Promise<DemoNeedsReport> {
    let created = 0;
    for (const [index, demo] of DEMO_NEEDS.entries()) {
      const companyId = await this.companyId(demo.companyKey);
      const [existing] = await this.dataSource.query('SELECT id FROM need WHERE organization_id = $1 AND title = $2', [companyId, demo.title]);
      if (!existing) {
        const author = await this.principal(demo.authorEmail);
        const need = await this.needs.create(author, companyId, {
          kinds: demo.kinds,
          title: demo.title,
          description: demo.description,
          municipalityCode: demo.municipalityCode,
          remote: false,
          positions: demo.positions,
          hoursMin: demo.hoursMin,
          hoursMax: demo.hoursMax,
          partTimePossible: demo.hoursMin < 30,
          skills: [],
          languages: [{ language: 'fi', level: LanguageLevel.B1 }],
          adjustmentsOffered: demo.adjustmentsOffered,
          measuresOpenTo: demo.measuresOpenTo,
          openToPrecisionCapable: demo.openToPrecisionCapable,
          anonymousRecruitment: demo.anonymousRecruitment,
          visibility: demo.visibility,
          tasks: demo.tasks.map((task) => {
            const [physicalStrain, standingWalking, lifting, cognitiveLoad, customerInteraction, timePressure] = task.levels;
            return { title: task.title, kind: task.kind, physicalStrain, standingWalking, lifting, cognitiveLoad, customerInteraction, timePressure };
          }),
        });
        // Walk the 6T path step by step, so every step has its timestamp.
        const path = demo.targetStage === NeedStage.CLOSED ? [NeedStage.SPECIFIED, NeedStage.CLOSED] : STAGE_ORDER.slice(1, STAGE_ORDER.indexOf(demo.targetStage) + 1);
        for (const stage of path) await this.needs.moveStage(author, need.need.id, stage);
        created++;
      }
      progress(demo.title, index + 1, DEMO_NEEDS.length);
    }
    return { created, existing: DEMO_NEEDS.length - created };
  }

  private async companyId(key: string): Promise<string> {
    const demo = DEMO_ORGANIZATIONS.find((o) => o.key === key);
    if (!demo?.businessIdBase) throw new Error(`Demo company ${key} is missing`);
    const [row] = await this.dataSource.query('SELECT id FROM organization WHERE business_id = $1', [demoBusinessId(demo.businessIdBase)]);
    if (!row) throw new Error(`Demo company ${key} is not seeded`);
    return row.id as string;
  }

  private async principal(email: string): Promise<Principal> {
    const rows: { id: string; organization_id: string | null; role: Role; employment_area_id: string | null }[] = await this.dataSource.query(
      `SELECT u.id, m.organization_id, m.role, o.employment_area_id FROM app_user u
         JOIN membership m ON m.user_id = u.id LEFT JOIN organization o ON o.id = m.organization_id WHERE u.email = $1`,
      [email],
    );
    if (rows.length === 0) throw new Error(`Demo user ${email} is not seeded`);
    return {
      userId: rows[0].id,
      email,
      memberships: rows.map((r) => ({ organizationId: r.organization_id, role: r.role, employmentAreaId: r.employment_area_id })),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal, Role } from '@ytmt/core';
import { LanguageLevel, NeedAssistantService, NeedInput, NeedsService, NeedStage, STAGE_ORDER } from '@ytmt/needs';
import { DataSource, EntityManager } from 'typeorm';
import { DEMO_ORGANIZATIONS } from './demo-data';
import { demoBusinessId } from './demo-seeder.service';
import { DEMO_NEEDS, DemoNeed, MUNICIPALITY_CENTRES } from './demo-needs';

export interface DemoNeedsReport {
  created: number;
  /** Needs of an earlier seed that got their ESCO occupation and skills now that ESCO is loaded. */
  updated: number;
  existing: number;
  /** Needs written without their ESCO occupation and skills because ESCO is not loaded yet. */
  withoutEsco: number;
}

/**
 * Writes the demo needs through the needs service, as their authors would. Idempotent: a need is
 * found by company and title and left as it is, except that a need seeded before ESCO was loaded
 * gets its occupation and skills on the first run after the import.
 */
@Injectable()
export class DemoNeedsSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly needs: NeedsService,
    private readonly assistant: NeedAssistantService,
  ) {}

  async seed(progress: (step: string, done: number, total: number) => void = () => undefined): Promise<DemoNeedsReport> {
    const report: DemoNeedsReport = { created: 0, updated: 0, existing: 0, withoutEsco: 0 };
    const unknown = await unknownEscoUris(this.dataSource, {
      occupations: DEMO_NEEDS.flatMap((n) => (n.occupationUri ? [n.occupationUri] : [])),
      skills: DEMO_NEEDS.flatMap((n) => n.requiredSkills),
    });
    for (const [index, demo] of DEMO_NEEDS.entries()) {
      const withEsco = [demo.occupationUri, ...demo.requiredSkills].every((uri) => uri === null || !unknown.has(uri));
      const existing = await demoNeedRow(this.dataSource, demo);
      if (!existing) {
        const author = await loadDemoPrincipal(this.dataSource, demo.authorEmail);
        const need = await this.needs.create(author, await demoCompanyId(this.dataSource, demo.companyKey), needInput(demo, withEsco));
        // Walk the 6T path step by step, so every step has its timestamp.
        for (const stage of stagePath(demo.targetStage)) await this.needs.moveStage(author, need.need.id, stage);
        // Only when the need is new: dismissing again on a later seed would overwrite what the person did since.
        for (const remark of demo.dismissedRemarks ?? []) await this.assistant.dismiss(author, { needId: need.need.id, ...remark });
        report.created++;
        if (!withEsco) report.withoutEsco++;
      } else if (existing.occupationUri === null && demo.occupationUri !== null && withEsco) {
        await this.needs.update(await loadDemoPrincipal(this.dataSource, demo.authorEmail), existing.id, needInput(demo, true));
        report.updated++;
      } else {
        report.existing++;
        if (!withEsco) report.withoutEsco++;
      }
      progress(demo.title, index + 1, DEMO_NEEDS.length);
    }
    return report;
  }
}

/**
 * The stages the seeder walks after IDENTIFIED. A need the demo fills stops at OFFERED: the
 * candidates seeder (demo-candidates.seeder.ts) presents candidates for it and hires one, which
 * fills it the way the platform does.
 */
export function stagePath(target: NeedStage): NeedStage[] {
  if (target === NeedStage.CLOSED) return [NeedStage.SPECIFIED, NeedStage.CLOSED];
  const last = target === NeedStage.FILLED ? NeedStage.OFFERED : target;
  return STAGE_ORDER.slice(1, STAGE_ORDER.indexOf(last) + 1);
}

function needInput(demo: DemoNeed, withEsco: boolean): NeedInput {
  const workplace = MUNICIPALITY_CENTRES[demo.municipalityCode];
  return {
    kinds: demo.kinds,
    title: demo.title,
    description: demo.description,
    municipalityCode: demo.municipalityCode,
    // The municipality centre stands for the workplace, so that commuting radii can be measured.
    latitude: workplace?.latitude,
    longitude: workplace?.longitude,
    remote: false,
    positions: demo.positions,
    hoursMin: demo.hoursMin,
    hoursMax: demo.hoursMax,
    partTimePossible: demo.hoursMin < 30,
    occupationUri: withEsco ? (demo.occupationUri ?? undefined) : undefined,
    skills: withEsco ? demo.requiredSkills.map((uri) => ({ uri, required: true })) : [],
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
  };
}

/** Which of these ESCO concepts are not in the database (all of them before `import:esco`). */
export async function unknownEscoUris(dataSource: DataSource, uris: { occupations: string[]; skills: string[] }): Promise<Set<string>> {
  const rows: { uri: string }[] = await dataSource.query(
    'SELECT uri FROM esco_occupation WHERE uri = ANY($1) UNION ALL SELECT uri FROM esco_skill WHERE uri = ANY($2)',
    [uris.occupations, uris.skills],
  );
  const known = new Set(rows.map((row) => row.uri));
  return new Set([...uris.occupations, ...uris.skills].filter((uri) => !known.has(uri)));
}

export async function demoCompanyId(dataSource: DataSource, key: string): Promise<string> {
  const demo = DEMO_ORGANIZATIONS.find((o) => o.key === key);
  if (!demo?.businessIdBase) throw new Error(`Demo company ${key} is missing`);
  const [row] = await dataSource.query('SELECT id FROM organization WHERE business_id = $1', [demoBusinessId(demo.businessIdBase)]);
  if (!row) throw new Error(`Demo company ${key} is not seeded`);
  return row.id as string;
}

/** A demo need as seeded: found by its company and title. */
export async function demoNeedRow(
  dataSource: DataSource,
  demo: Pick<DemoNeed, 'companyKey' | 'title'>,
): Promise<{ id: string; stage: NeedStage; occupationUri: string | null } | null> {
  const companyId = await demoCompanyId(dataSource, demo.companyKey);
  const [row] = await dataSource.query('SELECT id, stage, occupation_uri FROM need WHERE organization_id = $1 AND title = $2', [companyId, demo.title]);
  return row ? { id: row.id, stage: row.stage, occupationUri: row.occupation_uri } : null;
}

/** A demo user as the policies see them, built from the database like the sign-in does. */
export async function loadDemoPrincipal(source: DataSource | EntityManager, email: string): Promise<Principal> {
  const rows: { id: string; organization_id: string | null; role: Role; employment_area_id: string | null }[] = await source.query(
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

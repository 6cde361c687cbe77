import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxService, Principal, QueueName } from '@ytmt/core';
import { INDEX_NEED_JOB, IndexNeedJobData, indexNeedCoalesceKey, MATCH_NEED_JOB, MatchNeedJobData, matchNeedCoalesceKey } from '@ytmt/events';
import { RegionsService } from '@ytmt/regions';
import { EscoConceptsReader } from '@ytmt/skills';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { NeedAssistantService } from './assistant/need-assistant.service';
import { CompanyAccessReader } from './company-access.reader';
import { NeedInput } from './dto/need.inputs';
import { NeedLanguage, NeedSkill, NeedStageEvent, NeedTask } from './entities/need-parts.entity';
import { Need } from './entities/need.entity';
import { canMoveStage, needRuleProblems } from './need-rules';
import { NeedStageListeners } from './need-stage.listeners';
import { NeedStage } from './need.enums';
import { NeedAggregate, NeedRepository } from './need.repository';
import { NeedsErrorCode, NeedsException } from './needs.exception';
import { NeedsPolicy } from './needs.policy';
import { ProviderNeedAccessReader } from './provider-need-access.reader';

@Injectable()
export class NeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: NeedRepository,
    private readonly access: CompanyAccessReader,
    private readonly regions: RegionsService,
    private readonly outbox: OutboxService,
    private readonly providerAccess: ProviderNeedAccessReader,
    private readonly esco: EscoConceptsReader,
    private readonly stageListeners: NeedStageListeners,
    private readonly assistant: NeedAssistantService,
  ) {}

  async create(principal: Principal, companyId: string, input: NeedInput): Promise<NeedAggregate> {
    if (!isUUID(companyId)) throw NeedsException.field(NeedsErrorCode.COMPANY_NOT_FOUND, 'companyId', 'no such company');
    const id = await this.dataSource.transaction(async (manager) => {
      NeedsPolicy.assertCanWrite(principal, await this.access.read(companyId, manager));
      const labels = await this.validate(manager, input);
      const need = await manager.getRepository(Need).save(
        manager.getRepository(Need).create({ ...this.columns(input, labels.occupation), organizationId: companyId, createdByUserId: principal.userId, stage: NeedStage.IDENTIFIED }),
      );
      await this.writeParts(manager, need.id, input, labels.skills);
      // The inclusive-need assistant's flags are stored with the need as saved (issue 17).
      await this.assistant.storeOnSave(manager, need.id, input);
      await manager.getRepository(NeedStageEvent).insert({ needId: need.id, stage: NeedStage.IDENTIFIED, byUserId: principal.userId });
      await this.changed(manager, need.id);
      return need.id;
    });
    return (await this.repository.get(id)) as NeedAggregate;
  }

  async update(principal: Principal, id: string, input: NeedInput): Promise<NeedAggregate> {
    await this.dataSource.transaction(async (manager) => {
      const need = await this.locked(manager, id);
      NeedsPolicy.assertCanWrite(principal, await this.access.read(need.organizationId, manager));
      const labels = await this.validate(manager, input);
      await manager.getRepository(Need).update(id, this.columns(input, labels.occupation));
      await this.writeParts(manager, id, input, labels.skills);
      await this.assistant.storeOnSave(manager, id, input);
      await this.changed(manager, id);
    });
    return (await this.repository.get(id)) as NeedAggregate;
  }

  async moveStage(principal: Principal, id: string, stage: NeedStage): Promise<NeedAggregate> {
    await this.dataSource.transaction(async (manager) => {
      const need = await this.locked(manager, id);
      NeedsPolicy.assertCanWrite(principal, await this.access.read(need.organizationId, manager));
      if (!canMoveStage(need.stage, stage)) {
        throw NeedsException.field(NeedsErrorCode.INVALID_STAGE_MOVE, 'input.stage', `a need at ${need.stage} cannot move to ${stage}`);
      }
      await manager.getRepository(Need).update(id, { stage });
      await manager.getRepository(NeedStageEvent).insert({ needId: id, stage, byUserId: principal.userId });
      await this.stageListeners.stageChanged(manager, id, stage, principal.userId);
      // A filled or closed need leaves matching; the job clears its suggestions.
      await this.changed(manager, id);
    });
    return (await this.repository.get(id)) as NeedAggregate;
  }

  async get(principal: Principal | null, id: string): Promise<NeedAggregate> {
    if (!isUUID(id)) throw NeedsException.field(NeedsErrorCode.NEED_NOT_FOUND, 'id', 'no such need');
    const aggregate = await this.repository.get(id);
    if (!aggregate) throw NeedsException.field(NeedsErrorCode.NEED_NOT_FOUND, 'id', 'no such need');
    if (!principal) {
      // Anonymous visitors open what anonymous search shows (open PUBLIC needs) and learn nothing of the rest.
      if (await this.providerAccess.principalCanSee(null, id)) return aggregate;
      throw NeedsException.field(NeedsErrorCode.NEED_NOT_FOUND, 'id', 'no such need');
    }
    const access = await this.access.read(aggregate.need.organizationId);
    // Whoever finds the need in search may open it (providers by coverage or a forward, coordinators of its place).
    if (!NeedsPolicy.canRead(principal, access) && !(await this.providerAccess.principalCanSee(principal, id))) NeedsPolicy.assertCanRead(principal, access);
    return aggregate;
  }

  async listForCompany(principal: Principal, companyId: string): Promise<NeedAggregate[]> {
    if (!isUUID(companyId)) throw NeedsException.field(NeedsErrorCode.COMPANY_NOT_FOUND, 'companyId', 'no such company');
    NeedsPolicy.assertCanRead(principal, await this.access.read(companyId));
    const rows: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM need WHERE organization_id = $1 ORDER BY updated_at DESC LIMIT 500',
      [companyId],
    );
    return this.repository.load(rows.map((r) => r.id));
  }

  /**
   * Moves the need forward to `stage` as a consequence of something else (a candidate presented,
   * a hire), inside the caller's transaction and authorisation; never backwards, never from a
   * finished need. Returns whether it moved.
   */
  async advanceTo(manager: EntityManager, needId: string, stage: NeedStage, byUserId: string | null): Promise<boolean> {
    const need = await this.locked(manager, needId);
    if (!canMoveStage(need.stage, stage)) return false;
    await manager.getRepository(Need).update(needId, { stage });
    await manager.getRepository(NeedStageEvent).insert({ needId, stage, byUserId });
    await this.stageListeners.stageChanged(manager, needId, stage, byUserId);
    await this.changed(manager, needId);
    return true;
  }

  /**
   * Locks the need's row for the caller's transaction. Whoever changes a need's candidates and
   * may move its stage takes this lock first, as a stage change does before it closes the
   * candidates: one order of locks, so the two cannot wait for each other.
   */
  async lockForChange(manager: EntityManager, needId: string): Promise<void> {
    await this.locked(manager, needId);
  }

  /** After the change commits, the matcher recomputes the need's suggestions and the search index its document. */
  async changed(manager: EntityManager, needId: string): Promise<void> {
    await this.outbox.add<MatchNeedJobData>(manager, {
      queue: QueueName.MATCHING,
      jobName: MATCH_NEED_JOB,
      data: { needId },
      coalesceKey: matchNeedCoalesceKey(needId),
    });
    await this.outbox.add<IndexNeedJobData>(manager, {
      queue: QueueName.SEARCH_INDEX,
      jobName: INDEX_NEED_JOB,
      data: { needId },
      coalesceKey: indexNeedCoalesceKey(needId),
    });
  }

  private async locked(manager: EntityManager, id: string): Promise<Need> {
    if (!isUUID(id)) throw NeedsException.field(NeedsErrorCode.NEED_NOT_FOUND, 'id', 'no such need');
    const need = await manager.getRepository(Need).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!need) throw NeedsException.field(NeedsErrorCode.NEED_NOT_FOUND, 'id', 'no such need');
    return need;
  }

  /** Everything that needs the database; returns the ESCO labels to store with the need. */
  private async validate(manager: EntityManager, input: NeedInput): Promise<{ skills: Map<string, string>; occupation: string | null }> {
    const problems = needRuleProblems(input);
    if (problems.length > 0) throw NeedsException.invalid(problems);
    if (input.municipalityCode) await this.regions.getMunicipality(input.municipalityCode, 'input.municipalityCode');
    const skills = new Map<string, string>();
    if (input.skills.length > 0) {
      const known = await this.esco.skillsByUris(input.skills.map((s) => s.uri), manager);
      // The Finnish label is stored with the need (label_fi is never null in ESCO's tables).
      for (const [uri, skill] of known) skills.set(uri, skill.labelFi);
      const index = input.skills.findIndex((s) => !skills.has(s.uri));
      if (index >= 0) throw NeedsException.field(NeedsErrorCode.UNKNOWN_SKILL, `input.skills[${index}].uri`, 'no ESCO skill has this URI');
    }
    let occupation: string | null = null;
    if (input.occupationUri) {
      const known = (await this.esco.occupationsByUris([input.occupationUri], manager)).get(input.occupationUri);
      if (!known) throw NeedsException.field(NeedsErrorCode.UNKNOWN_SKILL, 'input.occupationUri', 'no ESCO occupation has this URI');
      occupation = known.labelFi;
    }
    return { skills, occupation };
  }

  private columns(input: NeedInput, occupationLabel: string | null): Partial<Need> {
    return {
      kinds: input.kinds,
      title: input.title,
      description: input.description,
      municipalityCode: input.municipalityCode ?? null,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      remote: input.remote,
      positions: input.positions,
      hoursMin: input.hoursMin ?? null,
      hoursMax: input.hoursMax ?? null,
      payMin: input.payMin ?? null,
      payMax: input.payMax ?? null,
      payUnit: input.payUnit ?? null,
      partTimePossible: input.partTimePossible,
      startDate: input.startDate ?? null,
      durationMonths: input.durationMonths ?? null,
      occupationUri: input.occupationUri ?? null,
      occupationLabel,
      drivingLicence: input.drivingLicence ?? null,
      adjustmentsOffered: input.adjustmentsOffered,
      measuresOpenTo: input.measuresOpenTo,
      openToPrecisionCapable: input.openToPrecisionCapable,
      anonymousRecruitment: input.anonymousRecruitment,
      visibility: input.visibility,
    };
  }

  private async writeParts(manager: EntityManager, needId: string, input: NeedInput, skillLabels: Map<string, string>): Promise<void> {
    await manager.getRepository(NeedSkill).delete({ needId });
    await manager.getRepository(NeedLanguage).delete({ needId });
    await manager.getRepository(NeedTask).delete({ needId });
    const skills = [...new Map(input.skills.map((s) => [s.uri, s])).values()];
    if (skills.length > 0) {
      await manager.getRepository(NeedSkill).insert(skills.map((s) => ({ needId, skillUri: s.uri, label: skillLabels.get(s.uri) as string, required: s.required })));
    }
    const languages = [...new Map(input.languages.map((l) => [l.language, l])).values()];
    if (languages.length > 0) await manager.getRepository(NeedLanguage).insert(languages.map((l) => ({ needId, language: l.language, level: l.level })));
    if (input.tasks.length > 0) {
      await manager.getRepository(NeedTask).insert(input.tasks.map((task, position) => ({ ...task, needId, position })));
    }
  }
}

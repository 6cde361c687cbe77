import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { Need } from '../entities/need.entity';
import { NeedStage } from '../need.enums';

/** The few facts of a need that other domains act on (whose it is, how far it got, what and where it is, how many it seeks). */
export interface NeedSummary {
  id: string;
  organizationId: string;
  stage: NeedStage;
  title: string;
  municipalityCode: string | null;
  positions: number;
}

const SUMMARY_COLUMNS = { id: true, organizationId: true, stage: true, title: true, municipalityCode: true, positions: true } as const;

/**
 * For other domains (proposals, forwards, candidate lists, share requests, data exports,
 * notifications): needs by id, one query however many. Every method takes the caller's
 * EntityManager to read inside its transaction. Ids that are no uuid name no need.
 */
@Injectable()
export class NeedSummaryReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Needs naming nothing are absent from the map. */
  async byIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, NeedSummary>> {
    const unique = [...new Set(ids)].filter((id) => isUUID(id));
    if (unique.length === 0) return new Map();
    const needs = await manager.getRepository(Need).find({ select: SUMMARY_COLUMNS, where: { id: In(unique) } });
    return new Map(needs.map((need) => [need.id, toSummary(need)]));
  }

  async byId(id: string, manager?: EntityManager): Promise<NeedSummary | null> {
    // PostgreSQL matches a uuid whatever its case; the map is keyed in lower case.
    return (await this.byIds([id], manager)).get(id.toLowerCase()) ?? null;
  }

  /** Ids of the needs of any of the organisations, sorted; one query however many organisations. */
  async idsOfOrganizations(organizationIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const unique = [...new Set(organizationIds)].filter((id) => isUUID(id));
    if (unique.length === 0) return [];
    const needs = await manager.getRepository(Need).find({ select: { id: true }, where: { organizationId: In(unique) }, order: { id: 'ASC' } });
    return needs.map((need) => need.id);
  }

  /** The need, its row locked for update until the caller's transaction ends. */
  async lockedById(id: string, manager: EntityManager): Promise<NeedSummary | null> {
    if (!isUUID(id)) return null;
    const need = await manager.getRepository(Need).findOne({ select: SUMMARY_COLUMNS, where: { id }, lock: { mode: 'pessimistic_write' } });
    return need ? toSummary(need) : null;
  }
}

function toSummary(need: Need): NeedSummary {
  const { id, organizationId, stage, title, municipalityCode, positions } = need;
  return { id, organizationId, stage, title, municipalityCode, positions };
}

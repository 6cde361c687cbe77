import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CompanyAccess, CompanyAccessReader } from '@ytmt/needs';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { MatchingErrorCode, MatchingException } from './matching.exception';

export interface NeedForList {
  id: string;
  organizationId: string;
  title: string;
  municipalityCode: string | null;
  positions: number;
  access: CompanyAccess;
}

/** Reads what the candidate policies must know about a need, and skill labels for explanations. */
@Injectable()
export class CandidateAccessReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompanyAccessReader,
  ) {}

  async need(needId: string, manager: EntityManager = this.dataSource.manager, path = 'needId'): Promise<NeedForList> {
    if (!isUUID(needId)) throw MatchingException.field(MatchingErrorCode.NEED_NOT_FOUND, path, 'no such need');
    const [row] = await manager.query('SELECT id, organization_id, title, municipality_code, positions FROM need WHERE id = $1', [needId]);
    if (!row) throw MatchingException.field(MatchingErrorCode.NEED_NOT_FOUND, path, 'no such need');
    return {
      id: row.id,
      organizationId: row.organization_id,
      title: row.title,
      municipalityCode: row.municipality_code,
      positions: row.positions,
      access: await this.companies.read(row.organization_id, manager),
    };
  }

  async skillLabels(uris: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<(uri: string) => string> {
    const unique = [...new Set(uris)];
    const rows: { uri: string; label: string }[] =
      unique.length === 0 ? [] : await manager.query(`SELECT uri, coalesce(nullif(label_fi, ''), label_en) AS label FROM esco_skill WHERE uri = ANY($1)`, [unique]);
    const labels = new Map(rows.map((r) => [r.uri, r.label]));
    return (uri) => labels.get(uri) ?? uri;
  }
}

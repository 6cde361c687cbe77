import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CompanyAccess, CompanyAccessReader, NeedSummaryReader } from '@ytmt/needs';
import { EscoConceptsReader, preferredEscoLabel } from '@ytmt/skills';
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
    private readonly needs: NeedSummaryReader,
    private readonly esco: EscoConceptsReader,
  ) {}

  async need(needId: string, manager: EntityManager = this.dataSource.manager, path = 'needId'): Promise<NeedForList> {
    if (!isUUID(needId)) throw MatchingException.field(MatchingErrorCode.NEED_NOT_FOUND, path, 'no such need');
    const need = (await this.needs.byIds([needId], manager)).get(needId);
    if (!need) throw MatchingException.field(MatchingErrorCode.NEED_NOT_FOUND, path, 'no such need');
    return {
      id: need.id,
      organizationId: need.organizationId,
      title: need.title,
      municipalityCode: need.municipalityCode,
      positions: need.positions,
      access: await this.companies.read(need.organizationId, manager),
    };
  }

  async skillLabels(uris: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<(uri: string) => string> {
    const skills = await this.esco.skillsByUris(uris, manager);
    return (uri) => {
      const skill = skills.get(uri);
      return skill ? preferredEscoLabel(skill) : uri;
    };
  }
}

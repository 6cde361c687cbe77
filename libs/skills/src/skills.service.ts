import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EscoOccupationSkill, EscoRelationType } from './entities/esco-occupation-skill.entity';
import { EscoOccupation } from './entities/esco-occupation.entity';
import { EscoSkill } from './entities/esco-skill.entity';
import { IscoGroup } from './entities/isco-group.entity';
import { OCCUPATION_URI, SKILL_URI } from './import/esco-sources';
import { SkillsErrorCode, SkillsException } from './skills.exception';

export interface OccupationWithSkills {
  occupation: EscoOccupation;
  iscoGroup: IscoGroup | null;
  essential: EscoSkill[];
  optional: EscoSkill[];
}

/** Look-ups in the ESCO reference data. */
@Injectable()
export class SkillsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getOccupation(uri: string, path = 'uri'): Promise<OccupationWithSkills> {
    if (!OCCUPATION_URI.test(uri)) {
      throw SkillsException.field(SkillsErrorCode.INVALID_OCCUPATION_URI, path, 'must be an ESCO occupation URI such as http://data.europa.eu/esco/occupation/<uuid>');
    }
    const occupation = await this.dataSource.getRepository(EscoOccupation).findOneBy({ uri });
    if (!occupation) throw SkillsException.field(SkillsErrorCode.OCCUPATION_NOT_FOUND, path, 'no ESCO occupation has this URI');
    const [iscoGroup, relations] = await Promise.all([
      this.dataSource.getRepository(IscoGroup).findOneBy({ code: occupation.iscoGroup }),
      this.dataSource.getRepository(EscoOccupationSkill).find({
        where: { occupationUri: uri },
        relations: { skill: true },
        order: { skill: { labelEn: 'ASC' } },
      }),
    ]);
    const skillsOf = (type: EscoRelationType) =>
      relations.filter((relation) => relation.relationType === type && relation.skill).map((relation) => relation.skill as EscoSkill);
    return { occupation, iscoGroup, essential: skillsOf(EscoRelationType.ESSENTIAL), optional: skillsOf(EscoRelationType.OPTIONAL) };
  }

  async getSkill(uri: string, path = 'uri'): Promise<EscoSkill> {
    if (!SKILL_URI.test(uri)) {
      throw SkillsException.field(SkillsErrorCode.INVALID_SKILL_URI, path, 'must be an ESCO skill URI such as http://data.europa.eu/esco/skill/<uuid>');
    }
    const skill = await this.dataSource.getRepository(EscoSkill).findOneBy({ uri });
    if (!skill) throw SkillsException.field(SkillsErrorCode.SKILL_NOT_FOUND, path, 'no ESCO skill has this URI');
    return skill;
  }
}

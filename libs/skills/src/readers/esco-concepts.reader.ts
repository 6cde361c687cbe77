import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { EscoOccupation } from '../entities/esco-occupation.entity';
import { EscoSkill } from '../entities/esco-skill.entity';

/** An ESCO occupation with the skills ESCO relates to it, as the matcher's reference data. */
export interface OccupationSkillSet {
  uri: string;
  iscoGroup: string;
  /** Sorted by URI. */
  essentialSkills: string[];
  /** Sorted by URI. */
  optionalSkills: string[];
}

/** The label shown for an ESCO concept: Finnish, or English where the Finnish one is empty. */
export function preferredEscoLabel(concept: { labelFi: string; labelEn: string }): string {
  return concept.labelFi !== '' ? concept.labelFi : concept.labelEn;
}

/**
 * For other domains: ESCO skills and occupations by URI (existence checks, labels, ISCO groups)
 * and the occupations' skill sets. Every method takes the caller's EntityManager to read inside
 * its transaction.
 */
@Injectable()
export class EscoConceptsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The skills with these URIs; URIs naming no skill are absent from the map. */
  async skillsByUris(uris: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, EscoSkill>> {
    const unique = [...new Set(uris)];
    if (unique.length === 0) return new Map();
    const skills = await manager.getRepository(EscoSkill).findBy({ uri: In(unique) });
    return new Map(skills.map((skill) => [skill.uri, skill]));
  }

  /** The occupations with these URIs; URIs naming no occupation are absent from the map. */
  async occupationsByUris(uris: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, EscoOccupation>> {
    const unique = [...new Set(uris)];
    if (unique.length === 0) return new Map();
    const occupations = await manager.getRepository(EscoOccupation).findBy({ uri: In(unique) });
    return new Map(occupations.map((occupation) => [occupation.uri, occupation]));
  }

  /** Every occupation with its essential and optional skills, in one statement. */
  async occupationSkillSets(manager: EntityManager = this.dataSource.manager): Promise<OccupationSkillSet[]> {
    const rows: { uri: string; isco_group: string; essential: string[] | null; optional: string[] | null }[] = await manager.query(
      `SELECT o.uri, o.isco_group,
              array_agg(r.skill_uri ORDER BY r.skill_uri) FILTER (WHERE r.relation_type = 'essential') AS essential,
              array_agg(r.skill_uri ORDER BY r.skill_uri) FILTER (WHERE r.relation_type = 'optional') AS optional
         FROM esco_occupation o LEFT JOIN esco_occupation_skill r ON r.occupation_uri = o.uri
        GROUP BY o.uri, o.isco_group`,
    );
    return rows.map((row) => ({ uri: row.uri, iscoGroup: row.isco_group, essentialSkills: row.essential ?? [], optionalSkills: row.optional ?? [] }));
  }
}

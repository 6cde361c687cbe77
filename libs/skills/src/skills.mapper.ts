import { EscoSkillType, SkillType, SuggestLanguage } from './dto/skill.types';
import { EscoSkill, EscoSkillKind } from './entities/esco-skill.entity';
import { SuggesterLanguage } from './suggester/stop-words';

const SKILL_TYPES: Record<string, SkillType> = {
  [EscoSkillKind.KNOWLEDGE]: SkillType.KNOWLEDGE,
  [EscoSkillKind.SKILL_COMPETENCE]: SkillType.SKILL_COMPETENCE,
};

export function toSkillType(value: string | null): SkillType | null {
  return value ? (SKILL_TYPES[value] ?? null) : null;
}

export function toSuggesterLanguage(language: SuggestLanguage): SuggesterLanguage {
  return language === SuggestLanguage.SV ? 'sv' : language === SuggestLanguage.EN ? 'en' : 'fi';
}

/** The label in the language asked for, English when that one is empty. */
export function labelIn(language: SuggestLanguage, labels: { fi: string; sv: string; en: string }): string {
  const own = language === SuggestLanguage.SV ? labels.sv : language === SuggestLanguage.EN ? labels.en : labels.fi;
  return own || labels.en;
}

export function toEscoSkillType(skill: EscoSkill, language: SuggestLanguage): EscoSkillType {
  return {
    uri: skill.uri,
    label: labelIn(language, { fi: skill.labelFi, sv: skill.labelSv, en: skill.labelEn }),
    labelFi: skill.labelFi,
    labelSv: skill.labelSv,
    labelEn: skill.labelEn,
    skillType: toSkillType(skill.skillType),
    reuseLevel: skill.reuseLevel,
  };
}

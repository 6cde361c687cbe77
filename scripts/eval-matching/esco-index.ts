// The slice of ESCO the labelled set is built from: occupations with their essential and optional
// skills, and Finnish labels. Structural input types, so parsed CSV rows (OccupationRow, SkillRow,
// RelationRow of the skills library) and tiny test fixtures both fit.

export interface EscoOccupationInput {
  uri: string;
  iscoGroup: string;
  labelFi: string;
}

export interface EscoSkillInput {
  uri: string;
  labelFi: string;
}

export interface EscoRelationInput {
  occupationUri: string;
  skillUri: string;
  relationType: 'essential' | 'optional';
}

export interface EscoInput {
  occupations: readonly EscoOccupationInput[];
  skills: readonly EscoSkillInput[];
  relations: readonly EscoRelationInput[];
}

export interface OccupationFacts {
  uri: string;
  iscoGroup: string;
  labelFi: string;
  /** Sorted by URI, so the labelled set depends on the content of the files, not their row order. */
  essentialSkills: string[];
  optionalSkills: string[];
}

export interface EscoIndex {
  occupations: ReadonlyMap<string, OccupationFacts>;
  /** Occupations per ISCO-08 unit group, sorted by URI. */
  byIscoGroup: ReadonlyMap<string, readonly OccupationFacts[]>;
  skillLabels: ReadonlyMap<string, string>;
  /** Skills at least one occupation refers to: the pool noise skills are drawn from. */
  relatedSkills: readonly string[];
  skipped: { relationsMissingOccupation: number; relationsMissingSkill: number };
}

export function indexEsco(esco: EscoInput): EscoIndex {
  const skillLabels = new Map(esco.skills.map((skill) => [skill.uri, skill.labelFi]));
  const essential = new Map<string, Set<string>>();
  const optional = new Map<string, Set<string>>();
  const occupationUris = new Set(esco.occupations.map((occupation) => occupation.uri));
  const skipped = { relationsMissingOccupation: 0, relationsMissingSkill: 0 };
  for (const relation of esco.relations) {
    if (!occupationUris.has(relation.occupationUri)) {
      skipped.relationsMissingOccupation++;
      continue;
    }
    if (!skillLabels.has(relation.skillUri)) {
      skipped.relationsMissingSkill++;
      continue;
    }
    const target = relation.relationType === 'essential' ? essential : optional;
    const skills = target.get(relation.occupationUri) ?? new Set<string>();
    skills.add(relation.skillUri);
    target.set(relation.occupationUri, skills);
  }

  const byUri = (a: { uri: string }, b: { uri: string }) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0);
  const occupations = new Map<string, OccupationFacts>();
  const byIscoGroup = new Map<string, OccupationFacts[]>();
  const relatedSkills = new Set<string>();
  for (const occupation of [...esco.occupations].sort(byUri)) {
    if (occupations.has(occupation.uri)) continue;
    const essentialSkills = [...(essential.get(occupation.uri) ?? [])].sort();
    // A skill listed both ways counts as essential.
    const optionalSkills = [...(optional.get(occupation.uri) ?? [])].filter((uri) => !essential.get(occupation.uri)?.has(uri)).sort();
    const facts: OccupationFacts = { uri: occupation.uri, iscoGroup: occupation.iscoGroup, labelFi: occupation.labelFi, essentialSkills, optionalSkills };
    occupations.set(facts.uri, facts);
    const group = byIscoGroup.get(facts.iscoGroup) ?? [];
    group.push(facts);
    byIscoGroup.set(facts.iscoGroup, group);
    for (const skill of [...essentialSkills, ...optionalSkills]) relatedSkills.add(skill);
  }
  return { occupations, byIscoGroup, skillLabels, relatedSkills: [...relatedSkills].sort(), skipped };
}

// A test fixture for the held-out set and the evaluation specs (not a spec itself).
import { EscoInput, EscoRelationInput } from './esco-index';

// A small ESCO with an ISCO hierarchy: 4 major groups, minor groups with two unit groups each,
// three occupations per unit group. Occupation 0 of every unit group of a minor group holds the
// minor group's two shared essential skills; occupation 1 of every unit group holds its sub-major
// group's one shared optional skill (related by the sub-major rule); the others share only their
// unit group's skills. Eight generic skills are listed by two thirds of all occupations each (the
// most frequent skills by far). 2611 and 7411 are other sub-major groups of majors 2 and 7;
// occupation 2611-1 also lists the two unit skills of 2511 (a neighbour of 2511 across sub-majors).
export const UNITS = ['2511', '2512', '2521', '2522', '2611', '5120', '5131', '5141', '5142', '7212', '7213', '7411', '9112', '9121'];
export const GENERIC_SKILLS = 8;
export const skillUri = (id: string) => `http://data.europa.eu/esco/skill/${id}`;
export const occupationUri = (unit: string, n: number) => `http://data.europa.eu/esco/occupation/${unit}-${n}`;
const skill = (id: string) => `http://data.europa.eu/esco/skill/${id}`;

export function iscoFixture(): EscoInput {
  const occupations = UNITS.flatMap((unit) => [0, 1, 2].map((n) => ({ uri: occupationUri(unit, n), iscoGroup: unit, labelFi: `ammatti ${unit}-${n}` })));
  const relations: EscoRelationInput[] = [];
  const skillIds = new Set<string>();
  const add = (uri: string, id: string, relationType: 'essential' | 'optional') => {
    skillIds.add(id);
    relations.push({ occupationUri: uri, skillUri: skill(id), relationType });
  };
  occupations.forEach(({ uri, iscoGroup }, i) => {
    const own = uri.split('/').pop()!;
    for (let g = 1; g <= GENERIC_SKILLS; g++) if ((i + g) % 3 !== 0) add(uri, `generic-${g}`, 'optional');
    if (own.endsWith('-1')) add(uri, `submajor-${iscoGroup.slice(0, 2)}-1`, 'optional');
    if (own === '2611-1') for (const n of [1, 2]) add(uri, `unit-2511-${n}`, 'optional');
    for (const n of [1, 2]) add(uri, `unit-${iscoGroup}-${n}`, 'essential');
    for (const n of [1, 2, 3]) add(uri, `own-${own}-${n}`, 'essential');
    if (own.endsWith('-0')) for (const n of [1, 2]) add(uri, `minor-${iscoGroup.slice(0, 3)}-${n}`, 'essential');
    for (const n of [1, 2, 3, 4, 5]) add(uri, `optional-${own}-${n}`, 'optional');
  });
  return { occupations, skills: [...skillIds].map((id) => ({ uri: skill(id), labelFi: `osaaminen ${id}` })), relations };
}


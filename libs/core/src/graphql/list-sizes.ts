/**
 * The real maximum size of lists the API returns without paging, by schema coordinate
 * (`Type.field`). The cost analysis counts each list's selection this many times; a list of
 * objects not named here counts as DEFAULT_LIST_SIZE. Sizes come from the domain's own bounds
 * (input validators, matching constants, Finland's 45 employment areas); an explicit
 * `complexity` option on a field wins. query-cost.e2e-spec checks that every coordinate still
 * names a list of objects in the schema, and that every document of the web app fits the limit.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  // Regions: 45 employment areas; an area has at most 60 member municipalities (its input's bound).
  'Query.employmentAreas': 50,
  'EmploymentArea.municipalities': 60,
  // Matching: at most MATCHES_PER_NEED (50) candidates per need (the candidate list is a
  // connection); a need has at most 50 skills, 30 tasks and 10 languages; a profile at most 20
  // occupations and 10 languages.
  'Query.presentedCandidates': 50,
  'CandidateCardType.matchedSkills': 50,
  'CandidateCardType.missingSkills': 50,
  'CandidateCardType.occupations': 20,
  'CandidateCardType.languages': 10,
  'MatchExplanationType.matchedEssentialSkills': 50,
  'MatchExplanationType.missingEssentialSkills': 50,
  'MatchExplanationType.matchedOptionalSkills': 50,
  'MatchExplanationType.tasks': 30,
  'MatchExplanationType.missingLanguages': 10,
  'Need.skills': 50,
  'Need.tasks': 30,
  'Need.languages': 10,
  'JobseekerProfileType.skills': 200,
  'JobseekerProfileType.occupations': 20,
  'JobseekerProfileType.wishedOccupations': 20,
  'JobseekerProfileType.languages': 10,
  'JobseekerProfileType.consents': 10,
  // Catalogue: a service has at most 10 categories, 10 target groups, 20 locations and 10 cost
  // options; facets have one value per category, target group, sector, delivery mode, language,
  // cost (FREE/PAID) and place (national, 45 areas, 309 municipalities).
  'Service.categories': 10,
  'Service.targetGroups': 10,
  'Service.locations': 20,
  'Service.costOptions': 10,
  'ServiceFacets.category': 50,
  'ServiceFacets.targetGroup': 50,
  'ServiceFacets.sector': 10,
  'ServiceFacets.deliveryMode': 5,
  'ServiceFacets.language': 20,
  'ServiceFacets.cost': 2,
  'ServiceFacets.area': 360,
  // Search hits highlight at most a few text fields each.
  'ServiceSearchHit.highlights': 10,
  'NeedSearchHit.highlights': 10,
  'AdviceArticle.highlights': 10,
  // An audit event records a handful of changed fields; a person has a few memberships.
  'AuditEvent.details': 20,
  'Me.memberships': 20,
};

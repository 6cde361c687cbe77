import { JobseekerProfileType } from './dto/profile.types';
import { isConsentActive } from './consent-rules';
import { ProfileAggregate } from './profile.repository';
import { ConsentScope } from './talent.enums';

export function toProfileType(aggregate: ProfileAggregate, now: Date = new Date()): JobseekerProfileType {
  const { profile, skills, occupations, languages, workAbility, consents, consentEvents } = aggregate;
  return {
    id: profile.id,
    pseudonym: profile.pseudonym,
    skills: skills.map((s) => ({ uri: s.skillUri, label: s.label })),
    occupations: occupations.filter((o) => !o.wished).map((o) => ({ uri: o.occupationUri, label: o.label })),
    wishedOccupations: occupations.filter((o) => o.wished).map((o) => ({ uri: o.occupationUri, label: o.label })),
    homeMunicipalityCode: profile.homeMunicipalityCode,
    homeLatitude: profile.homeLatitude,
    homeLongitude: profile.homeLongitude,
    commuteRadiusKm: profile.commuteRadiusKm,
    acceptableMunicipalityCodes: profile.acceptableMunicipalityCodes,
    remoteOk: profile.remoteOk,
    hoursMin: profile.hoursMin,
    hoursMax: profile.hoursMax,
    languages: languages.map((l) => ({ language: l.language, level: l.level })),
    drivingLicences: profile.drivingLicences,
    educationLevel: profile.educationLevel,
    workAbility: workAbility && {
      physicalStrain: workAbility.physicalStrain,
      standingWalking: workAbility.standingWalking,
      lifting: workAbility.lifting,
      cognitiveLoad: workAbility.cognitiveLoad,
      customerInteraction: workAbility.customerInteraction,
      timePressure: workAbility.timePressure,
      adjustmentsNeeded: workAbility.adjustmentsNeeded,
    },
    consents: Object.values(ConsentScope).map((scope) => {
      const consent = consents.find((c) => c.scope === scope);
      return {
        scope,
        active: isConsentActive(consent, now),
        grantedAt: consent?.grantedAt ?? null,
        expiresAt: consent?.expiresAt ?? null,
        withdrawnAt: consent?.withdrawnAt ?? null,
      };
    }),
    consentHistory: consentEvents.map((e) => ({ scope: e.scope, action: e.action, expiresAt: e.expiresAt, at: e.at, byJobseeker: e.byUserId !== null })),
    updatedAt: profile.updatedAt,
  };
}

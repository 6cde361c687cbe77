import { NeedType } from './dto/need.types';
import { NeedAggregate } from './need.repository';

export function toNeedType({ need, skills, languages, tasks, stageEvents }: NeedAggregate): NeedType {
  return {
    id: need.id,
    companyId: need.organizationId,
    kinds: need.kinds,
    title: need.title,
    description: need.description,
    municipalityCode: need.municipalityCode,
    remote: need.remote,
    positions: need.positions,
    hoursMin: need.hoursMin,
    hoursMax: need.hoursMax,
    partTimePossible: need.partTimePossible,
    startDate: need.startDate,
    durationMonths: need.durationMonths,
    occupationUri: need.occupationUri,
    occupationLabel: need.occupationLabel,
    skills: skills.map((s) => ({ uri: s.skillUri, label: s.label, required: s.required })),
    languages: languages.map((l) => ({ language: l.language, level: l.level })),
    drivingLicence: need.drivingLicence,
    adjustmentsOffered: need.adjustmentsOffered,
    measuresOpenTo: need.measuresOpenTo,
    openToPrecisionCapable: need.openToPrecisionCapable,
    anonymousRecruitment: need.anonymousRecruitment,
    visibility: need.visibility,
    stage: need.stage,
    stageHistory: stageEvents.map((e) => ({ stage: e.stage, at: e.at })),
    tasks: tasks.map((t) => ({
      title: t.title,
      kind: t.kind,
      physicalStrain: t.physicalStrain,
      standingWalking: t.standingWalking,
      lifting: t.lifting,
      cognitiveLoad: t.cognitiveLoad,
      customerInteraction: t.customerInteraction,
      timePressure: t.timePressure,
    })),
    updatedAt: need.updatedAt,
  };
}

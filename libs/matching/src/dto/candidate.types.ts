import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AdviceArticleType } from '@ytmt/advice';
import { ConnectionType } from '@ytmt/core';
import { SuggestedServiceType } from '@ytmt/needs';
import { Adjustment, LanguageLevel, TaskKind } from '@ytmt/needs';
import { EducationLevel, EscoConceptRef, ProfileLanguageType } from '@ytmt/talent';
import { AwaitingClosureState, CandidacyOutcome, CandidacyProgress, CandidateSource, CoordinatorStatus, EmployerStatus, ShareRequestStatus } from '../candidate.enums';
import { DistanceBand } from '../candidate-pseudonyms';

registerEnumType(CandidateSource, { name: 'CandidateSource' });
registerEnumType(CoordinatorStatus, { name: 'CoordinatorStatus' });
registerEnumType(ShareRequestStatus, { name: 'ShareRequestStatus' });
registerEnumType(EmployerStatus, { name: 'EmployerStatus' });
registerEnumType(CandidacyOutcome, {
  name: 'CandidacyOutcome',
  description:
    'DECLINED, EXPIRED, CANCELLED, REVOKED: the share request ended so; WITHDRAWN: the jobseeker withdrew MATCHING; NOT_SELECTED, HIRED: the employer’s or coordinator’s decision; NEED_FILLED, NEED_CLOSED: the need ended.',
});
registerEnumType(CandidacyProgress, {
  name: 'CandidacyProgress',
  description: 'Progress other than (or alongside) a hire: a work trial, an apprenticeship, training started, a pay-subsidised job.',
});
registerEnumType(AwaitingClosureState, { name: 'AwaitingClosureState', description: 'Waiting for the jobseeker’s answer, shared but not presented, or presented to the employer.' });
registerEnumType(DistanceBand, { name: 'DistanceBand', description: 'Coarse commuting distance: under 10 km, 10–30 km, 30–60 km, over 60 km.' });

export enum TaskOutcome {
  WITHIN = 'WITHIN',
  ADJUSTED = 'ADJUSTED',
  CARVED_OUT = 'CARVED_OUT',
}
registerEnumType(TaskOutcome, { name: 'TaskOutcome', description: 'Doable as is, doable with offered adjustments, or carved out of the role.' });

@ObjectType()
export class ScorePartsType {
  @Field(() => Float) skills!: number;
  @Field(() => Float) occupation!: number;
  @Field(() => Float) place!: number;
  @Field(() => Float) workingTime!: number;
  @Field(() => Float) capabilityFit!: number;
  @Field(() => Float) adjustments!: number;
  @Field(() => Float) language!: number;
  @Field(() => Float) drivingLicence!: number;
}

@ObjectType()
export class TaskFitType {
  @Field(() => String) title!: string;
  @Field(() => TaskKind) kind!: TaskKind;
  @Field(() => TaskOutcome) outcome!: TaskOutcome;
  @Field(() => [String], { description: 'Demand dimensions above the person’s capability; empty unless work-ability details are shown (see MatchExplanation.workAbilityDetailsHidden).' })
  exceededDimensions!: string[];
  @Field(() => [Adjustment], { description: 'Empty unless work-ability details are shown.' }) adjustmentsRelied!: Adjustment[];
}

@ObjectType()
export class LanguageGapType {
  @Field(() => String) language!: string;
  @Field(() => LanguageLevel) level!: LanguageLevel;
}

@ObjectType({ description: 'Why the engine matched: what a coordinator reads before acting.' })
export class MatchExplanationType {
  @Field(() => [EscoConceptRef]) matchedEssentialSkills!: EscoConceptRef[];
  @Field(() => [EscoConceptRef]) missingEssentialSkills!: EscoConceptRef[];
  @Field(() => [EscoConceptRef]) matchedOptionalSkills!: EscoConceptRef[];
  @Field(() => String, {
    description:
      'What carried the occupation part: SAME_OCCUPATION, SAME_ISCO_GROUP (unit group), SAME_ISCO_MINOR_GROUP (a related trade), SAME_ISCO_SUB_MAJOR_GROUP, SHARED_SKILLS or NONE.',
  })
  occupationRelation!: string;
  @Field(() => Boolean, { description: 'The person states no occupation: occupationRelation is through an occupation inferred from their skills.' })
  occupationInferred!: boolean;
  @Field(() => Int, { nullable: true, description: 'How many optional skills the role lists (null for results of older engine versions).' })
  optionalSkillCount!: number | null;
  @Field(() => [TaskFitType]) tasks!: TaskFitType[];
  @Field(() => [String], { description: 'Titles of the separable tasks carved out of the role.' }) carvedOutTasks!: string[];
  @Field(() => Boolean, { description: 'The role fits the person only with adjustments the need offers.' }) fitsWithAdjustments!: boolean;
  @Field(() => Boolean, {
    description:
      'True when the viewer may not see which demand dimensions are exceeded nor which adjustments are relied on: coordinators outside the person’s own area without the SHARE_ADJUSTMENT_NEEDS consent.',
  })
  workAbilityDetailsHidden!: boolean;
  @Field(() => [Adjustment], { description: 'Empty when work-ability details are hidden.' }) adjustmentsRelied!: Adjustment[];
  @Field(() => [Adjustment], { description: 'Empty when work-ability details are hidden.' }) adjustmentsNotOffered!: Adjustment[];
  @Field(() => Float, { nullable: true, description: 'Only for coordinators of the person’s own area; others see distanceBand.' }) distanceKm!: number | null;
  @Field(() => DistanceBand, { nullable: true }) distanceBand!: DistanceBand | null;
  @Field(() => String) placeReason!: string;
  @Field(() => [LanguageGapType]) missingLanguages!: LanguageGapType[];
  @Field(() => String, { nullable: true }) missingDrivingLicence!: string | null;
  @Field(() => ScorePartsType) parts!: ScorePartsType;
}

@ObjectType({ description: 'How a candidacy ended.' })
export class CandidacyClosureType {
  @Field(() => CandidacyOutcome) outcome!: CandidacyOutcome;
  @Field(() => GraphQLISODateTime) at!: Date;
  @Field(() => String, { nullable: true, description: 'The short reason the coordinator or employer gave, if any.' }) reason!: string | null;
}

@ObjectType({ description: 'A progress outcome recorded on a candidacy, with when it was recorded.' })
export class CandidacyProgressType {
  @Field(() => CandidacyProgress) progress!: CandidacyProgress;
  @Field(() => GraphQLISODateTime) at!: Date;
}

@ObjectType()
export class ShareRequestStateType {
  @Field(() => ID) id!: string;
  @Field(() => ShareRequestStatus) status!: ShareRequestStatus;
  @Field(() => GraphQLISODateTime) deadline!: Date;
  @Field(() => GraphQLISODateTime) requestedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) answeredAt!: Date | null;
}

@ObjectType({ description: "One row of a need's candidate list, for the coordinators running it." })
export class CandidateListEntryType {
  @Field(() => ID, {
    description:
      'The profile id for coordinators of the person’s own area; for others a reference valid on this need’s list only. Either is accepted by the list’s mutations.',
  })
  profileId!: string;
  @Field(() => String, { description: 'Differs per need, so that lists cannot be linked to one person.' }) pseudonym!: string;
  @Field(() => ID, { nullable: true, description: 'Set once a coordinator has acted on the suggestion.' }) candidateId!: string | null;
  @Field(() => CandidateSource) source!: CandidateSource;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => String, { nullable: true }) engineVersion!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) computedAt!: Date | null;
  @Field(() => MatchExplanationType, { nullable: true }) explanation!: MatchExplanationType | null;
  @Field(() => CoordinatorStatus, { nullable: true }) coordinatorStatus!: CoordinatorStatus | null;
  @Field(() => ShareRequestStateType, { nullable: true, description: 'The latest share request.' }) shareRequest!: ShareRequestStateType | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) presentedAt!: Date | null;
  @Field(() => EmployerStatus, { nullable: true }) employerStatus!: EmployerStatus | null;
  @Field(() => CandidacyClosureType, { nullable: true, description: 'How the candidacy ended; null while it is open.' }) closure!: CandidacyClosureType | null;
  @Field(() => [CandidacyProgressType], { description: 'Progress outcomes recorded on the candidacy (recordCandidacyProgress), oldest first.' })
  progress!: CandidacyProgressType[];
  /** Internal: for the gap-services field. */
  needId!: string;
  /** Internal: the real profile id, whatever profileId shows. */
  subjectProfileId!: string;
  /** Internal: whether gaps may name adjustments. */
  workAbilityDetails!: boolean;
}

@ObjectType('CandidateListEntryConnection', { description: "A page of a need's candidate list, best score first." })
export class CandidateListEntryConnection extends ConnectionType(CandidateListEntryType, 'CandidateListEntry') {}

@ObjectType()
export class CandidateIdentityType {
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
}

@ObjectType({
  description:
    'What an employer sees of a presented candidate: no name, contact or identifying free text; adjustment needs only with the jobseeker’s SHARE_ADJUSTMENT_NEEDS consent; identity only after an accepted share request for this need.',
})
export class CandidateCardType {
  @Field(() => ID, { description: 'This candidacy (need and person); not the same across needs.' }) candidateId!: string;
  @Field(() => String, { description: 'A neutral label such as "Ehdokas 2".' }) label!: string;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => [EscoConceptRef]) matchedSkills!: EscoConceptRef[];
  @Field(() => [EscoConceptRef]) missingSkills!: EscoConceptRef[];
  @Field(() => [EscoConceptRef]) occupations!: EscoConceptRef[];
  @Field(() => [ProfileLanguageType]) languages!: ProfileLanguageType[];
  @Field(() => [String]) drivingLicences!: string[];
  @Field(() => EducationLevel, { nullable: true }) educationLevel!: EducationLevel | null;
  @Field(() => Int, { nullable: true }) hoursMin!: number | null;
  @Field(() => Int, { nullable: true }) hoursMax!: number | null;
  @Field(() => Boolean) remoteOk!: boolean;
  @Field(() => [String], { description: 'Separable tasks carved out of the role for this person.' }) carvedOutTasks!: string[];
  @Field(() => [Adjustment], { nullable: true, description: 'Null unless the jobseeker consented to share adjustment needs.' })
  adjustmentsNeeded!: Adjustment[] | null;
  @Field(() => GraphQLISODateTime) presentedAt!: Date;
  @Field(() => EmployerStatus) employerStatus!: EmployerStatus;
  @Field(() => CandidateIdentityType, { nullable: true, description: 'Only after the jobseeker accepted a share request for this need.' })
  identity!: CandidateIdentityType | null;
  @Field(() => CandidacyClosureType, { nullable: true, description: 'How the candidacy ended; null while it is open.' }) closure!: CandidacyClosureType | null;
  @Field(() => [CandidacyProgressType], { description: 'Progress outcomes recorded on the candidacy (recordCandidacyProgress), oldest first.' })
  progress!: CandidacyProgressType[];
}

@ObjectType({ description: 'A request to the jobseeker to share their identity with one employer for one need.' })
export class MyShareRequestType {
  @Field(() => ID) id!: string;
  @Field(() => ShareRequestStatus) status!: ShareRequestStatus;
  @Field(() => GraphQLISODateTime) deadline!: Date;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => String, { description: 'With whom: the company.' }) companyName!: string;
  @Field(() => String) needTitle!: string;
  @Field(() => String, { nullable: true }) needMunicipalityCode!: string | null;
  @Field(() => [String], { description: 'What would be shared on acceptance.' }) wouldShare!: string[];
  @Field(() => GraphQLISODateTime) requestedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) answeredAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the candidate was presented to the employer (anonymised).' }) presentedAt!: Date | null;
  @Field(() => CandidacyClosureType, { nullable: true, description: 'How the candidacy ended; null while it is open.' }) closure!: CandidacyClosureType | null;
}

@ObjectType({ description: 'A contacted or presented candidate of a need of your areas with no closure yet.' })
export class AwaitingClosureType {
  @Field(() => ID) candidateId!: string;
  @Field(() => ID) needId!: string;
  @Field(() => String) needTitle!: string;
  @Field(() => String) companyName!: string;
  @Field(() => String, { description: 'As the need’s candidate list names the person.' }) pseudonym!: string;
  @Field(() => AwaitingClosureState) state!: AwaitingClosureState;
  @Field(() => EmployerStatus, { nullable: true }) employerStatus!: EmployerStatus | null;
  @Field(() => GraphQLISODateTime, { description: 'When the candidacy entered its state.' }) since!: Date;
  @Field(() => Int) daysWaiting!: number;
}

@ObjectType('AwaitingClosureConnection', { description: 'Candidacies waiting for a closure, longest-waiting first.' })
export class AwaitingClosureConnection extends ConnectionType(AwaitingClosureType, 'AwaitingClosure') {}

@ObjectType({ description: 'What would close the gaps of one match, where the work is.' })
export class MatchGapsType {
  @Field(() => [SuggestedServiceType]) services!: SuggestedServiceType[];
  @Field(() => [AdviceArticleType]) advice!: AdviceArticleType[];
}

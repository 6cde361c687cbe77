import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@ytmt/core';
import { CandidacyProgress, CoordinatorStatus, EmployerStatus } from '../candidate.enums';

/** What happened to a candidate on a need's list, as candidate_event records it. */
export enum CandidateEventKind {
  COORDINATOR_STATUS = 'COORDINATOR_STATUS',
  SHARE_REQUESTED = 'SHARE_REQUESTED',
  SHARE_ACCEPTED = 'SHARE_ACCEPTED',
  SHARE_DECLINED = 'SHARE_DECLINED',
  SHARE_CANCELLED = 'SHARE_CANCELLED',
  SHARE_EXPIRED = 'SHARE_EXPIRED',
  SHARE_REVOKED = 'SHARE_REVOKED',
  PRESENTED = 'PRESENTED',
  EMPLOYER_STATUS = 'EMPLOYER_STATUS',
  WITHDRAWN = 'WITHDRAWN',
  ERASED = 'ERASED',
  PROGRESS = 'PROGRESS',
}
registerEnumType(CandidateEventKind, {
  name: 'CandidateEventKind',
  description:
    'COORDINATOR_STATUS and EMPLOYER_STATUS carry the status set; SHARE_* are the steps of a share request; WITHDRAWN: the person withdrew MATCHING and left every list; ERASED: the person erased their profile; PROGRESS: a progress outcome was recorded (see progress).',
});

/** Who did it, by role: never the person's name or id. */
export enum CandidateEventActor {
  COORDINATOR = 'COORDINATOR',
  JOBSEEKER = 'JOBSEEKER',
  EMPLOYER = 'EMPLOYER',
  SYSTEM = 'SYSTEM',
}
registerEnumType(CandidateEventActor, { name: 'CandidateEventActor', description: 'The role that acted; SYSTEM for deadlines that passed.' });

@ObjectType({ description: "One step in a need's candidate list's history: what happened to whom, when, and by which role and organisation." })
export class CandidateEventType {
  @Field(() => ID) id!: string;
  @Field(() => CandidateEventKind) kind!: CandidateEventKind;
  @Field(() => GraphQLISODateTime) at!: Date;
  @Field(() => ID, {
    nullable: true,
    description:
      'As candidateList names the person: the profile id for coordinators of the person’s own area, else the reference valid on this list only; null once the person is no longer on the list (withdrew MATCHING or erased the profile).',
  })
  profileId!: string | null;
  @Field(() => String, { description: 'The person’s pseudonym on this list (as candidateList shows it); after an erasure, one that links to no one.' })
  pseudonym!: string;
  @Field(() => CandidateEventActor) actor!: CandidateEventActor;
  @Field(() => String, {
    nullable: true,
    description: 'The acting coordinator’s employment-area organisation, or the company for employer steps; null for the jobseeker, the system, or staff no longer in the list’s areas.',
  })
  actorOrganizationName!: string | null;
  @Field(() => Boolean, { description: 'The signed-in user took this step.' }) byYou!: boolean;
  @Field(() => CoordinatorStatus, { nullable: true, description: 'For COORDINATOR_STATUS.' }) coordinatorStatus!: CoordinatorStatus | null;
  @Field(() => EmployerStatus, { nullable: true, description: 'For EMPLOYER_STATUS.' }) employerStatus!: EmployerStatus | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'For SHARE_REQUESTED: the answer’s deadline as first set.' }) shareDeadline!: Date | null;
  @Field(() => CandidacyProgress, { nullable: true, description: 'For PROGRESS: the outcome recorded (by the employer or a coordinator).' }) progress!: CandidacyProgress | null;
}

@ObjectType('CandidateEventConnection', { description: "A page of a need's candidate list's history, newest first." })
export class CandidateEventConnection extends ConnectionType(CandidateEventType, 'CandidateEvent') {}

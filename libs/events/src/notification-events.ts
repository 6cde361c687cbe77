// The events that notify people, as written to the outbox by the libs where they happen. The
// notifications lib turns each into in-app notifications and e-mails for the right recipients,
// once per recipient however often the event is replayed.
import { OutboxMessage, QueueName } from '@ytmt/core';

export const NOTIFY_JOB = 'notify';

export enum NotificationType {
  /** A provider proposed a service to the employer's need (to the company's employer users). */
  PROPOSAL_RECEIVED = 'PROPOSAL_RECEIVED',
  /** The employer accepted or declined a proposal (to the provider user who proposed). */
  PROPOSAL_ANSWERED = 'PROPOSAL_ANSWERED',
  /** New strong matches for a need (to the coordinators of the company's area), one digest per need per hour at most. */
  STRONG_MATCHES = 'STRONG_MATCHES',
  /** A coordinator asks the jobseeker to share their identity with an employer (to the jobseeker). */
  SHARE_REQUEST = 'SHARE_REQUEST',
  /** The share request's deadline is near and it is still unanswered (to the jobseeker). */
  SHARE_REQUEST_REMINDER = 'SHARE_REQUEST_REMINDER',
  /** A submitted service was approved or rejected (to the provider's users). */
  SERVICE_MODERATED = 'SERVICE_MODERATED',
  /** A coordinator forwarded a need to a provider (to the provider's users). */
  NEED_FORWARDED = 'NEED_FORWARDED',
  /** A provider submitted a service for moderation (to those who may moderate it). */
  SERVICE_SUBMITTED = 'SERVICE_SUBMITTED',
  /** Coordinators moved a company to another employment area (to the staff of both areas). */
  COMPANY_TRANSFERRED = 'COMPANY_TRANSFERRED',
  /** A candidacy the jobseeker knew of ended by someone else's act: not selected, hired, need filled or closed, expired (to the jobseeker). */
  CANDIDACY_CLOSED = 'CANDIDACY_CLOSED',
}

/** A match at or above this score is "strong": coordinators hear of it (in an hourly digest at most). */
export const STRONG_MATCH_SCORE = 0.7;

/**
 * What a service moderation event is about: a status change of a new service (submitted,
 * decided), or a revision of a published one (proposed or replaced, decided).
 */
export type ServiceModerationSubject = { serviceChangeId: string; serviceRevisionId?: undefined } | { serviceRevisionId: string; serviceChangeId?: undefined };

/** What happened, by type; each names the record the notification is about. */
export type NotificationEvent =
  | { type: NotificationType.PROPOSAL_RECEIVED; proposalId: string }
  | { type: NotificationType.PROPOSAL_ANSWERED; proposalId: string }
  | { type: NotificationType.STRONG_MATCHES; needId: string }
  | { type: NotificationType.SHARE_REQUEST; shareRequestId: string }
  | { type: NotificationType.SHARE_REQUEST_REMINDER; shareRequestId: string }
  | ({ type: NotificationType.SERVICE_MODERATED; serviceId: string } & ServiceModerationSubject)
  | { type: NotificationType.NEED_FORWARDED; forwardId: string }
  | ({ type: NotificationType.SERVICE_SUBMITTED; serviceId: string } & ServiceModerationSubject)
  | { type: NotificationType.COMPANY_TRANSFERRED; transferId: string }
  | { type: NotificationType.CANDIDACY_CLOSED; candidateId: string };

export type NotifyJobData = NotificationEvent & Record<string, unknown>;

/** The outbox message for an event; add it in the transaction that makes the change. */
export function notificationMessage(
  event: NotificationEvent,
  options: { notBefore?: Date; dedupeKey?: string } = {},
): OutboxMessage<NotifyJobData> {
  return { queue: QueueName.NOTIFICATIONS, jobName: NOTIFY_JOB, data: event as NotifyJobData, notBefore: options.notBefore, dedupeKey: options.dedupeKey };
}

/**
 * One job id per share request's reminder, whoever enqueues it (the outbox at request time, or
 * the reconciler re-deriving it from PostgreSQL after Redis lost it): BullMQ keeps one.
 */
export const shareRequestReminderKey = (shareRequestId: string): string => `share-request-reminder:${shareRequestId}`;

/**
 * One notification per closure of a candidacy: a replayed job writes nothing twice, and a
 * candidacy reopened and closed again is a new closure (its time differs).
 */
export const candidacyClosedKey = (candidateId: string, closedAt: Date): string => `candidacy-closed:${candidateId}:${closedAt.getTime()}`;

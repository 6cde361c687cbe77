// Pure: checks a notify job's payload before any SQL runs with it.
import { NotificationEvent, NotificationType } from '@ytmt/events';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id fields each type must carry. */
const ID_FIELDS: Readonly<Record<NotificationType, readonly string[]>> = {
  [NotificationType.PROPOSAL_RECEIVED]: ['proposalId'],
  [NotificationType.PROPOSAL_ANSWERED]: ['proposalId'],
  [NotificationType.STRONG_MATCHES]: ['needId'],
  [NotificationType.SHARE_REQUEST]: ['shareRequestId'],
  [NotificationType.SHARE_REQUEST_REMINDER]: ['shareRequestId'],
  [NotificationType.SERVICE_MODERATED]: ['serviceId'],
  [NotificationType.NEED_FORWARDED]: ['forwardId'],
  [NotificationType.SERVICE_SUBMITTED]: ['serviceId'],
  [NotificationType.COMPANY_TRANSFERRED]: ['transferId'],
  [NotificationType.CANDIDACY_CLOSED]: ['candidateId'],
};

/** Types that name exactly one of these ids besides their fixed ones (a new service's status change, or a revision). */
const ONE_OF_FIELDS: Readonly<Partial<Record<NotificationType, readonly string[]>>> = {
  [NotificationType.SERVICE_MODERATED]: ['serviceChangeId', 'serviceRevisionId'],
  [NotificationType.SERVICE_SUBMITTED]: ['serviceChangeId', 'serviceRevisionId'],
};

/** The event, or why the payload is not one (a malformed job can never succeed: no retries). */
export function parseNotificationEvent(data: unknown): { event: NotificationEvent } | { problem: string } {
  if (typeof data !== 'object' || data === null) return { problem: 'the payload is not an object' };
  const record = data as Record<string, unknown>;
  const type = record['type'];
  if (typeof type !== 'string' || !(type in ID_FIELDS)) return { problem: `unknown notification type ${JSON.stringify(type)}` };
  const event: Record<string, string> = { type };
  for (const field of ID_FIELDS[type as NotificationType]) {
    const value = record[field];
    if (typeof value !== 'string' || !UUID.test(value)) return { problem: `${type} needs a uuid ${field} (got ${JSON.stringify(value)})` };
    event[field] = value;
  }
  const oneOf = ONE_OF_FIELDS[type as NotificationType];
  if (oneOf) {
    const present = oneOf.filter((field) => record[field] !== undefined);
    if (present.length !== 1) return { problem: `${type} needs exactly one of ${oneOf.join(', ')}` };
    const [field] = present;
    const value = record[field];
    if (typeof value !== 'string' || !UUID.test(value)) return { problem: `${type} needs a uuid ${field} (got ${JSON.stringify(value)})` };
    event[field] = value;
  }
  return { event: event as unknown as NotificationEvent };
}

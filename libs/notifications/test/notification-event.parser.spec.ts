import { NotificationType } from '@ytmt/events';
import { parseNotificationEvent } from '../src/notification-event.parser';

const ID = '0b8f7c1e-2f7e-4a55-9d0c-6c1d2b3a4f5e';

describe('parseNotificationEvent', () => {
  it('keeps the type and the ids it needs, nothing else', () => {
    expect(parseNotificationEvent({ type: 'PROPOSAL_RECEIVED', proposalId: ID, extra: 'x' })).toEqual({
      event: { type: NotificationType.PROPOSAL_RECEIVED, proposalId: ID },
    });
    expect(parseNotificationEvent({ type: 'SERVICE_MODERATED', serviceId: ID, serviceChangeId: ID })).toEqual({
      event: { type: NotificationType.SERVICE_MODERATED, serviceId: ID, serviceChangeId: ID },
    });
    expect(parseNotificationEvent({ type: 'SERVICE_SUBMITTED', serviceId: ID, serviceChangeId: ID })).toEqual({
      event: { type: NotificationType.SERVICE_SUBMITTED, serviceId: ID, serviceChangeId: ID },
    });
    expect(parseNotificationEvent({ type: 'SERVICE_SUBMITTED', serviceId: ID, serviceRevisionId: ID })).toEqual({
      event: { type: NotificationType.SERVICE_SUBMITTED, serviceId: ID, serviceRevisionId: ID },
    });
  });

  it('names what is wrong with a bad payload', () => {
    expect(parseNotificationEvent(null)).toEqual({ problem: 'the payload is not an object' });
    expect(parseNotificationEvent({ type: 'PARTY' })).toEqual({ problem: 'unknown notification type "PARTY"' });
    expect(parseNotificationEvent({ type: 'SERVICE_MODERATED', serviceId: ID })).toEqual({
      problem: 'SERVICE_MODERATED needs exactly one of serviceChangeId, serviceRevisionId',
    });
    expect(parseNotificationEvent({ type: 'SERVICE_SUBMITTED', serviceId: ID, serviceChangeId: ID, serviceRevisionId: ID })).toHaveProperty('problem');
    expect(parseNotificationEvent({ type: 'SERVICE_SUBMITTED', serviceId: ID, serviceRevisionId: 'x' })).toEqual({
      problem: 'SERVICE_SUBMITTED needs a uuid serviceRevisionId (got "x")',
    });
    expect(parseNotificationEvent({ type: 'NEED_FORWARDED', forwardId: "1' OR 1=1" })).toHaveProperty('problem');
    expect(parseNotificationEvent({ type: 'SERVICE_SUBMITTED', serviceChangeId: ID })).toEqual({
      problem: 'SERVICE_SUBMITTED needs a uuid serviceId (got undefined)',
    });
  });
});

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationEvent, NotificationType } from '@ytmt/events';
import { DataSource } from 'typeorm';
import { NotificationFactsReader } from './notification-facts.reader';
import {
  candidacyClosed,
  companyTransferred,
  needForwarded,
  PlannedNotification,
  proposalAnswered,
  proposalReceived,
  serviceModerated,
  serviceRevisionModerated,
  serviceRevisionSubmitted,
  serviceSubmitted,
  shareRequest,
  shareRequestReminder,
} from './notification-recipes';
import { DeliveryResult, NotificationWriter } from './notification.writer';
import { StrongMatchDigestResult, StrongMatchDigestService } from './strong-match-digest.service';

export type NotifyResult = DeliveryResult | StrongMatchDigestResult;

/**
 * Turns one outbox event into notifications: reads the facts afresh (the event only names the
 * record), applies the type's recipe and writes what is new. Safe to run any number of times.
 */
@Injectable()
export class NotificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facts: NotificationFactsReader,
    private readonly writer: NotificationWriter,
    private readonly digests: StrongMatchDigestService,
  ) {}

  async notify(event: NotificationEvent, jobId?: string): Promise<NotifyResult> {
    if (event.type === NotificationType.STRONG_MATCHES) return this.digests.run(event.needId, jobId);
    const planned = await this.plan(event, new Date());
    if (!planned || planned.recipients.length === 0) return { created: 0, mailed: 0 };
    return this.dataSource.transaction((manager) => this.writer.deliver(manager, planned));
  }

  private async plan(event: Exclude<NotificationEvent, { type: NotificationType.STRONG_MATCHES }>, now: Date): Promise<PlannedNotification | null> {
    switch (event.type) {
      case NotificationType.PROPOSAL_RECEIVED: {
        const facts = await this.facts.proposal(event.proposalId);
        return facts && proposalReceived(facts);
      }
      case NotificationType.PROPOSAL_ANSWERED: {
        const facts = await this.facts.proposal(event.proposalId);
        return facts && proposalAnswered(facts);
      }
      case NotificationType.SHARE_REQUEST: {
        const facts = await this.facts.shareRequest(event.shareRequestId);
        return facts && shareRequest(facts);
      }
      case NotificationType.SHARE_REQUEST_REMINDER: {
        const facts = await this.facts.shareRequest(event.shareRequestId);
        return facts && shareRequestReminder(facts, now);
      }
      case NotificationType.SERVICE_MODERATED: {
        if (event.serviceRevisionId !== undefined) {
          const revision = await this.facts.serviceRevision(event.serviceId, event.serviceRevisionId);
          return revision && serviceRevisionModerated(revision);
        }
        const facts = await this.facts.serviceModeration(event.serviceId, event.serviceChangeId);
        return facts && serviceModerated(facts);
      }
      case NotificationType.NEED_FORWARDED: {
        const facts = await this.facts.needForward(event.forwardId);
        return facts && needForwarded(facts);
      }
      case NotificationType.SERVICE_SUBMITTED: {
        if (event.serviceRevisionId !== undefined) {
          const revision = await this.facts.serviceRevision(event.serviceId, event.serviceRevisionId);
          return revision && serviceRevisionSubmitted(revision);
        }
        const facts = await this.facts.serviceSubmission(event.serviceId, event.serviceChangeId);
        return facts && serviceSubmitted(facts);
      }
      case NotificationType.COMPANY_TRANSFERRED: {
        const facts = await this.facts.companyTransfer(event.transferId);
        return facts && companyTransferred(facts);
      }
      case NotificationType.CANDIDACY_CLOSED: {
        const facts = await this.facts.candidacyClosed(event.candidateId);
        return facts && candidacyClosed(facts);
      }
    }
  }
}

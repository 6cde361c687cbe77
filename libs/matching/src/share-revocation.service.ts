import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, Principal } from '@ytmt/core';
import { ProfileService } from '@ytmt/talent';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { CandidacyClosures } from './candidacy-closures.service';
import { CandidacyOutcome, ShareRequestStatus } from './candidate.enums';
import { CandidateEvent } from './entities/candidate-event.entity';
import { ShareRequest } from './entities/share-request.entity';
import { MatchingErrorCode, MatchingException } from './matching.exception';

/**
 * The jobseeker takes back an identity they shared: the employer's card loses the identity at
 * once (cards check for an ACCEPTED request on every read), and the card itself goes unless the
 * person still allows an anonymised one. The audit log keeps every earlier view of the identity.
 */
@Injectable()
export class ShareRevocationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfileService,
    private readonly audit: AuditService,
    private readonly closures: CandidacyClosures,
  ) {}

  async revoke(principal: Principal, id: string): Promise<void> {
    if (!isUUID(id)) throw MatchingException.field(MatchingErrorCode.SHARE_REQUEST_NOT_FOUND, 'id', 'no such share request');
    const mine = await this.profiles.getMine(principal);
    await this.dataSource.transaction(async (manager) => {
      const request = await manager.getRepository(ShareRequest).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      // Someone else's request answers as a missing one: ids of others' requests reveal nothing.
      if (!request || !mine || request.profileId !== mine.profile.id) {
        throw MatchingException.field(MatchingErrorCode.SHARE_REQUEST_NOT_FOUND, 'id', 'no such share request');
      }
      if (request.status !== ShareRequestStatus.ACCEPTED) {
        throw MatchingException.field(MatchingErrorCode.SHARE_REQUEST_CLOSED, 'id', `only an accepted request can be revoked; this one is ${request.status}`);
      }
      await manager.getRepository(ShareRequest).update(id, { status: ShareRequestStatus.REVOKED });
      await manager.getRepository(CandidateEvent).insert({ candidateId: request.candidateId, kind: 'SHARE_REVOKED', value: null, byUserId: principal.userId });
      await this.closures.close(manager, [request.candidateId], CandidacyOutcome.REVOKED, principal.userId);
      await this.audit.record(
        { actorUserId: principal.userId, action: 'share_request.revoke', resourceType: 'jobseeker_profile', resourceId: mine.profile.id, details: { shareRequestId: id } },
        manager,
      );
    });
  }
}

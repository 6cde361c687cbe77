import { Injectable, Optional } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CandidacyClosures } from './candidacy-closures.service';
import { CandidacyOutcome } from './candidate.enums';

/** Takes a profile off every candidate list and out of every employer view (MATCHING withdrawn). */
@Injectable()
export class CandidateWithdrawal {
  /** Optional so that the matcher can be built without the closures in tests; Nest always injects it. */
  constructor(@Optional() private readonly closures?: CandidacyClosures) {}

  async withdrawProfile(manager: EntityManager, profileId: string): Promise<number> {
    // TypeORM answers UPDATE … RETURNING with [rows, affected count].
    const [withdrawn]: [{ id: string }[], number] = await manager.query(
      `UPDATE candidate SET withdrawn_at = now(), updated_at = now() WHERE profile_id = $1 AND withdrawn_at IS NULL RETURNING id`,
      [profileId],
    );
    if (withdrawn.length === 0) return 0;
    const ids = withdrawn.map((row) => row.id);
    // A request whose deadline has already passed expired; the expiry sweep records it as such,
    // whichever of the two runs first.
    await manager.query(
      `UPDATE share_request SET status = 'CANCELLED', answered_at = now()
        WHERE candidate_id = ANY($1::uuid[]) AND status = 'REQUESTED' AND deadline > now()`,
      [ids],
    );
    await manager.query(
      `INSERT INTO candidate_event (candidate_id, kind, value) SELECT unnest($1::uuid[]), 'WITHDRAWN', 'MATCHING consent withdrawn'`,
      [ids],
    );
    // The jobseeker's own act: their candidacies end as WITHDRAWN, without a notice.
    await this.closures?.close(manager, ids, CandidacyOutcome.WITHDRAWN, null);
    return ids.length;
  }
}

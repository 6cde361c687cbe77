import 'reflect-metadata';
import { DataSource, QueryRunner } from 'typeorm';
import { OutboxService } from '@ytmt/core';
import { MatchNeedReader } from '@ytmt/needs';
import { EscoConceptsReader } from '@ytmt/skills';
import { MatchProfileReader } from '@ytmt/talent';
import { eventually, useTestDataSource } from '@ytmt/test-kit';
import { CandidateWithdrawal } from '../src/candidate-withdrawal.service';
import { MatchDataReader } from '../src/match-data.reader';
import { MatchResultStore } from '../src/match-result.store';
import { MatcherService } from '../src/matcher.service';

// The nightly rematch's last step: needs closed since their last run keep no suggestions, except
// the pairs a coordinator has put on the candidate list; a need reopened meanwhile keeps what its
// own match job writes after the reopen.
describe('rematch of closed needs', () => {
  const database = useTestDataSource({ maxConnections: 6 });
  let dataSource: DataSource;
  let matcher: MatcherService;
  let onList: string;
  let suggested: string;
  let fresh: string;

  const insertNeed = async (title: string, stage: string): Promise<string> => {
    const [{ id }]: { id: string }[] = await dataSource.query(
      `INSERT INTO need (organization_id, kinds, title, description, municipality_code, stage)
       SELECT id, '{RECRUITMENT}', $1, $1, '398', $2::need_stage FROM organization WHERE name = 'Lahden Konepaja Oy' RETURNING id`,
      [title, stage],
    );
    return id;
  };
  /** Two suggestions for the need, one of them on its candidate list. */
  const suggest = async (needId: string): Promise<void> => {
    await dataSource.query(
      `INSERT INTO match_result (need_id, profile_id, score, explanation, engine_version, computed_at)
       SELECT $1, unnest($2::uuid[]), 0.8, '{}', 'test', now()`,
      [needId, [onList, suggested]],
    );
    await dataSource.query(`INSERT INTO candidate (need_id, profile_id, source) VALUES ($1, $2, 'ADDED')`, [needId, onList]);
  };
  const suggestedFor = async (needId: string): Promise<string[]> =>
    (await dataSource.query('SELECT profile_id FROM match_result WHERE need_id = $1 ORDER BY profile_id', [needId])).map((row: { profile_id: string }) => row.profile_id);
  /** Sessions of this database waiting for a lock while running a statement that starts so. */
  const waitingOnLock = async (statement: string): Promise<boolean> => {
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE $1`,
      [`${statement}%`],
    );
    return n > 0;
  };

  beforeAll(async () => {
    dataSource = database.dataSource;
    const reader = new MatchDataReader(new MatchNeedReader(dataSource), new MatchProfileReader(dataSource), new EscoConceptsReader(dataSource));
    matcher = new MatcherService(dataSource, reader, new MatchResultStore(dataSource, new OutboxService()), new CandidateWithdrawal());
    [{ id: onList }, { id: suggested }, { id: fresh }] = await dataSource.query(
      `INSERT INTO jobseeker_profile (pseudonym) VALUES ('Ehdokas A'), ('Ehdokas B'), ('Ehdokas C') RETURNING id`,
    );
  });

  it('drops the suggestions of a closed need and keeps those on its candidate list', async () => {
    const closed = await insertNeed('Hitsaaja konepajaan', 'CLOSED');
    const filled = await insertNeed('Trukinkuljettaja', 'FILLED');
    await suggest(closed);
    await suggest(filled);
    await matcher.rematchAll();
    expect(await suggestedFor(closed)).toEqual([onList]);
    expect(await suggestedFor(filled)).toEqual([onList]);
  });

  it('makes a reopen wait until the closed need has been cleared, so that its fresh results stay', async () => {
    const needId = await insertNeed('Varastotyöntekijä keräilyyn', 'CLOSED');
    await suggest(needId);
    // Something else holds the need's results: the cleanup stops at its delete, the need reported closed.
    const blocker: QueryRunner = dataSource.createQueryRunner();
    await blocker.connect();
    try {
      await blocker.startTransaction();
      await blocker.query('SELECT 1 FROM match_result WHERE need_id = $1 FOR UPDATE', [needId]);
      const rematch = matcher.rematchAll();
      await eventually(() => waitingOnLock('DELETE FROM match_result WHERE need_id = ANY'));

      // The employer reopens the need and its match job stores a fresh result, in one transaction.
      let reopened = false;
      const reopen = dataSource
        .transaction(async (manager) => {
          await manager.query(`UPDATE need SET stage = 'DESCRIBED' WHERE id = $1`, [needId]);
          await manager.query(
            `INSERT INTO match_result (need_id, profile_id, score, explanation, engine_version, computed_at) VALUES ($1, $2, 0.9, '{}', 'test', now())`,
            [needId, fresh],
          );
        })
        .then(() => (reopened = true));
      await eventually(() => waitingOnLock('UPDATE need SET stage'));
      expect(reopened).toBe(false);

      await blocker.rollbackTransaction();
      await rematch;
      await reopen;
    } finally {
      if (blocker.isTransactionActive) await blocker.rollbackTransaction();
      await blocker.release();
    }
    // The cleanup went first: the pair on the list stays, and what the reopen wrote is not undone.
    expect(await suggestedFor(needId)).toEqual([onList, fresh].sort());
  });
});

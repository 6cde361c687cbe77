import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { useTestDataSource } from '@ytmt/test-kit';
import { MatchNeedReader } from '../src/readers/match-need.reader';

// Which needs the matcher no longer works on, and the lock that keeps a reopen waiting while
// the caller acts on their being closed.
describe('MatchNeedReader.closedAmong', () => {
  const database = useTestDataSource({ maxConnections: 4 });
  let dataSource: DataSource;
  let reader: MatchNeedReader;
  const needs: Record<'open' | 'closed' | 'filled' | 'notRecruiting', string> = { open: '', closed: '', filled: '', notRecruiting: '' };
  const missing = 'ffffffff-ffff-4fff-bfff-ffffffffffff';

  const insertNeed = async (title: string, kinds: string, stage: string): Promise<string> => {
    const [{ id }]: { id: string }[] = await dataSource.query(
      `INSERT INTO need (organization_id, kinds, title, description, municipality_code, stage)
       SELECT id, $2::need_kind[], $1, $1, '398', $3::need_stage FROM organization WHERE name = 'Lahden Konepaja Oy' RETURNING id`,
      [title, kinds, stage],
    );
    return id;
  };
  const stageOf = async (id: string): Promise<string> => (await dataSource.query('SELECT stage FROM need WHERE id = $1', [id]))[0].stage;
  /** Moves the need in a transaction of its own that waits at most 200 ms for the need's row. */
  const move = (id: string, stage: string): Promise<void> =>
    dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL lock_timeout = '200ms'`);
      await manager.query('UPDATE need SET stage = $2::need_stage WHERE id = $1', [id, stage]);
    });
  const LOCK_NOT_AVAILABLE = { driverError: expect.objectContaining({ code: '55P03' }) };

  beforeAll(async () => {
    dataSource = database.dataSource;
    reader = new MatchNeedReader(dataSource);
    needs.open = await insertNeed('Varastotyöntekijä keräilyyn', '{RECRUITMENT}', 'DESCRIBED');
    needs.closed = await insertNeed('Hitsaaja konepajaan', '{RECRUITMENT}', 'CLOSED');
    needs.filled = await insertNeed('Trukinkuljettaja', '{RECRUITMENT}', 'FILLED');
    needs.notRecruiting = await insertNeed('Työhyvinvointikoulutus', '{COMPETENCE_DEVELOPMENT}', 'DESCRIBED');
  });

  it('reports the needs that exist and are filled, closed or not recruiting', async () => {
    const closed = await reader.closedAmong([needs.open, needs.closed, needs.filled, needs.notRecruiting, missing]);
    expect([...closed].sort()).toEqual([needs.closed, needs.filled, needs.notRecruiting].sort());
    expect(await reader.closedAmong([])).toEqual([]);
  });

  it('without the lock, holds no need', async () => {
    await dataSource.transaction(async (manager) => {
      expect(await reader.closedAmong([needs.closed], manager)).toEqual([needs.closed]);
      await move(needs.closed, 'CLOSED');
    });
  });

  it("with the lock, holds the needs it reports until the caller's transaction ends, and leaves open needs free", async () => {
    const holder = dataSource.createQueryRunner();
    await holder.connect();
    try {
      await holder.startTransaction();
      expect(await reader.closedAmong([needs.open, needs.closed], holder.manager, { lock: true })).toEqual([needs.closed]);
      // The open need was not reported and is not held; the closed one is, until the holder commits.
      await move(needs.open, 'DESCRIBED');
      await expect(move(needs.closed, 'DESCRIBED')).rejects.toMatchObject(LOCK_NOT_AVAILABLE);
      expect(await stageOf(needs.closed)).toBe('CLOSED');
      await holder.commitTransaction();
      await move(needs.closed, 'DESCRIBED');
      expect(await stageOf(needs.closed)).toBe('DESCRIBED');
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
  });
});

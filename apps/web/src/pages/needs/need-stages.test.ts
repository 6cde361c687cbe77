import { describe, expect, it } from 'vitest';
import { BOARD_STAGES, canClose, compareStages, groupByStage, historyNewestFirst, nextStage, stageProgress } from './need-stages';

describe('the 6T path of a need', () => {
  it('moves forward one stage at a time from identified to filled', () => {
    expect(nextStage('IDENTIFIED')).toBe('SPECIFIED');
    expect(nextStage('SPECIFIED')).toBe('DESCRIBED');
    expect(nextStage('DESCRIBED')).toBe('PACKAGED');
    expect(nextStage('PACKAGED')).toBe('OFFERED');
    expect(nextStage('OFFERED')).toBe('FILLED');
  });

  it('ends at filled and at closed: no next stage, nothing to close', () => {
    expect(nextStage('FILLED')).toBeNull();
    expect(nextStage('CLOSED')).toBeNull();
    expect(canClose('FILLED')).toBe(false);
    expect(canClose('CLOSED')).toBe(false);
    expect(canClose('OFFERED')).toBe(true);
  });

  it('orders the board along the path with closed needs last', () => {
    expect(BOARD_STAGES).toEqual(['IDENTIFIED', 'SPECIFIED', 'DESCRIBED', 'PACKAGED', 'OFFERED', 'FILLED', 'CLOSED']);
    expect(['CLOSED', 'OFFERED', 'IDENTIFIED', 'FILLED'].sort((a, b) => compareStages(a as never, b as never))).toEqual([
      'IDENTIFIED',
      'OFFERED',
      'FILLED',
      'CLOSED',
    ]);
  });

  it('puts every need in its column and keeps empty columns', () => {
    const needs = [
      { id: 'a', stage: 'OFFERED' as const },
      { id: 'b', stage: 'IDENTIFIED' as const },
      { id: 'c', stage: 'OFFERED' as const },
    ];
    const columns = groupByStage(needs);
    expect(columns.map((c) => c.stage)).toEqual(BOARD_STAGES);
    expect(columns.find((c) => c.stage === 'OFFERED')?.needs.map((n) => n.id)).toEqual(['a', 'c']);
    expect(columns.find((c) => c.stage === 'CLOSED')?.needs).toEqual([]);
  });
});

describe('the 6T progress indicator', () => {
  const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T09:00:00.000Z`;

  it('marks reached steps done with their time, the stage current and the rest upcoming', () => {
    const steps = stageProgress('DESCRIBED', [
      { stage: 'IDENTIFIED', at: at(1) },
      { stage: 'SPECIFIED', at: at(3) },
      { stage: 'DESCRIBED', at: at(5) },
    ]);
    expect(steps).toEqual([
      { stage: 'IDENTIFIED', state: 'done', at: at(1) },
      { stage: 'SPECIFIED', state: 'done', at: at(3) },
      { stage: 'DESCRIBED', state: 'current', at: at(5) },
      { stage: 'PACKAGED', state: 'upcoming' },
      { stage: 'OFFERED', state: 'upcoming' },
      { stage: 'FILLED', state: 'upcoming' },
    ]);
  });

  it('shows steps jumped over (an accepted proposal packages the need at once) as skipped', () => {
    const steps = stageProgress('PACKAGED', [
      { stage: 'IDENTIFIED', at: at(1) },
      { stage: 'PACKAGED', at: at(2) },
    ]);
    expect(steps.map((s) => s.state)).toEqual(['done', 'skipped', 'skipped', 'current', 'upcoming', 'upcoming']);
  });

  it('shows a closed need as far as it got, then closed as the current step', () => {
    const steps = stageProgress('CLOSED', [
      { stage: 'IDENTIFIED', at: at(1) },
      { stage: 'SPECIFIED', at: at(2) },
      { stage: 'CLOSED', at: at(9) },
    ]);
    expect(steps.map((s) => `${s.stage}:${s.state}`)).toEqual([
      'IDENTIFIED:done',
      'SPECIFIED:done',
      'DESCRIBED:notReached',
      'PACKAGED:notReached',
      'OFFERED:notReached',
      'FILLED:notReached',
      'CLOSED:current',
    ]);
    expect(steps.at(-1)?.at).toBe(at(9));
  });

  it('lists the history newest first', () => {
    const history = [
      { stage: 'IDENTIFIED', at: at(1) },
      { stage: 'OFFERED', at: at(7) },
      { stage: 'PACKAGED', at: at(4) },
    ];
    expect(historyNewestFirst(history).map((h) => h.stage)).toEqual(['OFFERED', 'PACKAGED', 'IDENTIFIED']);
  });
});

import { describe, expect, it } from 'vitest';
import { reasonCount, reasonToSend } from '../needs/closure-reason';
import { closesKnownCandidacy } from './candidate-closure';

describe('ending a candidacy from the candidate list', () => {
  it('asks for a reason only when a closing status ends a candidacy the person knows of and is still open', () => {
    const asked = { shareRequest: { status: 'REQUESTED' } };
    const presented = { presentedAt: '2027-01-02T08:00:00Z' };
    expect(closesKnownCandidacy(asked, 'NOT_INTERESTED')).toBe(true);
    expect(closesKnownCandidacy(presented, 'NOT_RELEVANT')).toBe(true);
    expect(closesKnownCandidacy(asked, 'RELEVANT')).toBe(false);
    expect(closesKnownCandidacy(asked, 'CONTACTED')).toBe(false);
    expect(closesKnownCandidacy({}, 'NOT_RELEVANT')).toBe(false);
    expect(closesKnownCandidacy({ ...presented, closure: { outcome: 'NEED_FILLED' } }, 'NOT_RELEVANT')).toBe(false);
  });

  it('counts against the limit of 300 as the API does and sends blanks as no reason', () => {
    expect(reasonCount('Äänestää kyllä')).toEqual({ used: 14, left: 286, tooLong: false });
    expect(reasonCount('x'.repeat(301))).toEqual({ used: 301, left: 0, tooLong: true });
    expect(reasonToSend('  Valitsimme toisen.  ')).toBe('Valitsimme toisen.');
    expect(reasonToSend('   ')).toBeNull();
  });
});

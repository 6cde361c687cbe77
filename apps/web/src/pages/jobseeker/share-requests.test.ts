import { describe, expect, it } from 'vitest';
import { loadResources } from '../../shared/i18n/all-resources';
import { LANGUAGES } from '../../shared/i18n/i18n';
import { candidacyStanding, exportFileName, exportSummary, sharedFieldKey, splitShareRequests, type CandidacyFacts } from './share-requests';

const OUTCOMES = ['DECLINED', 'EXPIRED', 'CANCELLED', 'REVOKED', 'WITHDRAWN', 'NOT_SELECTED', 'HIRED', 'NEED_FILLED', 'NEED_CLOSED'] as const;

function facts(overrides: Partial<CandidacyFacts> = {}): CandidacyFacts {
  return { status: 'ACCEPTED', deadline: '2026-12-20T10:00:00Z', requestedAt: '2026-12-01T08:00:00Z', answeredAt: '2026-12-02T08:00:00Z', presentedAt: null, closure: null, ...overrides };
}

describe('share requests', () => {
  it('names the shared fields the API gives in Finnish by translation keys', () => {
    expect(['Etunimi', 'Sukunimi', 'Sähköposti', 'Puhelin'].map(sharedFieldKey)).toEqual(['firstName', 'lastName', 'email', 'phone']);
    expect(sharedFieldKey('Osoite')).toBeNull();
  });

  it('puts open candidacies first — waiting for an answer by soonest deadline, then the rest newest first — and ended ones newest end first', () => {
    const requests = [
      { id: 'a', status: 'ACCEPTED' as const, deadline: '2026-12-20T00:00:00Z', requestedAt: '2026-12-01T00:00:00Z' },
      { id: 'b', status: 'REQUESTED' as const, deadline: '2026-12-30T00:00:00Z', requestedAt: '2026-12-02T00:00:00Z' },
      { id: 'c', status: 'REQUESTED' as const, deadline: '2026-12-10T00:00:00Z', requestedAt: '2026-12-03T00:00:00Z' },
      { id: 'd', status: 'EXPIRED' as const, deadline: '2026-12-05T00:00:00Z', requestedAt: '2026-12-04T00:00:00Z' },
      { id: 'e', status: 'ACCEPTED' as const, deadline: '2026-12-05T00:00:00Z', requestedAt: '2026-11-01T00:00:00Z', closure: { outcome: 'NEED_FILLED' as const, at: '2026-12-06T00:00:00Z', reason: null } },
      { id: 'f', status: 'ACCEPTED' as const, deadline: '2026-12-05T00:00:00Z', requestedAt: '2026-12-04T00:00:00Z', presentedAt: '2026-12-05T00:00:00Z' },
    ];
    const { open, closed } = splitShareRequests(requests);
    expect(open.map((r) => r.id)).toEqual(['c', 'b', 'f', 'a']);
    expect(closed.map((r) => r.id)).toEqual(['e', 'd']);
  });

  it('says whose turn an open candidacy is: the person’s, the coordinator’s after sharing, or the employer’s after presenting', () => {
    expect(candidacyStanding(facts({ status: 'REQUESTED', answeredAt: null }))).toEqual({ open: true, stage: 'WAITING_ANSWER', date: '2026-12-20T10:00:00Z' });
    expect(candidacyStanding(facts())).toEqual({ open: true, stage: 'SHARED', date: '2026-12-02T08:00:00Z' });
    expect(candidacyStanding(facts({ presentedAt: '2026-12-04T08:00:00Z' }))).toEqual({ open: true, stage: 'PRESENTED', date: '2026-12-04T08:00:00Z' });
  });

  it.each(OUTCOMES)('ends a candidacy closed as %s with the closure’s date and its reason, blank reasons left out', (outcome) => {
    const standing = candidacyStanding(facts({ presentedAt: '2026-12-04T08:00:00Z', closure: { outcome, at: '2026-12-06T09:00:00Z', reason: '  Valitsimme toisen hakijan.  ' } }));
    expect(standing).toEqual({ open: false, outcome, date: '2026-12-06T09:00:00Z', reason: 'Valitsimme toisen hakijan.' });
    expect(candidacyStanding(facts({ closure: { outcome, at: '2026-12-06T09:00:00Z', reason: '   ' } }))).toMatchObject({ reason: null });
  });

  it('ends a request that ended before closures existed by its own status', () => {
    expect(candidacyStanding(facts({ status: 'EXPIRED', answeredAt: null }))).toEqual({ open: false, outcome: 'EXPIRED', date: '2026-12-20T10:00:00Z', reason: null });
    expect(candidacyStanding(facts({ status: 'DECLINED' }))).toEqual({ open: false, outcome: 'DECLINED', date: '2026-12-02T08:00:00Z', reason: null });
    expect(candidacyStanding(facts({ status: 'CANCELLED', answeredAt: null }))).toEqual({ open: false, outcome: 'CANCELLED', date: null, reason: null });
  });

  it.each(LANGUAGES)('words every stage and outcome with and without a date in %s', (language) => {
    const dictionary = loadResources()[language]['jobseeker'] as {
      shareRequests: { stage: Record<string, { label: string; text: string }>; outcome: Record<string, { label: string; text: string; undated: string }> };
    };
    for (const stage of ['WAITING_ANSWER', 'SHARED', 'PRESENTED']) {
      expect({ stage, label: Boolean(dictionary.shareRequests.stage[stage]?.label), text: Boolean(dictionary.shareRequests.stage[stage]?.text) }).toEqual({ stage, label: true, text: true });
    }
    for (const outcome of OUTCOMES) {
      const words = dictionary.shareRequests.outcome[outcome];
      expect({ outcome, label: Boolean(words?.label), dated: words?.text.includes('{{date}}'), undated: Boolean(words?.undated) && !words.undated.includes('{{date}}') }).toEqual({
        outcome,
        label: true,
        dated: true,
        undated: true,
      });
    }
  });

  it('names the download by the day', () => {
    expect(exportFileName('ytmt-omat-tiedot', new Date(2026, 0, 5, 10))).toBe('ytmt-omat-tiedot-2026-01-05.json');
  });

  it('counts what the export holds, and gives up on text that is not JSON', () => {
    expect(exportSummary(JSON.stringify({ shareRequests: [{}, {}], candidacies: [{}], accessLog: [] }))).toEqual({ shareRequests: 2, candidacies: 1, accessLog: 0 });
    expect(exportSummary('not json')).toBeNull();
  });
});

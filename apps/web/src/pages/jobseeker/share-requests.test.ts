import { describe, expect, it } from 'vitest';
import { exportFileName, exportSummary, sharedFieldKey, splitShareRequests } from './share-requests';

describe('share requests', () => {
  it('names the shared fields the API gives in Finnish by translation keys', () => {
    expect(['Etunimi', 'Sukunimi', 'Sähköposti', 'Puhelin'].map(sharedFieldKey)).toEqual(['firstName', 'lastName', 'email', 'phone']);
    expect(sharedFieldKey('Osoite')).toBeNull();
  });

  it('puts the requests waiting for an answer first, soonest deadline first, and the rest newest first', () => {
    const requests = [
      { id: 'a', status: 'ACCEPTED' as const, deadline: '2026-12-20T00:00:00Z', requestedAt: '2026-12-01T00:00:00Z' },
      { id: 'b', status: 'REQUESTED' as const, deadline: '2026-12-30T00:00:00Z', requestedAt: '2026-12-02T00:00:00Z' },
      { id: 'c', status: 'REQUESTED' as const, deadline: '2026-12-10T00:00:00Z', requestedAt: '2026-12-03T00:00:00Z' },
      { id: 'd', status: 'EXPIRED' as const, deadline: '2026-12-05T00:00:00Z', requestedAt: '2026-12-04T00:00:00Z' },
    ];
    const { open, closed } = splitShareRequests(requests);
    expect(open.map((r) => r.id)).toEqual(['c', 'b']);
    expect(closed.map((r) => r.id)).toEqual(['d', 'a']);
  });

  it('names the download by the day', () => {
    expect(exportFileName('ytmt-omat-tiedot', new Date(2026, 0, 5, 10))).toBe('ytmt-omat-tiedot-2026-01-05.json');
  });

  it('counts what the export holds, and gives up on text that is not JSON', () => {
    expect(exportSummary(JSON.stringify({ shareRequests: [{}, {}], candidacies: [{}], accessLog: [] }))).toEqual({ shareRequests: 2, candidacies: 1, accessLog: 0 });
    expect(exportSummary('not json')).toBeNull();
  });
});

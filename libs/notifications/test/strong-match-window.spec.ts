import { deferredDigestJobKey, digestTiming, STRONG_MATCH_DIGEST_WINDOW_MS } from '../src/strong-match-window';

describe('strong-match digest window', () => {
  const last = new Date('2027-03-05T10:00:00Z');

  it('allows a digest at once when none was made, or the last is an hour old', () => {
    expect(STRONG_MATCH_DIGEST_WINDOW_MS).toBe(3_600_000);
    expect(digestTiming(null, last)).toEqual({ kind: 'now' });
    expect(digestTiming(last, new Date('2027-03-05T11:00:00Z'))).toEqual({ kind: 'now' });
  });

  it('defers to the end of the hour inside it', () => {
    expect(digestTiming(last, new Date('2027-03-05T10:59:59Z'))).toEqual({ kind: 'later', notBefore: new Date('2027-03-05T11:00:00Z') });
  });

  it('gives every event of one window the same deferred job key, and another window another', () => {
    const end = new Date('2027-03-05T11:00:00Z');
    expect(deferredDigestJobKey('n', end)).toBe(deferredDigestJobKey('n', new Date(end.getTime())));
    expect(deferredDigestJobKey('n', end)).not.toBe(deferredDigestJobKey('n', new Date('2027-03-05T12:00:00Z')));
    expect(deferredDigestJobKey('n', end)).not.toBe(deferredDigestJobKey('m', end));
  });
});

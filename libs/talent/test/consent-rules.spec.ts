import { activeScopes, expiryProblem, isConsentActive } from '../src/consent-rules';
import { ConsentScope } from '../src/talent.enums';

const now = new Date('2026-11-22T12:00:00Z');

describe('consent rules', () => {
  it('counts a consent only while granted, unexpired and not withdrawn', () => {
    const granted = { scope: ConsentScope.MATCHING, grantedAt: new Date('2026-11-01'), expiresAt: null, withdrawnAt: null };
    expect(isConsentActive(granted, now)).toBe(true);
    expect(isConsentActive({ ...granted, withdrawnAt: new Date('2026-11-10') }, now)).toBe(false);
    expect(isConsentActive({ ...granted, expiresAt: new Date('2026-11-22T11:59:59Z') }, now)).toBe(false);
    expect(isConsentActive({ ...granted, expiresAt: new Date('2026-12-01') }, now)).toBe(true);
    expect(isConsentActive(undefined, now)).toBe(false);
  });

  it('collects the active scopes', () => {
    const scopes = activeScopes(
      [
        { scope: ConsentScope.MATCHING, grantedAt: now, expiresAt: null, withdrawnAt: null },
        { scope: ConsentScope.ANONYMOUS_VISIBILITY, grantedAt: now, expiresAt: null, withdrawnAt: now },
      ],
      now,
    );
    expect([...scopes]).toEqual([ConsentScope.MATCHING]);
  });

  it('refuses expiries in the past', () => {
    expect(expiryProblem(new Date('2026-01-01'), now)).toBe('must be in the future');
    expect(expiryProblem(new Date('2027-01-01'), now)).toBeNull();
    expect(expiryProblem(null, now)).toBeNull();
  });
});

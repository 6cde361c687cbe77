import { NotificationType } from '@ytmt/events';
import { CandidacyClosedFacts, candidacyClosed, linkPath } from '../src/notification-recipes';

const facts = (overrides: Partial<CandidacyClosedFacts> = {}): CandidacyClosedFacts => ({
  candidateId: 'c1',
  needId: 'n1',
  needTitle: 'Koneistaja',
  companyName: 'Lahden Konepaja Oy',
  closedAt: new Date('2027-03-05T12:00:00Z'),
  outcome: 'NOT_SELECTED',
  reason: 'Valitsimme kokeneemman hakijan.',
  known: true,
  jobseekerUserId: 'u1',
  ...overrides,
});

describe('candidacyClosed', () => {
  it('tells the jobseeker the company, the need, the outcome and the reason, once per closure', () => {
    const planned = candidacyClosed(facts());
    expect(planned?.recipients).toEqual(['u1']);
    expect(planned?.draft).toMatchObject({ type: NotificationType.CANDIDACY_CLOSED, eventKey: `candidacy-closed:c1:${Date.parse('2027-03-05T12:00:00Z')}`, subject: { needId: 'n1' } });
    expect(planned?.draft.title).toContain('Lahden Konepaja Oy');
    expect(planned?.draft.body).toContain('Koneistaja');
    expect(planned?.draft.body).toContain('Perustelu: Valitsimme kokeneemman hakijan.');
    expect(linkPath(NotificationType.CANDIDACY_CLOSED, {})).toBe('/jobseeker/share-requests');
  });

  it('says nothing of a reopened candidacy, of one the person never heard of, or of their own acts', () => {
    expect(candidacyClosed(facts({ closedAt: null }))).toBeNull();
    expect(candidacyClosed(facts({ known: false }))).toBeNull();
    for (const outcome of ['DECLINED', 'REVOKED', 'WITHDRAWN']) expect(candidacyClosed(facts({ outcome }))).toBeNull();
  });

  it('has a sentence for every outcome someone else brings about', () => {
    for (const outcome of ['EXPIRED', 'CANCELLED', 'NOT_SELECTED', 'HIRED', 'NEED_FILLED', 'NEED_CLOSED']) {
      expect(candidacyClosed(facts({ outcome, reason: null }))?.draft.body).toMatch(/Koneistaja/);
    }
  });
});

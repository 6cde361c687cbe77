import { NotificationType } from '@ytmt/events';
import {
  companyTransferred,
  formatFinnishDateTime,
  linkPath,
  needForwarded,
  oneLine,
  ProposalFacts,
  proposalAnswered,
  proposalReceived,
  serviceModerated,
  serviceRevisionModerated,
  serviceRevisionSubmitted,
  ServiceRevisionFacts,
  ServiceSubmissionFacts,
  serviceSubmitted,
  ShareRequestFacts,
  shareRequest,
  shareRequestReminder,
  strongMatches,
} from '../src/notification-recipes';

const proposal = (overrides: Partial<ProposalFacts> = {}): ProposalFacts => ({
  proposalId: '11111111-1111-4111-8111-111111111111',
  needId: '22222222-2222-4222-8222-222222222222',
  needTitle: 'Hitsaaja konepajaan',
  companyName: 'Lahden Konepaja Oy',
  serviceId: '33333333-3333-4333-8333-333333333333',
  serviceName: 'Rekrytointikoulutus hitsaajille',
  providerName: 'Päijät-Hämeen Työvalmennussäätiö sr',
  status: 'OPEN',
  message: 'Koulutamme kolme hitsaajaa kevään aikana.',
  answerReason: null,
  proposedByUserId: 'paula',
  employerUserIds: ['timo', 'essi', 'timo'],
  providerUserIds: ['paula', 'pekka'],
  ...overrides,
});

const request = (overrides: Partial<ShareRequestFacts> = {}): ShareRequestFacts => ({
  shareRequestId: '44444444-4444-4444-8444-444444444444',
  status: 'REQUESTED',
  deadline: new Date('2027-03-05T12:05:00Z'),
  message: 'Sopisiko tämä sinulle?',
  needId: '22222222-2222-4222-8222-222222222222',
  needTitle: 'Hitsaaja konepajaan',
  companyName: 'Lahden Konepaja Oy',
  jobseekerUserId: 'jari',
  ...overrides,
});

const submission = (overrides: Partial<ServiceSubmissionFacts> = {}): ServiceSubmissionFacts => ({
  serviceId: '55555555-5555-4555-8555-555555555555',
  serviceChangeId: '66666666-6666-4666-8666-666666666666',
  serviceName: 'Työhönvalmennus osatyökykyisille',
  providerName: 'Päijät-Hämeen Työvalmennussäätiö sr',
  movedTo: 'SUBMITTED',
  currentStatus: 'SUBMITTED',
  latestStatusChange: true,
  isNational: false,
  platformAdminUserIds: ['pia'],
  areaModeratorUserIds: ['kaisa', 'aleksi', 'kaisa'],
  ...overrides,
});

const revision = (overrides: Partial<ServiceRevisionFacts> = {}): ServiceRevisionFacts => ({
  serviceId: '55555555-5555-4555-8555-555555555555',
  serviceRevisionId: '66666666-6666-4666-8666-666666666666',
  serviceName: 'Työhönvalmennus',
  proposedName: 'Työhönvalmennus osatyökykyisille',
  providerName: 'Lahden Työpajayhdistys ry',
  status: 'PENDING',
  contentDigest: 'c0ffee',
  rejectionReason: null,
  isNational: false,
  platformAdminUserIds: ['pia'],
  areaModeratorUserIds: ['kaisa', 'aino', 'kaisa'],
  providerUserIds: ['pekka', 'paula'],
  ...overrides,
});

describe('notification recipes', () => {
  it('tells every employer user of a new open proposal, once each, in Finnish', () => {
    const planned = proposalReceived(proposal());
    expect(planned?.recipients).toEqual(['timo', 'essi']);
    expect(planned?.draft).toMatchObject({
      type: NotificationType.PROPOSAL_RECEIVED,
      eventKey: 'proposal-received:11111111-1111-4111-8111-111111111111',
      title: 'Uusi palvelutarjous tarpeeseen Hitsaaja konepajaan',
      subject: { needId: proposal().needId, proposalId: proposal().proposalId, serviceId: proposal().serviceId },
    });
    expect(planned?.draft.body).toContain('Päijät-Hämeen Työvalmennussäätiö sr tarjoaa palvelua ”Rekrytointikoulutus hitsaajille”');
    expect(planned?.draft.body).toContain('Koulutamme kolme hitsaajaa');
  });

  it('says nothing of a proposal withdrawn or answered before the job ran', () => {
    expect(proposalReceived(proposal({ status: 'WITHDRAWN' }))).toBeNull();
    expect(proposalReceived(proposal({ status: 'ACCEPTED' }))).toBeNull();
  });

  it('tells the proposer of the answer, with the reason; the provider’s users when the proposer has left', () => {
    const accepted = proposalAnswered(proposal({ status: 'ACCEPTED' }));
    expect(accepted?.recipients).toEqual(['paula']);
    expect(accepted?.draft.title).toBe('Tarjouksesi hyväksyttiin: Rekrytointikoulutus hitsaajille');
    const declined = proposalAnswered(proposal({ status: 'DECLINED', answerReason: 'Valitsimme oppisopimuksen.', proposedByUserId: 'former' }));
    expect(declined?.recipients).toEqual(['paula', 'pekka']);
    expect(declined?.draft.title).toBe('Tarjoustasi ei hyväksytty: Rekrytointikoulutus hitsaajille');
    expect(declined?.draft.body).toContain('Perustelu: Valitsimme oppisopimuksen.');
    expect(proposalAnswered(proposal({ status: 'OPEN' }))).toBeNull();
  });

  it('asks the jobseeker with the deadline in Finnish time, and says sharing is voluntary', () => {
    const planned = shareRequest(request());
    expect(planned?.recipients).toEqual(['jari']);
    expect(planned?.draft.body).toContain('Vastaa 5.3.2027 klo 14.05 mennessä.');
    expect(planned?.draft.body).toContain('vapaaehtoista');
    expect(planned?.draft.body).toContain('Sopisiko tämä sinulle?');
    expect(shareRequest(request({ jobseekerUserId: null }))?.recipients).toEqual([]);
    expect(shareRequest(request({ status: 'CANCELLED' }))).toBeNull();
  });

  it('reminds only while the request is unanswered and its deadline ahead', () => {
    const before = new Date('2027-03-04T12:05:00Z');
    expect(shareRequestReminder(request(), before)?.draft.eventKey).toBe('share-request-reminder:44444444-4444-4444-8444-444444444444');
    expect(shareRequestReminder(request({ status: 'ACCEPTED' }), before)).toBeNull();
    expect(shareRequestReminder(request({ status: 'DECLINED' }), before)).toBeNull();
    expect(shareRequestReminder(request(), new Date('2027-03-05T12:05:00Z'))).toBeNull();
  });

  it('reports a moderation decision with the rejection reason while it stands', () => {
    const facts = { serviceId: 's', serviceChangeId: 'c', serviceName: 'Työhönvalmennus', rejectionReason: 'Kuvaus puuttuu.', providerUserIds: ['paula'] };
    expect(serviceModerated({ ...facts, outcome: 'PUBLISHED', currentStatus: 'PUBLISHED' })?.draft.title).toBe('Palvelusi julkaistiin: Työhönvalmennus');
    const rejected = serviceModerated({ ...facts, outcome: 'REJECTED', currentStatus: 'REJECTED' });
    expect(rejected?.draft.title).toBe('Palveluasi ei hyväksytty: Työhönvalmennus');
    expect(rejected?.draft.body).toContain('Perustelu: Kuvaus puuttuu.');
    expect(rejected?.draft.eventKey).toBe('service-moderated:c');
    expect(serviceModerated({ ...facts, outcome: 'REJECTED', currentStatus: 'SUBMITTED' })?.draft.body).not.toContain('Perustelu');
    expect(serviceModerated({ ...facts, outcome: 'ARCHIVED', currentStatus: 'ARCHIVED' })).toBeNull();
  });

  it('asks the coordinators and area admins of the covered areas to moderate a regional service, in the app', () => {
    const planned = serviceSubmitted(submission());
    expect(planned?.recipients).toEqual(['kaisa', 'aleksi']);
    expect(planned?.draft).toEqual({
      type: NotificationType.SERVICE_SUBMITTED,
      eventKey: 'service-submitted:66666666-6666-4666-8666-666666666666',
      title: 'Tarkastettava palvelu: Työhönvalmennus osatyökykyisille',
      body: expect.stringContaining('Päijät-Hämeen Työvalmennussäätiö sr lähetti palvelun ”Työhönvalmennus osatyökykyisille” tarkastettavaksi.'),
      subject: { serviceId: '55555555-5555-4555-8555-555555555555' },
    });
    expect(planned?.draft.body).toContain('Hyväksy palvelu julkaistavaksi tai hylkää se perustellen.');
    // No covered area has moderators: the platform admins, who may moderate any service, hear of it.
    expect(serviceSubmitted(submission({ areaModeratorUserIds: [] }))?.recipients).toEqual(['pia']);
  });

  it('asks only the platform admins to moderate a national service', () => {
    const planned = serviceSubmitted(submission({ isNational: true }));
    expect(planned?.recipients).toEqual(['pia']);
    expect(planned?.draft.body).toContain('lähetti valtakunnallisen palvelun ”Työhönvalmennus osatyökykyisille”');
  });

  it('says nothing of a submission decided, archived or resubmitted before the job ran', () => {
    expect(serviceSubmitted(submission({ currentStatus: 'PUBLISHED' }))).toBeNull();
    expect(serviceSubmitted(submission({ currentStatus: 'REJECTED' }))).toBeNull();
    // Rejected and submitted again: the later submission's own event tells the moderators.
    expect(serviceSubmitted(submission({ latestStatusChange: false }))).toBeNull();
    // A change that was no submission at all.
    expect(serviceSubmitted(submission({ movedTo: 'PUBLISHED' }))).toBeNull();
  });

  it('asks the areas that have not approved yet to moderate an edit of a published service, once per content', () => {
    const planned = serviceRevisionSubmitted(revision());
    expect(planned?.recipients).toEqual(['kaisa', 'aino']);
    expect(planned?.draft).toMatchObject({
      type: NotificationType.SERVICE_SUBMITTED,
      eventKey: 'service-revision-submitted:66666666-6666-4666-8666-666666666666:c0ffee',
      title: 'Palvelun muutos odottaa tarkastusta: Työhönvalmennus osatyökykyisille',
      subject: { serviceId: '55555555-5555-4555-8555-555555555555' },
    });
    expect(planned?.draft.body).toContain('Lahden Työpajayhdistys ry ehdottaa muutosta julkaistuun palveluun ”Työhönvalmennus”.');
    // Replaced with other content: a new notice, since the approvals were dropped.
    expect(serviceRevisionSubmitted(revision({ contentDigest: 'beef' }))?.draft.eventKey).not.toBe(planned?.draft.eventKey);
    // National: the platform admins decide; so too when no area of the proposed version has moderators.
    expect(serviceRevisionSubmitted(revision({ isNational: true }))?.recipients).toEqual(['pia']);
    expect(serviceRevisionSubmitted(revision({ isNational: true }))?.draft.body).toContain('muutettu palvelu on valtakunnallinen');
    expect(serviceRevisionSubmitted(revision({ areaModeratorUserIds: [] }))?.recipients).toEqual(['pia']);
  });

  it('says nothing of a revision decided or withdrawn before the job ran', () => {
    for (const status of ['APPROVED', 'REJECTED', 'WITHDRAWN']) expect(serviceRevisionSubmitted(revision({ status }))).toBeNull();
  });

  it('tells the provider’s users of a decided revision, with the reason of a rejection, once per revision', () => {
    const approved = serviceRevisionModerated(revision({ status: 'APPROVED', serviceName: 'Työhönvalmennus osatyökykyisille' }));
    expect(approved?.recipients).toEqual(['pekka', 'paula']);
    expect(approved?.draft).toMatchObject({
      type: NotificationType.SERVICE_MODERATED,
      eventKey: 'service-revision-moderated:66666666-6666-4666-8666-666666666666',
      title: 'Palvelusi muutos hyväksyttiin: Työhönvalmennus osatyökykyisille',
      subject: { serviceId: '55555555-5555-4555-8555-555555555555' },
    });
    expect(approved?.draft.body).not.toContain('Perustelu');
    const rejected = serviceRevisionModerated(revision({ status: 'REJECTED', rejectionReason: '  Kuvaus ei vastaa palvelua.  ' }));
    expect(rejected?.draft.title).toBe('Palvelusi muutosta ei hyväksytty: Työhönvalmennus');
    expect(rejected?.draft.body).toContain('Perustelu: Kuvaus ei vastaa palvelua.');
    expect(serviceRevisionModerated(revision({ status: 'PENDING' }))).toBeNull();
    expect(serviceRevisionModerated(revision({ status: 'WITHDRAWN' }))).toBeNull();
  });

  it('forwards a need to the provider’s users with the coordinator’s note', () => {
    const planned = needForwarded({ forwardId: 'f', needId: 'n', needTitle: 'Varastotyöntekijä', companyName: 'Äänekosken Varastologistiikka Oy', message: 'Katsokaa tämä.', providerUserIds: ['pekka'] });
    expect(planned.recipients).toEqual(['pekka']);
    expect(planned.draft.body).toContain('Koordinaattorin viesti:\nKatsokaa tämä.');
  });

  it('tells the staff of both areas of a company transfer, with the reason, once each', () => {
    const planned = companyTransferred({
      transferId: 't',
      companyId: 'c',
      companyName: 'Lahden Puuvalmiste Oy',
      fromMunicipalityName: 'Lahti',
      toMunicipalityName: 'Helsinki',
      fromAreaName: 'Lahden työllisyysalue',
      toAreaName: null,
      reason: 'Pääkonttori muuttaa Helsinkiin.',
      staffUserIds: ['kaisa', 'harri', 'kaisa'],
    });
    expect(planned.recipients).toEqual(['kaisa', 'harri']);
    expect(planned.draft).toMatchObject({ type: NotificationType.COMPANY_TRANSFERRED, eventKey: 'company-transferred:t', subject: { companyId: 'c' } });
    expect(planned.draft.body).toContain('Lahti (Lahden työllisyysalue) → Helsinki');
    expect(planned.draft.body).toContain('Pääkonttori muuttaa Helsinkiin.');
  });

  it('counts the strong matches of a digest in Finnish, singular and plural', () => {
    const facts = { digestId: 'd', needId: 'n', needTitle: 'Hitsaaja', companyName: 'Lahden Konepaja Oy', bestScore: 0.8249, coordinatorUserIds: ['kaisa'] };
    expect(strongMatches({ ...facts, matchCount: 1 })?.draft.title).toBe('1 uusi vahva ehdokas: Hitsaaja');
    const two = strongMatches({ ...facts, matchCount: 2 });
    expect(two?.draft.title).toBe('2 uutta vahvaa ehdokasta: Hitsaaja');
    expect(two?.draft.body).toContain('2 uutta vahvaa osumaa (paras osuvuus 82 %)');
    expect(two?.draft.eventKey).toBe('strong-matches:d');
    expect(strongMatches({ ...facts, matchCount: 0 })).toBeNull();
  });

  it('keeps titles on one bounded line and quotes bounded', () => {
    expect(oneLine('Rivi\nja\ttoinen  ')).toBe('Rivi ja toinen');
    expect(oneLine('x'.repeat(500))).toHaveLength(160);
    const long = proposalReceived(proposal({ message: 'a'.repeat(2000) }));
    expect(long?.draft.body.length).toBeLessThan(900);
  });

  it('links each type to its page', () => {
    expect(linkPath(NotificationType.PROPOSAL_RECEIVED, { needId: 'n' })).toBe('/needs/n');
    expect(linkPath(NotificationType.PROPOSAL_ANSWERED, { proposalId: 'p' })).toBe('/provider/proposals');
    expect(linkPath(NotificationType.STRONG_MATCHES, { needId: 'n' })).toBe('/coordinator/needs/n/candidates');
    expect(linkPath(NotificationType.SHARE_REQUEST_REMINDER, { shareRequestId: 'r' })).toBe('/jobseeker/share-requests');
    expect(linkPath(NotificationType.SERVICE_MODERATED, { serviceId: 's' })).toBe('/provider/services/s');
    expect(linkPath(NotificationType.SERVICE_SUBMITTED, { serviceId: 's' })).toBe('/coordinator/moderation');
  });

  it('formats dates in Finnish time across daylight saving', () => {
    expect(formatFinnishDateTime(new Date('2027-01-15T06:00:00Z'))).toBe('15.1.2027 klo 08.00');
    expect(formatFinnishDateTime(new Date('2027-07-01T21:30:00Z'))).toBe('2.7.2027 klo 00.30');
  });
});

// Pure: who hears of an event and what they read, in Finnish. The facts come from
// notification-facts.reader.ts; nothing here touches the database, the queue or the mail.
import { candidacyClosedKey, NotificationType } from '@ytmt/events';

/** One notification as every recipient of an event gets it. */
export interface NotificationDraft {
  type: NotificationType;
  /** Unique per user: the same event never makes a second notification, however often replayed. */
  eventKey: string;
  title: string;
  body: string;
  /** What the notification is about, for the client to link to. */
  subject: NotificationSubject;
}

export interface NotificationSubject {
  needId?: string;
  proposalId?: string;
  serviceId?: string;
  shareRequestId?: string;
  forwardId?: string;
  digestId?: string;
  companyId?: string;
}

export interface PlannedNotification {
  recipients: string[];
  draft: NotificationDraft;
}

export interface ProposalFacts {
  proposalId: string;
  needId: string;
  needTitle: string;
  companyName: string;
  serviceId: string;
  serviceName: string;
  providerName: string;
  status: string;
  message: string;
  answerReason: string | null;
  proposedByUserId: string | null;
  /** EMPLOYER_USER members of the need's company. */
  employerUserIds: string[];
  /** PROVIDER_USER members of the proposing organisation. */
  providerUserIds: string[];
}

export interface ShareRequestFacts {
  shareRequestId: string;
  status: string;
  deadline: Date;
  message: string | null;
  needId: string;
  needTitle: string;
  companyName: string;
  /** The jobseeker's own account; null when the profile has none yet (nobody to notify). */
  jobseekerUserId: string | null;
}

export interface CandidacyClosedFacts {
  candidateId: string;
  needId: string;
  needTitle: string;
  companyName: string;
  /** Null while the candidacy is open (reopened before the job ran). */
  closedAt: Date | null;
  outcome: string | null;
  reason: string | null;
  /** The jobseeker heard of the candidacy (a share request or a presentation). */
  known: boolean;
  /** The jobseeker's own account; null when the profile has none (nobody to notify). */
  jobseekerUserId: string | null;
}

export interface ServiceModerationFacts {
  serviceId: string;
  serviceChangeId: string;
  serviceName: string;
  /** The status the change moved the service to. */
  outcome: string;
  currentStatus: string;
  rejectionReason: string | null;
  providerUserIds: string[];
}

export interface ServiceSubmissionFacts {
  serviceId: string;
  serviceChangeId: string;
  serviceName: string;
  providerName: string;
  /** The status the change moved the service to. */
  movedTo: string;
  currentStatus: string;
  /** False once another status change (a decision, an archiving, a resubmission) has followed this one. */
  latestStatusChange: boolean;
  isNational: boolean;
  /** PLATFORM_ADMIN members: the moderators of national services. */
  platformAdminUserIds: string[];
  /**
   * COORDINATOR and AREA_ADMIN members of the employment-area organisations of the areas the
   * service covers, directly or through a covered municipality: the moderators of regional services.
   */
  areaModeratorUserIds: string[];
}

export interface ServiceRevisionFacts {
  serviceId: string;
  serviceRevisionId: string;
  /** The live name (for a decided revision: the name after the decision). */
  serviceName: string;
  /** The name the revision proposes. */
  proposedName: string;
  providerName: string;
  /** PENDING, APPROVED, REJECTED or WITHDRAWN. */
  status: string;
  /** Changes whenever the pending revision is replaced with other content: one submission notice per content. */
  contentDigest: string;
  rejectionReason: string | null;
  /** The proposed version covers the whole country: platform admins decide it. */
  isNational: boolean;
  platformAdminUserIds: string[];
  /** COORDINATOR and AREA_ADMIN members of the areas the proposed version covers that have not approved yet. */
  areaModeratorUserIds: string[];
  providerUserIds: string[];
}

export interface NeedForwardFacts {
  forwardId: string;
  needId: string;
  needTitle: string;
  companyName: string;
  message: string | null;
  providerUserIds: string[];
}

export interface CompanyTransferFacts {
  transferId: string;
  companyId: string;
  companyName: string;
  fromMunicipalityName: string;
  toMunicipalityName: string;
  fromAreaName: string | null;
  toAreaName: string | null;
  reason: string;
  /** COORDINATOR and AREA_ADMIN members of the employment-area organisations of both areas. */
  staffUserIds: string[];
}

export interface StrongMatchDigestFacts {
  digestId: string;
  needId: string;
  needTitle: string;
  companyName: string;
  matchCount: number;
  bestScore: number;
  /** COORDINATOR members of the employment-area organisation of the company's home area. */
  coordinatorUserIds: string[];
}

const TITLE_MAX = 160;
const QUOTE_MAX = 600;

/** Titles become mail subjects: one line, bounded. */
export function oneLine(text: string, max = TITLE_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Free text written by someone else (a provider's pitch, a coordinator's note), bounded. */
function quote(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  return trimmed.length <= QUOTE_MAX ? trimmed : `${trimmed.slice(0, QUOTE_MAX - 1).trimEnd()}…`;
}

function paragraphs(...parts: (string | null | undefined | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n\n');
}

const unique = (ids: readonly (string | null | undefined)[]): string[] => [...new Set(ids.filter((id): id is string => !!id))];

/** "5.3.2027 klo 14.05", in Finnish time. */
export function formatFinnishDateTime(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Helsinki',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${Number(part('day'))}.${Number(part('month'))}.${part('year')} klo ${part('hour')}.${part('minute')}`;
}

/**
 * The page of the web app a notification opens (apps/web's routes for the role that receives it);
 * the mail carries it as an address under PUBLIC_URL.
 */
export function linkPath(type: NotificationType, subject: NotificationSubject): string {
  switch (type) {
    case NotificationType.PROPOSAL_RECEIVED:
      return `/needs/${subject.needId ?? ''}`;
    case NotificationType.NEED_FORWARDED:
      return '/provider/needs';
    case NotificationType.PROPOSAL_ANSWERED:
      return '/provider/proposals';
    case NotificationType.STRONG_MATCHES:
      return `/coordinator/needs/${subject.needId ?? ''}/candidates`;
    case NotificationType.SHARE_REQUEST:
    case NotificationType.SHARE_REQUEST_REMINDER:
    case NotificationType.CANDIDACY_CLOSED:
      return '/jobseeker/share-requests';
    case NotificationType.SERVICE_MODERATED:
      return `/provider/services/${subject.serviceId ?? ''}`;
    case NotificationType.SERVICE_SUBMITTED:
      // A new service or an edit of a published one: the queue shows both.
      return '/coordinator/moderation';
    case NotificationType.COMPANY_TRANSFERRED:
      return `/coordinator/companies/${subject.companyId ?? ''}`;
  }
}

/** A new proposal while it is still open, to every employer user of the company. */
export function proposalReceived(facts: ProposalFacts): PlannedNotification | null {
  // Withdrawn or already answered before the job ran: the employer has nothing left to react to.
  if (facts.status !== 'OPEN') return null;
  return {
    recipients: unique(facts.employerUserIds),
    draft: {
      type: NotificationType.PROPOSAL_RECEIVED,
      eventKey: `proposal-received:${facts.proposalId}`,
      title: oneLine(`Uusi palvelutarjous tarpeeseen ${facts.needTitle}`),
      body: paragraphs(
        `${facts.providerName} tarjoaa palvelua ”${facts.serviceName}” tarpeeseenne ”${facts.needTitle}”.`,
        quote(facts.message) && `Tarjoajan viesti:\n${quote(facts.message)}`,
        'Voit hyväksyä tai hylätä tarjouksen tarpeen sivulla.',
      ),
      subject: { needId: facts.needId, proposalId: facts.proposalId, serviceId: facts.serviceId },
    },
  };
}

/** The employer's answer, to the provider user who proposed (or the provider's users when they have left). */
export function proposalAnswered(facts: ProposalFacts): PlannedNotification | null {
  const accepted = facts.status === 'ACCEPTED';
  if (!accepted && facts.status !== 'DECLINED') return null;
  const proposer = facts.proposedByUserId && facts.providerUserIds.includes(facts.proposedByUserId) ? [facts.proposedByUserId] : null;
  return {
    recipients: unique(proposer ?? facts.providerUserIds),
    draft: {
      type: NotificationType.PROPOSAL_ANSWERED,
      eventKey: `proposal-answered:${facts.proposalId}`,
      title: oneLine(accepted ? `Tarjouksesi hyväksyttiin: ${facts.serviceName}` : `Tarjoustasi ei hyväksytty: ${facts.serviceName}`),
      body: paragraphs(
        accepted
          ? `${facts.companyName} hyväksyi tarjouksenne palvelusta ”${facts.serviceName}” tarpeeseen ”${facts.needTitle}”. Sopikaa jatkosta yrityksen kanssa.`
          : `${facts.companyName} ei hyväksynyt tarjoustanne palvelusta ”${facts.serviceName}” tarpeeseen ”${facts.needTitle}”.`,
        quote(facts.answerReason) && `Perustelu: ${quote(facts.answerReason)}`,
      ),
      subject: { needId: facts.needId, proposalId: facts.proposalId, serviceId: facts.serviceId },
    },
  };
}

const VOLUNTARY = 'Tietojen jakaminen on vapaaehtoista, eikä kieltäytyminen vaikuta työttömyysetuuksiisi tai palveluihisi.';

/** A share request while it is open, to the jobseeker's own account. */
export function shareRequest(facts: ShareRequestFacts): PlannedNotification | null {
  if (facts.status !== 'REQUESTED') return null;
  const deadline = formatFinnishDateTime(facts.deadline);
  return {
    recipients: unique([facts.jobseekerUserId]),
    draft: {
      type: NotificationType.SHARE_REQUEST,
      eventKey: `share-request:${facts.shareRequestId}`,
      title: oneLine(`Jakopyyntö: ${facts.companyName} – ${facts.needTitle}`),
      body: paragraphs(
        `Työllisyyspalveluiden yrityskoordinaattori kysyy, saako nimesi ja yhteystietosi jakaa työnantajalle ${facts.companyName} tehtävää ”${facts.needTitle}” varten.`,
        quote(facts.message) && `Koordinaattorin viesti:\n${quote(facts.message)}`,
        `Vastaa ${deadline} mennessä. ${VOLUNTARY}`,
      ),
      subject: { needId: facts.needId, shareRequestId: facts.shareRequestId },
    },
  };
}

/** The reminder before the deadline: only while the request is unanswered and still open. */
export function shareRequestReminder(facts: ShareRequestFacts, now: Date): PlannedNotification | null {
  if (facts.status !== 'REQUESTED' || facts.deadline.getTime() <= now.getTime()) return null;
  const deadline = formatFinnishDateTime(facts.deadline);
  return {
    recipients: unique([facts.jobseekerUserId]),
    draft: {
      type: NotificationType.SHARE_REQUEST_REMINDER,
      eventKey: `share-request-reminder:${facts.shareRequestId}`,
      title: oneLine(`Muistutus: jakopyyntö päättyy ${deadline}`),
      body: paragraphs(
        `Et ole vielä vastannut jakopyyntöön, jossa kysytään nimesi ja yhteystietojesi jakamista työnantajalle ${facts.companyName} tehtävää ”${facts.needTitle}” varten.`,
        `Pyyntö päättyy ${deadline}. Jos et vastaa, tietojasi ei jaeta. ${VOLUNTARY}`,
      ),
      subject: { needId: facts.needId, shareRequestId: facts.shareRequestId },
    },
  };
}

/** A moderation decision, to the provider organisation's users. */
export function serviceModerated(facts: ServiceModerationFacts): PlannedNotification | null {
  const approved = facts.outcome === 'PUBLISHED';
  if (!approved && facts.outcome !== 'REJECTED') return null;
  // The reason is the service's current one: shown only while the rejection still stands.
  const reason = !approved && facts.currentStatus === 'REJECTED' ? quote(facts.rejectionReason) : null;
  return {
    recipients: unique(facts.providerUserIds),
    draft: {
      type: NotificationType.SERVICE_MODERATED,
      eventKey: `service-moderated:${facts.serviceChangeId}`,
      title: oneLine(approved ? `Palvelusi julkaistiin: ${facts.serviceName}` : `Palveluasi ei hyväksytty: ${facts.serviceName}`),
      body: approved
        ? `Palvelu ”${facts.serviceName}” on hyväksytty ja näkyy nyt Y-TMT:n palveluhaussa.`
        : paragraphs(
            `Palvelua ”${facts.serviceName}” ei hyväksytty julkaistavaksi.`,
            reason && `Perustelu: ${reason}`,
            'Voit muokata palvelua ja lähettää sen uudelleen tarkastettavaksi.',
          ),
      subject: { serviceId: facts.serviceId },
    },
  };
}

/**
 * A service waiting for moderation, to those CataloguePolicy.canModerate names: the platform admins
 * for a national service; for a regional one the coordinators and area admins of the areas it
 * covers. Platform admins may moderate regional services too, but hear only of national ones.
 */
export function serviceSubmitted(facts: ServiceSubmissionFacts): PlannedNotification | null {
  // Decided, archived or resubmitted before the job ran: this submission waits for no one any more.
  if (facts.movedTo !== 'SUBMITTED' || facts.currentStatus !== 'SUBMITTED' || !facts.latestStatusChange) return null;
  return {
    // Platform admins may moderate any service: they hear of regional ones no area moderator would.
    recipients: unique(facts.isNational || facts.areaModeratorUserIds.length === 0 ? facts.platformAdminUserIds : facts.areaModeratorUserIds),
    draft: {
      type: NotificationType.SERVICE_SUBMITTED,
      eventKey: `service-submitted:${facts.serviceChangeId}`,
      title: oneLine(`Tarkastettava palvelu: ${facts.serviceName}`),
      body: paragraphs(
        `${facts.providerName} lähetti ${facts.isNational ? 'valtakunnallisen ' : ''}palvelun ”${facts.serviceName}” tarkastettavaksi.`,
        'Hyväksy palvelu julkaistavaksi tai hylkää se perustellen. Palvelu näkyy palveluhaussa vasta, kun se on hyväksytty.',
      ),
      subject: { serviceId: facts.serviceId },
    },
  };
}

/**
 * An edit of a published service waiting for moderation (new or replaced), to those who still must
 * decide it: the areas of the proposed version that have not approved yet, or platform admins.
 */
export function serviceRevisionSubmitted(facts: ServiceRevisionFacts): PlannedNotification | null {
  // Decided or withdrawn before the job ran: nothing waits any more. A replacement with other
  // content has its own digest, so a stale job and the newer one make one notice between them.
  if (facts.status !== 'PENDING') return null;
  return {
    recipients: unique(facts.isNational || facts.areaModeratorUserIds.length === 0 ? facts.platformAdminUserIds : facts.areaModeratorUserIds),
    draft: {
      type: NotificationType.SERVICE_SUBMITTED,
      eventKey: `service-revision-submitted:${facts.serviceRevisionId}:${facts.contentDigest}`,
      title: oneLine(`Palvelun muutos odottaa tarkastusta: ${facts.proposedName}`),
      body: paragraphs(
        `${facts.providerName} ehdottaa muutosta julkaistuun palveluun ”${facts.serviceName}”${facts.isNational ? '; muutettu palvelu on valtakunnallinen' : ''}.`,
        'Hyväksy muutos tai hylkää se perustellen. Palveluhaussa näkyy julkaistu versio, kunnes muutos on hyväksytty.',
      ),
      subject: { serviceId: facts.serviceId },
    },
  };
}

/** The decision on a revision (applied or rejected), to the provider organisation's users. */
export function serviceRevisionModerated(facts: ServiceRevisionFacts): PlannedNotification | null {
  const approved = facts.status === 'APPROVED';
  if (!approved && facts.status !== 'REJECTED') return null;
  const reason = approved ? null : quote(facts.rejectionReason);
  return {
    recipients: unique(facts.providerUserIds),
    draft: {
      type: NotificationType.SERVICE_MODERATED,
      // A revision is decided once: one key per revision.
      eventKey: `service-revision-moderated:${facts.serviceRevisionId}`,
      title: oneLine(approved ? `Palvelusi muutos hyväksyttiin: ${facts.serviceName}` : `Palvelusi muutosta ei hyväksytty: ${facts.serviceName}`),
      body: approved
        ? `Palvelun ”${facts.serviceName}” muutos on hyväksytty ja näkyy nyt Y-TMT:n palveluhaussa.`
        : paragraphs(
            `Palvelun ”${facts.serviceName}” muutosta ei hyväksytty. Palveluhaussa näkyy edelleen aiempi versio.`,
            reason && `Perustelu: ${reason}`,
            'Voit muokata palvelua ja lähettää muutoksen uudelleen tarkastettavaksi.',
          ),
      subject: { serviceId: facts.serviceId },
    },
  };
}

/** A coordinator's hand-off of a need, to the provider organisation's users. */
export function needForwarded(facts: NeedForwardFacts): PlannedNotification {
  return {
    recipients: unique(facts.providerUserIds),
    draft: {
      type: NotificationType.NEED_FORWARDED,
      eventKey: `need-forwarded:${facts.forwardId}`,
      title: oneLine(`Yrityksen tarve välitettiin teille: ${facts.needTitle}`),
      body: paragraphs(
        `Yrityskoordinaattori välitti organisaatiollenne yrityksen ${facts.companyName} tarpeen ”${facts.needTitle}”.`,
        quote(facts.message) && `Koordinaattorin viesti:\n${quote(facts.message)}`,
        'Voit tarjota tarpeeseen palveluitanne.',
      ),
      subject: { needId: facts.needId, forwardId: facts.forwardId },
    },
  };
}

/** A company moved to another employment area, to the staff of the area it left and of its new one. */
export function companyTransferred(facts: CompanyTransferFacts): PlannedNotification {
  const from = facts.fromAreaName ? `${facts.fromMunicipalityName} (${facts.fromAreaName})` : facts.fromMunicipalityName;
  const to = facts.toAreaName ? `${facts.toMunicipalityName} (${facts.toAreaName})` : facts.toMunicipalityName;
  return {
    recipients: unique(facts.staffUserIds),
    draft: {
      type: NotificationType.COMPANY_TRANSFERRED,
      eventKey: `company-transferred:${facts.transferId}`,
      title: oneLine(`Yritys siirtyi toiselle alueelle: ${facts.companyName}`),
      body: paragraphs(
        `Yrityksen ${facts.companyName} kotikunta muuttui: ${from} → ${to}.`,
        quote(facts.reason) && `Perustelu:\n${quote(facts.reason)}`,
        'Asiakkuuden historia säilyy. Lähtöalue voi jatkaa yhteistyötä jakosopimuksella, jonka uuden kotialueen pääkäyttäjät voivat päättää.',
      ),
      subject: { companyId: facts.companyId },
    },
  };
}

/** One digest of new strong matches for a need, to the coordinators of the company's home area. */
export function strongMatches(facts: StrongMatchDigestFacts): PlannedNotification | null {
  if (facts.matchCount < 1) return null;
  const count = facts.matchCount;
  const best = Math.round(facts.bestScore * 100);
  return {
    recipients: unique(facts.coordinatorUserIds),
    draft: {
      type: NotificationType.STRONG_MATCHES,
      eventKey: `strong-matches:${facts.digestId}`,
      title: oneLine(count === 1 ? `1 uusi vahva ehdokas: ${facts.needTitle}` : `${count} uutta vahvaa ehdokasta: ${facts.needTitle}`),
      body: paragraphs(
        `Yrityksen ${facts.companyName} tarpeeseen ”${facts.needTitle}” löytyi ${count === 1 ? '1 uusi vahva osuma' : `${count} uutta vahvaa osumaa`} (paras osuvuus ${best} %).`,
        'Katso ehdokkaat ja perustelut ehdokaslistalta.',
      ),
      subject: { needId: facts.needId, digestId: facts.digestId },
    },
  };
}

/** What the jobseeker reads of each outcome someone else brought about; their own acts are not told back. */
const CLOSURE_SENTENCES: Readonly<Record<string, (company: string, need: string) => string>> = {
  EXPIRED: (company, need) => `Jakopyyntö tehtävään ”${need}” (${company}) päättyi, koska siihen ei vastattu määräaikaan mennessä. Tietojasi ei jaettu.`,
  CANCELLED: (company, need) => `Jakopyyntö tehtävään ”${need}” (${company}) peruttiin. Tietojasi ei jaettu.`,
  NOT_SELECTED: (company, need) => `Sinua ei valittu tehtävään ”${need}” (${company}).`,
  HIRED: (company, need) => `Sinut on valittu tehtävään ”${need}” (${company}). Onnittelut!`,
  NEED_FILLED: (company, need) => `Tehtävä ”${need}” (${company}) on täytetty, ja ehdokkuutesi siihen on päättynyt.`,
  NEED_CLOSED: (company, need) => `Tehtävän ”${need}” (${company}) haku on päättynyt, ja ehdokkuutesi siihen on päättynyt.`,
};

/**
 * A candidacy the jobseeker knew of ended by someone else's act, to the jobseeker's own account.
 * Names the company and the need, never the staff who acted.
 */
export function candidacyClosed(facts: CandidacyClosedFacts): PlannedNotification | null {
  const sentence = facts.outcome ? CLOSURE_SENTENCES[facts.outcome] : undefined;
  if (!facts.closedAt || !sentence || !facts.known) return null;
  return {
    recipients: unique([facts.jobseekerUserId]),
    draft: {
      type: NotificationType.CANDIDACY_CLOSED,
      eventKey: candidacyClosedKey(facts.candidateId, facts.closedAt),
      title: oneLine(facts.outcome === 'HIRED' ? `Sinut valittiin: ${facts.companyName} – ${facts.needTitle}` : `Ehdokkuutesi päättyi: ${facts.companyName} – ${facts.needTitle}`),
      body: paragraphs(
        sentence(facts.companyName, facts.needTitle),
        quote(facts.reason) && `Perustelu: ${quote(facts.reason)}`,
        facts.outcome === 'HIRED' ? null : 'Profiilisi on edelleen mukana muissa tehtävissä, joihin se sopii.',
      ),
      subject: { needId: facts.needId },
    },
  };
}

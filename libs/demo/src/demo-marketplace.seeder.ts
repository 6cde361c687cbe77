import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationEvent } from '@ytmt/events';
import { ForwardService, ProposalService, ProposalStatus } from '@ytmt/marketplace';
import { ProviderNeedAccessReader } from '@ytmt/needs';
import { NotificationService } from '@ytmt/notifications';
import { DataSource } from 'typeorm';
import { DEMO_ORGANIZATIONS } from './demo-data';
import { loadDemoPrincipal } from './demo-needs.seeder';

const LAHTI_EMPLOYER = 'tyonantaja.lahti@ytmt.example';

interface DemoProposal {
  needTitle: string;
  providerEmail: string;
  providerKey: string;
  message: string;
  /** What becomes of it: the employer's answer, the provider's withdrawal, or still open. */
  outcome: ProposalStatus;
  answerEmail?: string;
  reason?: string;
}

/** Proposals in every state, on needs the providers can see (their services cover the place). */
export const DEMO_PROPOSALS: DemoProposal[] = [
  {
    needTitle: 'Koneistajien osaamisen kehittäminen',
    providerEmail: 'palveluntuottaja.ammattiopisto@ytmt.example',
    providerKey: 'provider-oppilaitos',
    message: 'Toteutamme CNC-ohjelmoinnin täydennyskoulutuksen työpaikallanne iltaisin, kuusi osallistujaa kerrallaan.',
    outcome: ProposalStatus.ACCEPTED,
    answerEmail: LAHTI_EMPLOYER,
  },
  {
    needTitle: 'Koneistajien osaamisen kehittäminen',
    providerEmail: 'palveluntuottaja.saatio@ytmt.example',
    providerKey: 'provider-saatio',
    message: 'Voimme järjestää työssä oppimisen ohjauksen koneistajille osana työvalmennusta.',
    outcome: ProposalStatus.DECLINED,
    answerEmail: LAHTI_EMPLOYER,
    reason: 'Valitsimme ammattiopiston koulutuksen, kiitos tarjouksesta.',
  },
  {
    needTitle: 'Hitsaaja konepajalle',
    providerEmail: 'palveluntuottaja.saatio@ytmt.example',
    providerKey: 'provider-saatio',
    message: 'Työvalmentajamme voi etsiä hitsaajaa työkokeilun kautta ja tukea perehdytyksessä.',
    outcome: ProposalStatus.OPEN,
  },
  {
    needTitle: 'Hitsaaja konepajalle',
    providerEmail: 'palveluntuottaja.lahti@ytmt.example',
    providerKey: 'area-lahti',
    message: 'Rekrytointikoulutus hitsaajiksi alkaa maaliskuussa; voimme varata yritykselle paikkoja.',
    outcome: ProposalStatus.WITHDRAWN,
  },
  {
    needTitle: 'Hoiva-avustaja rekrytointikoulutuksella',
    providerEmail: 'palveluntuottaja.yritys@ytmt.example',
    providerKey: 'provider-rekry',
    message: 'Etsimme ja esihaastattelemme hoiva-avustajaehdokkaat rekrytointikoulutukseen kahden viikon sisällä.',
    outcome: ProposalStatus.OPEN,
  },
  {
    needTitle: 'Neuvontaa palkkatukeen ja oppisopimukseen',
    providerEmail: 'palveluntuottaja.yrityspolku@ytmt.example',
    providerKey: 'provider-yrityspolku',
    message: 'Yritysneuvojamme käy palkkatuen ja oppisopimuksen ehdot läpi yrityksenne kanssa maksutta.',
    outcome: ProposalStatus.OPEN,
  },
];

/** A coordinator's warm hand-off of a coordinators-only need to a provider. */
export const DEMO_FORWARDS = [
  {
    needTitle: 'Ulkoiluavustaja täsmätyökykyiselle',
    coordinatorEmail: 'koordinaattori.helsinki@ytmt.example',
    providerKey: 'provider-esteeton',
    message: 'Voisitteko auttaa työpaikkaa räätälöimään tehtävän täsmätyökykyiselle tekijälle?',
  },
];

/**
 * The demo's brokered hire (the indicators credit it): a coordinator hands the cleaner need to an
 * association, whose proposal the employer accepts before the candidate lists hire for the need.
 */
export const DEMO_BROKERED_HIRE = {
  needTitle: 'Laitoshuoltaja',
  coordinatorEmail: 'koordinaattori.helsinki@ytmt.example',
  providerKey: 'provider-silta',
  providerEmail: 'palveluntuottaja.silta@ytmt.example',
  employerEmail: 'tyonantaja.helsinki@ytmt.example',
  forwardMessage: 'Löytyisikö verkostostanne laitoshuoltajaa aamuvuoroon? Työkokeilu on mahdollinen.',
  proposalMessage: 'Ohjaamme kielikoulutuksestamme sopivan hakijan ja tuemme perehdytyksessä työkokeilun ajan.',
} as const;

export interface DemoMarketplaceReport {
  proposals: number;
  forwards: number;
  notifications: number;
}

/**
 * Proposals and forwards through the market place's own services, then the notifications of
 * every demo event waiting in the outbox (the worker would make the same ones; event keys make
 * the second pass a no-op). Idempotent.
 */
@Injectable()
export class DemoMarketplaceSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proposals: ProposalService,
    private readonly forwards: ForwardService,
    private readonly access: ProviderNeedAccessReader,
    private readonly notifications: NotificationService,
  ) {}

  async seed(progress: (step: string, done: number, total: number) => void = () => undefined): Promise<DemoMarketplaceReport> {
    let proposals = 0;
    let forwards = 0;
    const total = DEMO_PROPOSALS.length + DEMO_FORWARDS.length + 1;
    for (const [index, demo] of DEMO_PROPOSALS.entries()) {
      if (await this.propose(demo)) proposals++;
      progress(demo.needTitle, index + 1, total);
    }
    for (const [index, demo] of DEMO_FORWARDS.entries()) {
      const needId = await this.needId(demo.needTitle);
      const providerId = await this.organizationId(demo.providerKey);
      const [done] = await this.dataSource.query('SELECT 1 FROM need_forward WHERE need_id = $1 AND provider_id = $2', [needId, providerId]);
      if (!done) {
        await this.forwards.forward(await loadDemoPrincipal(this.dataSource, demo.coordinatorEmail), { needId, providerId, message: demo.message });
        forwards++;
      }
      progress(demo.needTitle, DEMO_PROPOSALS.length + index + 1, total);
    }
    const notifications = await this.notifyPending();
    progress('ilmoitukset', total, total);
    return { proposals, forwards, notifications };
  }

  /** Runs before the candidate lists (the need must still be open); idempotent. */
  async seedBrokeredHire(): Promise<boolean> {
    const demo = DEMO_BROKERED_HIRE;
    const needId = await this.needId(demo.needTitle);
    const providerId = await this.organizationId(demo.providerKey);
    const [existing] = await this.dataSource.query('SELECT 1 FROM proposal WHERE need_id = $1 AND provider_id = $2', [needId, providerId]);
    const [open] = await this.dataSource.query(`SELECT 1 FROM need WHERE id = $1 AND stage NOT IN ('FILLED', 'CLOSED')`, [needId]);
    if (existing || !open) return false;
    const [forwarded] = await this.dataSource.query('SELECT 1 FROM need_forward WHERE need_id = $1 AND provider_id = $2', [needId, providerId]);
    if (!forwarded) {
      await this.forwards.forward(await loadDemoPrincipal(this.dataSource, demo.coordinatorEmail), { needId, providerId, message: demo.forwardMessage });
    }
    return this.propose({ needTitle: demo.needTitle, providerEmail: demo.providerEmail, providerKey: demo.providerKey, message: demo.proposalMessage, outcome: ProposalStatus.ACCEPTED, answerEmail: demo.employerEmail });
  }

  private async propose(demo: DemoProposal): Promise<boolean> {
    const needId = await this.needId(demo.needTitle);
    const providerId = await this.organizationId(demo.providerKey);
    const [existing] = await this.dataSource.query('SELECT 1 FROM proposal WHERE need_id = $1 AND provider_id = $2', [needId, providerId]);
    if (existing) return false;
    if (!(await this.access.canSee(providerId, needId))) throw new Error(`Demo provider ${demo.providerKey} cannot see "${demo.needTitle}"`);
    // A free service when the provider has one; otherwise the price of its first cost option.
    const [service] = await this.dataSource.query(
      `SELECT s.id, s.is_free, c.amount, c.currency, c.unit FROM service s
         LEFT JOIN LATERAL (SELECT amount, currency, unit FROM service_cost_option WHERE service_id = s.id LIMIT 1) c ON true
        WHERE s.organization_id = $1 AND s.status = 'PUBLISHED' ORDER BY s.is_free DESC, s.name_fi LIMIT 1`,
      [providerId],
    );
    if (!service) throw new Error(`Demo provider ${demo.providerKey} has no published service`);
    const provider = await loadDemoPrincipal(this.dataSource, demo.providerEmail);
    const [proposal] = await this.proposals.propose(provider, {
      needId,
      serviceIds: [service.id],
      message: demo.message,
      price: service.is_free ? undefined : { amount: Number(service.amount ?? 0), currency: service.currency ?? 'EUR', unit: service.unit ?? undefined },
    });
    if (demo.outcome === ProposalStatus.WITHDRAWN) await this.proposals.withdraw(provider, proposal.id);
    if (demo.outcome === ProposalStatus.ACCEPTED || demo.outcome === ProposalStatus.DECLINED) {
      const employer = await loadDemoPrincipal(this.dataSource, demo.answerEmail ?? LAHTI_EMPLOYER);
      await this.proposals.answer(employer, proposal.id, demo.outcome === ProposalStatus.ACCEPTED, demo.reason ?? null);
    }
    return true;
  }

  private async notifyPending(): Promise<number> {
    await notifyPendingEvents(this.dataSource, this.notifications);
    const [{ n }] = await this.dataSource.query('SELECT count(*)::int AS n FROM notification');
    return n as number;
  }

  private async needId(title: string): Promise<string> {
    const [row] = await this.dataSource.query('SELECT id FROM need WHERE title = $1 ORDER BY created_at LIMIT 1', [title]);
    if (!row) throw new Error(`Demo need "${title}" is not seeded`);
    return row.id as string;
  }

  private async organizationId(key: string): Promise<string> {
    const demo = DEMO_ORGANIZATIONS.find((o) => o.key === key);
    if (!demo) throw new Error(`Demo organisation ${key} is missing`);
    const [row] = await this.dataSource.query('SELECT id FROM organization WHERE name = $1', [demo.name]);
    if (!row) throw new Error(`Demo organisation ${key} is not seeded`);
    return row.id as string;
  }
}

/**
 * Every demo event waiting in the outbox (and due) becomes its notifications now, exactly as the
 * worker will make them: the event keys make the worker's later pass a no-op.
 */
export async function notifyPendingEvents(dataSource: DataSource, notifications: NotificationService): Promise<void> {
  const rows: { payload: NotificationEvent }[] = await dataSource.query(
    `SELECT payload FROM outbox_event
      WHERE job_name = 'notify' AND dispatched_at IS NULL AND (not_before IS NULL OR not_before <= now())
      ORDER BY created_at`,
  );
  for (const row of rows) await notifications.notify(row.payload);
}

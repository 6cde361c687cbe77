import { OutboxService, QueueName, QueueRegistry, Role } from '@ytmt/core';
import { NOTIFY_JOB, NotificationEvent, notificationMessage, NotificationType } from '@ytmt/events';
import { createApp, eventually, GraphQLClient, ReceivedMail, signIn, startSmtpServer, TestApp } from '@ytmt/test-kit';
import type { Queue } from 'bullmq';
import type { SMTPServer } from 'smtp-server';
import { SEND_EMAIL_JOB } from '../src/notification.writer';
import { SendEmailJob } from '../src/send-email.job';


// --- GraphQL ---------------------------------------------------------------------------------

const NOTIFICATIONS = `query ($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount unreadCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id type title body link read readAt createdAt subject { needId proposalId serviceId shareRequestId forwardId } } }
  } }`;
const MARK_READ = 'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id read } }';
const SET_PREFERENCE = 'mutation ($type: NotificationType!, $channel: NotificationChannel!) { setNotificationPreference(type: $type, channel: $channel) { type channel isDefault } }';
const CREATE_SERVICE = 'mutation ($input: ServiceInput!) { createService(input: $input) { id status } }';
const SUBMIT_SERVICE = 'mutation ($id: ID!) { submitService(id: $id) { status } }';

/** A regional service of the Lahti foundation, as a provider enters it; override the coverage. */
function serviceInput(nameFi: string, coverage: { isNational?: boolean; employmentAreaIds?: string[]; municipalityCodes?: string[] }) {
  return {
    nameFi,
    summaryFi: 'Työvalmentaja tukee osatyökykyistä työnhakijaa työpaikan löytämisessä ja työn alussa.',
    descriptionFi: 'Kartoitamme osaamisen, etsimme sopivan työpaikan yhdessä työnantajan kanssa ja tuemme ensimmäiset kuukaudet työssä.',
    audience: 'JOBSEEKERS',
    categoryCodes: ['JOB_COACHING'],
    targetGroupCodes: ['PARTIAL_WORK_ABILITY'],
    isNational: false,
    employmentAreaIds: [],
    municipalityCodes: [],
    locations: [],
    deliveryMode: 'HYBRID',
    languages: ['fi'],
    isFree: true,
    costOptions: [],
    ...coverage,
  };
}

interface NotificationNode {
  id: string;
  type: string;
  title: string;
  body: string;
  link: string;
  read: boolean;
  readAt: string | null;
  subject: Record<string, string | null>;
}
interface NotificationPage {
  notifications: {
    totalCount: number;
    unreadCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: NotificationNode }[];
  };
}

// --- The test --------------------------------------------------------------------------------

describe('Notifications: in-app and by e-mail, once per event', () => {
  const mails: ReceivedMail[] = [];
  let smtp: SMTPServer;
  let app: TestApp;
  let queue: Queue;
  let outbox: OutboxService;
  const users: Record<string, string> = {};
  let companyId: string;
  let providerId: string;
  let otherProviderId: string;
  let needId: string;
  let secondNeedId: string;
  let serviceId: string;

  const mailsTo = (email: string) => mails.filter((mail) => mail.envelopeTo.includes(email));
  const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> => app.dataSource.query(sql, params);
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await query<T>(sql, params))[0];
  const notificationsOf = (userId: string, type?: NotificationType) =>
    query<{ id: string; title: string; body: string; emailed_at: Date | null; event_key: string }>(
      `SELECT id, title, body, emailed_at, event_key FROM notification WHERE user_id = $1 ${type ? 'AND type = $2' : ''} ORDER BY created_at`,
      type ? [userId, type] : [userId],
    );

  /** Writes the event to the outbox in a transaction, as the producers do; returns the job id. */
  async function emit(event: NotificationEvent, write?: (sql: typeof query) => Promise<unknown>): Promise<string> {
    return app.dataSource.transaction(async (manager) => {
      if (write) await write((sql, params) => manager.query(sql, params));
      return (await outbox.add(manager, notificationMessage(event))).id;
    });
  }

  async function finished<T = unknown>(jobId: string): Promise<T> {
    await eventually(async () => (await queue.getJob(jobId))?.isCompleted(), 20_000);
    return (await queue.getJob(jobId))?.returnvalue as T;
  }

  /** Nothing left to relay and no notification job waiting or running (the deferred digests aside). */
  async function settled(): Promise<void> {
    await eventually(async () => {
      const [{ pending }] = await query<{ pending: number }>('SELECT count(*)::int AS pending FROM outbox_event WHERE dispatched_at IS NULL');
      const counts = await queue.getJobCounts('wait', 'active', 'prioritized', 'waiting-children');
      const retrying = (await queue.getDelayed()).filter((job) => !job.id?.startsWith('strong-matches_'));
      return pending === 0 && Object.values(counts).every((count) => count === 0) && retrying.length === 0;
    }, 20_000);
    expect(await queue.getJobCounts('failed')).toEqual({ failed: 0 });
  }

  beforeAll(async () => {
    const started = await startSmtpServer(mails);
    smtp = started.server;
    app = await createApp({ worker: true, env: { SMTP_URL: `smtp://127.0.0.1:${started.port}`, MAIL_FROM: 'Y-TMT testi <ilmoitukset@ytmt.example>' } });
    queue = app.app.get(QueueRegistry).get(QueueName.NOTIFICATIONS);
    outbox = app.app.get(OutboxService);
    for (const row of await query<{ id: string; email: string }>(`SELECT id, email FROM app_user`)) users[row.email] = row.id;
    const org = async (name: string) => (await one<{ id: string }>('SELECT id FROM organization WHERE name = $1', [name])).id;
    companyId = await org('Lahden Konepaja Oy');
    providerId = await org('Päijät-Hämeen Työvalmennussäätiö sr');
    otherProviderId = await org('Rekrytointipalvelu Uusi Suunta Oy');
    // A second employer user of the company, so that "every employer user" means more than one.
    users['essi.esimies@konepaja.example'] = (
      await one<{ id: string }>(`INSERT INTO app_user (email, display_name) VALUES ('essi.esimies@konepaja.example', 'Essi Esimies') RETURNING id`)
    ).id;
    await query(`INSERT INTO membership (user_id, organization_id, role) VALUES ($1, $2, 'EMPLOYER_USER')`, [users['essi.esimies@konepaja.example'], companyId]);
    const need = async (title: string) =>
      (
        await one<{ id: string }>(
          `INSERT INTO need (organization_id, kinds, title, description, municipality_code, stage)
           VALUES ($1, '{RECRUITMENT}', $2, 'Hitsausta ja koneistusta kahdessa vuorossa.', '398', 'DESCRIBED') RETURNING id`,
          [companyId, title],
        )
      ).id;
    needId = await need('Hitsaaja konepajaan');
    secondNeedId = await need('Koneistaja iltavuoroon');
    serviceId = (
      await one<{ id: string }>(
        `INSERT INTO service (organization_id, status, name_fi, summary_fi, description_fi, audience, delivery_mode, published_at)
         VALUES ($1, 'PUBLISHED', 'Rekrytointikoulutus hitsaajille', 'Koulutus, joka päättyy työsuhteeseen.', 'Kolmen kuukauden koulutus.', 'EMPLOYERS', 'ON_SITE', now())
         RETURNING id`,
        [providerId],
      )
    ).id;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.close(resolve) : resolve()));
  });

  let proposalId: string;
  let timoNotificationId: string;

  it('tells each employer user of a new proposal once, in the app and by mail, however often replayed', async () => {
    // The proposal and its event commit together, as the marketplace writes them.
    const jobId = await app.dataSource.transaction(async (manager) => {
      [{ id: proposalId }] = await manager.query(
        `INSERT INTO proposal (need_id, service_id, provider_id, proposed_by_user_id, message)
         VALUES ($1, $2, $3, $4, 'Koulutamme kolme hitsaajaa kevään aikana.') RETURNING id`,
        [needId, serviceId, providerId, users['palveluntuottaja.saatio@ytmt.example']],
      );
      return (await outbox.add(manager, notificationMessage({ type: NotificationType.PROPOSAL_RECEIVED, proposalId }))).id;
    });
    expect(await finished(jobId)).toEqual({ created: 2, mailed: 2 });
    await eventually(async () => mailsTo('essi.esimies@konepaja.example').length === 1 && mailsTo('tyonantaja.lahti@ytmt.example').length === 1);

    const [mail] = mailsTo('tyonantaja.lahti@ytmt.example');
    expect(mail.subject).toBe('Uusi palvelutarjous tarpeeseen Hitsaaja konepajaan');
    expect(mail.from).toMatch(/^"?Y-TMT testi"? <ilmoitukset@ytmt\.example>$/);
    expect(mail.text).toContain('Hei Timo Työnantaja,');
    expect(mail.text).toContain('Päijät-Hämeen Työvalmennussäätiö sr tarjoaa palvelua ”Rekrytointikoulutus hitsaajille” tarpeeseenne ”Hitsaaja konepajaan”.');
    // An address under PUBLIC_URL (unset here: the API's own, on the test's port).
    expect(mail.text).toMatch(new RegExp(`Avaa Y-TMT:ssä: http://localhost:\\d+/needs/${needId}\n`));

    // Replays: the same event again through the outbox, and the same job added by hand.
    const replayed = await emit({ type: NotificationType.PROPOSAL_RECEIVED, proposalId });
    await queue.add(NOTIFY_JOB, { type: NotificationType.PROPOSAL_RECEIVED, proposalId }, { jobId: 'replayed-proposal' });
    expect(await finished(replayed)).toEqual({ created: 0, mailed: 0 });
    expect(await finished('replayed-proposal')).toEqual({ created: 0, mailed: 0 });

    // And the mail job replayed, through the queue and by calling the handler directly.
    // The mail reaches the server just before the job commits emailed_at.
    const timo = await eventually(async () => (await notificationsOf(users['tyonantaja.lahti@ytmt.example'])).find((row) => row.emailed_at));
    timoNotificationId = timo.id;
    await queue.add(SEND_EMAIL_JOB, { notificationId: timo.id }, { jobId: 'replayed-mail' });
    expect(await finished('replayed-mail')).toEqual({ sent: false, reason: 'ALREADY_SENT' });
    expect(await (app.worker as NonNullable<TestApp['worker']>).get(SendEmailJob).handle({ notificationId: timo.id })).toEqual({ sent: false, reason: 'ALREADY_SENT' });

    await settled();
    expect(mailsTo('tyonantaja.lahti@ytmt.example')).toHaveLength(1);
    expect(mailsTo('essi.esimies@konepaja.example')).toHaveLength(1);
    expect(await notificationsOf(users['tyonantaja.lahti@ytmt.example'])).toHaveLength(1);
    expect(await notificationsOf(users['essi.esimies@konepaja.example'])).toHaveLength(1);
    // The provider who proposed hears nothing of their own proposal.
    expect(await notificationsOf(users['palveluntuottaja.saatio@ytmt.example'])).toHaveLength(0);
  });

  it('tells the proposer of the answer', async () => {
    const jobId = await emit({ type: NotificationType.PROPOSAL_ANSWERED, proposalId }, (sql) =>
      sql(`UPDATE proposal SET status = 'ACCEPTED', answer_reason = 'Aloitetaan maaliskuussa.', answered_at = now(), answered_by_user_id = $2 WHERE id = $1`, [
        proposalId,
        users['tyonantaja.lahti@ytmt.example'],
      ]),
    );
    expect(await finished(jobId)).toEqual({ created: 1, mailed: 1 });
    await eventually(async () => mailsTo('palveluntuottaja.saatio@ytmt.example').length === 1);
    const [mail] = mailsTo('palveluntuottaja.saatio@ytmt.example');
    expect(mail.subject).toBe('Tarjouksesi hyväksyttiin: Rekrytointikoulutus hitsaajille');
    expect(mail.text).toContain('Lahden Konepaja Oy hyväksyi tarjouksenne');
    expect(mail.text).toContain('Perustelu: Aloitetaan maaliskuussa.');
    expect(mail.text).toContain('/provider/proposals');
  });

  it('shows each user only their own notifications, with the unread count, and marks only their own read', async () => {
    const timo = await signIn(app, Role.EMPLOYER_USER);
    const paula = await signIn(app, Role.PROVIDER_USER);
    const page = (await timo.data<NotificationPage>(NOTIFICATIONS)).notifications;
    expect(page).toMatchObject({ totalCount: 1, unreadCount: 1 });
    expect(page.edges[0].node).toMatchObject({
      id: timoNotificationId,
      type: 'PROPOSAL_RECEIVED',
      title: 'Uusi palvelutarjous tarpeeseen Hitsaaja konepajaan',
      link: `/needs/${needId}`,
      read: false,
      readAt: null,
      subject: { needId, proposalId, serviceId, shareRequestId: null, forwardId: null },
    });
    expect(await timo.data(`{ unreadNotificationCount }`)).toEqual({ unreadNotificationCount: 1 });

    const paulaPage = (await paula.data<NotificationPage>(NOTIFICATIONS)).notifications;
    expect(paulaPage.edges.map((edge) => edge.node.type)).toEqual(['PROPOSAL_ANSWERED']);
    const paulaNotificationId = paulaPage.edges[0].node.id;

    // Someone else's id is ignored: nothing returned, nothing marked.
    expect(await timo.data(MARK_READ, { ids: [paulaNotificationId] })).toEqual({ markNotificationsRead: [] });
    expect((await paula.data<NotificationPage>(NOTIFICATIONS)).notifications.unreadCount).toBe(1);
    const bad = await timo.request(MARK_READ, { ids: ['ei-tunniste'] });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'ids[0]' }] });

    expect(await timo.data(MARK_READ, { ids: [timoNotificationId, paulaNotificationId] })).toEqual({
      markNotificationsRead: [{ id: timoNotificationId, read: true }],
    });
    expect((await timo.data<NotificationPage>(NOTIFICATIONS)).notifications).toMatchObject({ totalCount: 1, unreadCount: 0 });
    expect((await timo.data<NotificationPage>(NOTIFICATIONS, { unreadOnly: true })).notifications).toMatchObject({ totalCount: 0, edges: [] });
    expect(await paula.data('mutation { markAllNotificationsRead }')).toEqual({ markAllNotificationsRead: 1 });
    expect(await paula.data('mutation { markAllNotificationsRead }')).toEqual({ markAllNotificationsRead: 0 });

    const anonymous = await new GraphQLClient(app.graphqlUrl).request(`{ unreadNotificationCount }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('honours preferences: OFF makes nothing, IN_APP no mail', async () => {
    const timo = await signIn(app, Role.EMPLOYER_USER);
    const preferences = await timo.data<{ notificationPreferences: { type: string; channel: string; defaultChannel: string; isDefault: boolean }[] }>(
      '{ notificationPreferences { type channel defaultChannel isDefault } }',
    );
    // One row per type, every type there is.
    expect(preferences.notificationPreferences).toHaveLength(Object.values(NotificationType).length);
    expect(preferences.notificationPreferences).toEqual(
      expect.arrayContaining([
        { type: 'PROPOSAL_RECEIVED', channel: 'EMAIL', defaultChannel: 'EMAIL', isDefault: true },
        { type: 'STRONG_MATCHES', channel: 'IN_APP', defaultChannel: 'IN_APP', isDefault: true },
      ]),
    );
    expect(await timo.data(SET_PREFERENCE, { type: 'PROPOSAL_RECEIVED', channel: 'OFF' })).toEqual({
      setNotificationPreference: { type: 'PROPOSAL_RECEIVED', channel: 'OFF', isDefault: false },
    });
    await query(`INSERT INTO notification_preference (user_id, type, channel) VALUES ($1, 'PROPOSAL_RECEIVED', 'IN_APP')`, [users['essi.esimies@konepaja.example']]);
    const mailsBefore = mails.length;

    let secondProposalId = '';
    const jobId = await app.dataSource.transaction(async (manager) => {
      [{ id: secondProposalId }] = await manager.query(
        `INSERT INTO proposal (need_id, service_id, provider_id, proposed_by_user_id, message) VALUES ($1, $2, $3, $4, 'Sopisiko koulutus myös koneistajille?') RETURNING id`,
        [secondNeedId, serviceId, providerId, users['palveluntuottaja.saatio@ytmt.example']],
      );
      return (await outbox.add(manager, notificationMessage({ type: NotificationType.PROPOSAL_RECEIVED, proposalId: secondProposalId }))).id;
    });
    expect(await finished(jobId)).toEqual({ created: 1, mailed: 0 });
    await settled();
    expect(await notificationsOf(users['tyonantaja.lahti@ytmt.example'])).toHaveLength(1);
    const essi = await notificationsOf(users['essi.esimies@konepaja.example']);
    expect(essi).toHaveLength(2);
    expect(essi[1]).toMatchObject({ event_key: `proposal-received:${secondProposalId}`, emailed_at: null });
    expect(mails.length).toBe(mailsBefore);
  });

  it('gathers strong matches into one digest per need per hour, announcing each pair once', async () => {
    const kaisa = await signIn(app, Role.COORDINATOR);
    await kaisa.data(SET_PREFERENCE, { type: 'STRONG_MATCHES', channel: 'EMAIL' });
    const profile = async (pseudonym: string) =>
      (await one<{ id: string }>(`INSERT INTO jobseeker_profile (pseudonym, home_municipality_code) VALUES ($1, '398') RETURNING id`, [pseudonym])).id;
    const match = (sql: typeof query, profileId: string, score: number) =>
      sql(
        `INSERT INTO match_result (need_id, profile_id, score, explanation, engine_version, computed_at) VALUES ($1, $2, $3, '{}', 'testi', now())`,
        [needId, profileId, score],
      );
    const [first, second, weak, listed, later] = [await profile('Hakija V1'), await profile('Hakija V2'), await profile('Hakija H1'), await profile('Hakija L1'), await profile('Hakija V3')];
    // Already on the candidate list: the coordinators know this person.
    await query(`INSERT INTO candidate (need_id, profile_id, source, coordinator_status) VALUES ($1, $2, 'SUGGESTED', 'RELEVANT')`, [needId, listed]);
    const coordinatorId = users['koordinaattori.lahti@ytmt.example'];

    const batch1 = await emit({ type: NotificationType.STRONG_MATCHES, needId }, async (sql) => {
      await match(sql, first, 0.82);
      await match(sql, second, 0.75);
      await match(sql, weak, 0.4);
      await match(sql, listed, 0.95);
    });
    expect(await finished(batch1)).toMatchObject({ kind: 'digest', matches: 2, created: 1, mailed: 1 });
    const [digest] = await notificationsOf(coordinatorId, NotificationType.STRONG_MATCHES);
    expect(digest.title).toBe('2 uutta vahvaa ehdokasta: Hitsaaja konepajaan');
    expect(digest.body).toContain('paras osuvuus 82 %');
    await eventually(async () => mailsTo('koordinaattori.lahti@ytmt.example').length === 1);
    expect(mailsTo('koordinaattori.lahti@ytmt.example')[0].text).toContain(`/coordinator/needs/${needId}/candidates`);
    // Only the coordinators of the company's home area.
    expect(await notificationsOf(users['koordinaattori.helsinki@ytmt.example'])).toHaveLength(0);
    expect(await notificationsOf(users['aluevastaava.lahti@ytmt.example'])).toHaveLength(0);

    // A second batch within the hour waits; further events in the hour collapse into the same job.
    const batch2 = await emit({ type: NotificationType.STRONG_MATCHES, needId }, (sql) => match(sql, later, 0.88));
    const deferred = await finished<{ kind: string; until: string }>(batch2);
    expect(deferred.kind).toBe('deferred');
    expect(await finished(await emit({ type: NotificationType.STRONG_MATCHES, needId }))).toEqual(deferred);
    const waiting = (await queue.getDelayed()).filter((job) => job.id?.startsWith(`strong-matches_${needId}_`));
    expect(waiting).toHaveLength(1);
    expect(await waiting[0].getState()).toBe('delayed');
    expect(await notificationsOf(coordinatorId, NotificationType.STRONG_MATCHES)).toHaveLength(1);

    // The hour passes (the last digest is moved an hour back), and the delayed job runs.
    await query(`UPDATE strong_match_digest SET created_at = created_at - interval '1 hour' WHERE need_id = $1`, [needId]);
    await waiting[0].promote();
    expect(await finished(waiting[0].id as string)).toMatchObject({ kind: 'digest', matches: 1, created: 1, mailed: 1 });
    const digests = await notificationsOf(coordinatorId, NotificationType.STRONG_MATCHES);
    expect(digests.map((d) => d.title)).toEqual(['2 uutta vahvaa ehdokasta: Hitsaaja konepajaan', '1 uusi vahva ehdokas: Hitsaaja konepajaan']);
    await eventually(async () => mailsTo('koordinaattori.lahti@ytmt.example').length === 2);

    // Nothing new: re-matching the same people announces no one again.
    expect(await finished(await emit({ type: NotificationType.STRONG_MATCHES, needId }))).toEqual({ kind: 'none' });
    expect(await query('SELECT profile_id FROM strong_match_announcement WHERE need_id = $1 ORDER BY score DESC', [needId])).toEqual(
      [{ profile_id: later }, { profile_id: first }, { profile_id: second }],
    );
    await settled();
    expect(mailsTo('koordinaattori.lahti@ytmt.example')).toHaveLength(2);
  });

  it('asks the jobseeker to share, reminds while unanswered, and skips the reminder once answered', async () => {
    const jariId = users['tyonhakija@ytmt.example'];
    const coordinatorId = users['koordinaattori.lahti@ytmt.example'];
    const existing = await query<{ id: string }>('SELECT id FROM jobseeker_profile WHERE user_id = $1', [jariId]);
    const profileId =
      existing[0]?.id ?? (await one<{ id: string }>(`INSERT INTO jobseeker_profile (pseudonym, user_id, home_municipality_code) VALUES ('Hakija J1', $1, '398') RETURNING id`, [jariId])).id;
    const request = async (forNeed: string) => {
      const { id: candidateId } = await one<{ id: string }>(
        `INSERT INTO candidate (need_id, profile_id, source, coordinator_status) VALUES ($1, $2, 'SUGGESTED', 'RELEVANT') RETURNING id`,
        [forNeed, profileId],
      );
      return (
        await one<{ id: string }>(
          `INSERT INTO share_request (candidate_id, profile_id, status, deadline, message, requested_by_user_id)
           VALUES ($1, $2, 'REQUESTED', now() + interval '3 days', 'Työnantaja haluaisi kutsua sinut haastatteluun.', $3) RETURNING id`,
          [candidateId, profileId, coordinatorId],
        )
      ).id;
    };

    const answered = await request(needId);
    expect(await finished(await emit({ type: NotificationType.SHARE_REQUEST, shareRequestId: answered }))).toEqual({ created: 1, mailed: 1 });
    await eventually(async () => mailsTo('tyonhakija@ytmt.example').length === 1);
    const [asked] = mailsTo('tyonhakija@ytmt.example');
    expect(asked.subject).toBe('Jakopyyntö: Lahden Konepaja Oy – Hitsaaja konepajaan');
    expect(asked.text).toContain('Työnantaja haluaisi kutsua sinut haastatteluun.');
    expect(asked.text).toContain('vapaaehtoista');

    // Answered before the reminder's time: no reminder.
    await query(`UPDATE share_request SET status = 'ACCEPTED', answered_at = now() WHERE id = $1`, [answered]);
    expect(await finished(await emit({ type: NotificationType.SHARE_REQUEST_REMINDER, shareRequestId: answered }))).toEqual({ created: 0, mailed: 0 });

    const open = await request(secondNeedId);
    expect(await finished(await emit({ type: NotificationType.SHARE_REQUEST_REMINDER, shareRequestId: open }))).toEqual({ created: 1, mailed: 1 });
    await settled();
    const jariMails = mailsTo('tyonhakija@ytmt.example');
    expect(jariMails.map((mail) => mail.subject)).toEqual([
      'Jakopyyntö: Lahden Konepaja Oy – Hitsaaja konepajaan',
      expect.stringMatching(/^Muistutus: jakopyyntö päättyy \d{1,2}\.\d{1,2}\.\d{4} klo \d{2}\.\d{2}$/),
    ]);
    expect(jariMails[1].text).toContain('Koneistaja iltavuoroon');
    expect(await notificationsOf(jariId, NotificationType.SHARE_REQUEST_REMINDER)).toHaveLength(1);

    // Paging through the jobseeker's notifications, newest first.
    const jari = await signIn(app, Role.JOBSEEKER);
    const firstPage = (await jari.data<NotificationPage>(NOTIFICATIONS, { first: 1 })).notifications;
    expect(firstPage).toMatchObject({ totalCount: 2, unreadCount: 2, pageInfo: { hasNextPage: true } });
    expect(firstPage.edges[0].node).toMatchObject({ type: 'SHARE_REQUEST_REMINDER', link: '/jobseeker/share-requests' });
    const secondPage = (await jari.data<NotificationPage>(NOTIFICATIONS, { first: 1, after: firstPage.pageInfo.endCursor })).notifications;
    expect(secondPage.pageInfo.hasNextPage).toBe(false);
    expect(secondPage.edges.map((edge) => edge.node.type)).toEqual(['SHARE_REQUEST']);
  });

  it('tells the provider of a moderation decision and of a forwarded need', async () => {
    const { id: rejectedServiceId } = await one<{ id: string }>(
      `INSERT INTO service (organization_id, status, name_fi, summary_fi, description_fi, audience, delivery_mode, rejection_reason, submitted_at)
       VALUES ($1, 'REJECTED', 'Työkokeilu puutyöpajassa', 'Työkokeilu.', 'Kuukauden työkokeilu.', 'JOBSEEKERS', 'ON_SITE', 'Kuvauksesta puuttuu kesto ja hinta.', now())
       RETURNING id`,
      [providerId],
    );
    const { id: changeId } = await one<{ id: string }>(
      `INSERT INTO service_change (service_id, action_type, field_name, previous_value, new_value, changed_by_user_id)
       VALUES ($1, 'status', 'status', $2::jsonb, $3::jsonb, $4) RETURNING id`,
      [rejectedServiceId, JSON.stringify('SUBMITTED'), JSON.stringify('REJECTED'), users['koordinaattori.lahti@ytmt.example']],
    );
    expect(await finished(await emit({ type: NotificationType.SERVICE_MODERATED, serviceId: rejectedServiceId, serviceChangeId: changeId }))).toEqual({
      created: 1,
      mailed: 1,
    });

    const { id: forwardId } = await one<{ id: string }>(
      `INSERT INTO need_forward (need_id, provider_id, forwarded_by_user_id, message) VALUES ($1, $2, $3, 'Teillä on tähän sopiva koulutus.') RETURNING id`,
      [needId, otherProviderId, users['koordinaattori.lahti@ytmt.example']],
    );
    expect(await finished(await emit({ type: NotificationType.NEED_FORWARDED, forwardId }))).toEqual({ created: 1, mailed: 1 });
    await settled();

    const moderation = mailsTo('palveluntuottaja.saatio@ytmt.example').find((mail) => mail.subject.startsWith('Palveluasi'));
    expect(moderation?.subject).toBe('Palveluasi ei hyväksytty: Työkokeilu puutyöpajassa');
    expect(moderation?.text).toContain('Perustelu: Kuvauksesta puuttuu kesto ja hinta.');
    expect(moderation?.text).toContain(`/provider/services/${rejectedServiceId}`);
    const forwarded = mailsTo('palveluntuottaja.yritys@ytmt.example');
    expect(forwarded.map((mail) => mail.subject)).toEqual(['Yrityksen tarve välitettiin teille: Hitsaaja konepajaan']);
    expect(forwarded[0].text).toContain('Teillä on tähän sopiva koulutus.');
  });

  describe('a service submitted for moderation', () => {
    const SUBMITTED = NotificationType.SERVICE_SUBMITTED;

    /** Who was told of the service, by e-mail address. */
    const toldOf = async (serviceId: string) =>
      (
        await query<{ email: string }>(
          `SELECT u.email FROM notification n JOIN app_user u ON u.id = n.user_id
            WHERE n.type = $1 AND n.subject ->> 'serviceId' = $2 ORDER BY u.email`,
          [SUBMITTED, serviceId],
        )
      ).map((row) => row.email);

    /** Creates and submits the service through the API as the foundation's provider user; returns its notify job. */
    async function submitThroughApi(input: ReturnType<typeof serviceInput>): Promise<{ serviceId: string; serviceChangeId: string; jobId: string }> {
      const provider = await signIn(app, Role.PROVIDER_USER);
      const { createService } = await provider.data<{ createService: { id: string; status: string } }>(CREATE_SERVICE, { input });
      expect(await provider.data(SUBMIT_SERVICE, { id: createService.id })).toEqual({ submitService: { status: 'SUBMITTED' } });
      const [event] = await query<{ id: string; change_id: string }>(
        `SELECT e.id, e.payload ->> 'serviceChangeId' AS change_id FROM outbox_event e
          WHERE e.job_name = $1 AND e.payload ->> 'type' = $2 AND e.payload ->> 'serviceId' = $3`,
        [NOTIFY_JOB, SUBMITTED, createService.id],
      );
      // The event names the status change the submission recorded.
      expect(await one(`SELECT new_value FROM service_change WHERE id = $1 AND service_id = $2`, [event.change_id, createService.id])).toEqual({
        new_value: 'SUBMITTED',
      });
      return { serviceId: createService.id, serviceChangeId: event.change_id, jobId: event.id };
    }

    it('asks the coordinators and area admins of the covered areas, in the app only, once however often replayed', async () => {
      const [{ id: lahtiAreaId }] = await query<{ id: string }>(`SELECT id FROM employment_area WHERE code = 'lahti'`);
      const mailsBefore = mails.length;

      // Covered through its employment area: the Lahti coordinator and area admin.
      const lahti = await submitThroughApi(serviceInput('Työhönvalmennus osatyökykyisille', { employmentAreaIds: [lahtiAreaId] }));
      expect(await finished(lahti.jobId)).toEqual({ created: 2, mailed: 0 });
      expect(await toldOf(lahti.serviceId)).toEqual(['aluevastaava.lahti@ytmt.example', 'koordinaattori.lahti@ytmt.example']);

      // Covered through a municipality (Helsinki, 091) only: the Helsinki area's moderators.
      const helsinki = await submitThroughApi(serviceInput('Työkokeilu kiinteistöhuollossa', { municipalityCodes: ['091'] }));
      expect(await finished(helsinki.jobId)).toEqual({ created: 2, mailed: 0 });
      expect(await toldOf(helsinki.serviceId)).toEqual(['aluevastaava.helsinki@ytmt.example', 'koordinaattori.helsinki@ytmt.example']);

      // Replays: the same event through the outbox again, and the same job added by hand.
      const event = { type: SUBMITTED, serviceId: lahti.serviceId, serviceChangeId: lahti.serviceChangeId } as const;
      expect(await finished(await emit(event))).toEqual({ created: 0, mailed: 0 });
      await queue.add(NOTIFY_JOB, event, { jobId: 'replayed-submission' });
      expect(await finished('replayed-submission')).toEqual({ created: 0, mailed: 0 });
      await settled();
      expect(await toldOf(lahti.serviceId)).toEqual(['aluevastaava.lahti@ytmt.example', 'koordinaattori.lahti@ytmt.example']);
      expect(mails.length).toBe(mailsBefore);

      // What the coordinator sees, and that nobody else heard of either service: not the platform
      // admin, not the provider who submitted, not the Lahti area's own provider user.
      const kaisa = await signIn(app, Role.COORDINATOR);
      const nodes = (await kaisa.data<NotificationPage>(NOTIFICATIONS, { first: 50 })).notifications.edges.map((edge) => edge.node);
      expect(nodes.filter((node) => node.type === SUBMITTED)).toEqual([
        expect.objectContaining({
          title: 'Tarkastettava palvelu: Työhönvalmennus osatyökykyisille',
          body: expect.stringContaining('Päijät-Hämeen Työvalmennussäätiö sr lähetti palvelun ”Työhönvalmennus osatyökykyisille” tarkastettavaksi.'),
          link: '/coordinator/moderation',
          read: false,
          subject: { needId: null, proposalId: null, serviceId: lahti.serviceId, shareRequestId: null, forwardId: null },
        }),
      ]);
      const [{ n }] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM notification WHERE type = $1`, [SUBMITTED]);
      expect(n).toBe(4);
    });

    it('asks only the platform admins of a national service', async () => {
      const national = await submitThroughApi(serviceInput('Verkkovalmennus työnhakuun koko Suomessa', { isNational: true }));
      expect(await finished(national.jobId)).toEqual({ created: 1, mailed: 0 });
      expect(await toldOf(national.serviceId)).toEqual(['paakayttaja@ytmt.example']);
      expect(await finished(await emit({ type: SUBMITTED, serviceId: national.serviceId, serviceChangeId: national.serviceChangeId }))).toEqual({
        created: 0,
        mailed: 0,
      });
      await settled();
      expect(await toldOf(national.serviceId)).toEqual(['paakayttaja@ytmt.example']);
    });

    it('says nothing of a submission decided or resubmitted before the job ran', async () => {
      /** A Lahti service now in `status`, with its status history (oldest first); returns the service and change ids. */
      async function serviceWithHistory(nameFi: string, status: string, moves: [string, string][]): Promise<{ id: string; changes: string[] }> {
        const { id } = await one<{ id: string }>(
          `INSERT INTO service (organization_id, status, name_fi, summary_fi, description_fi, audience, delivery_mode, submitted_at)
           VALUES ($1, $2, $3, 'Valmennus.', 'Kuuden viikon valmennus.', 'JOBSEEKERS', 'ON_SITE', now()) RETURNING id`,
          [providerId, status, nameFi],
        );
        await query(`INSERT INTO service_area (service_id, municipality_code) VALUES ($1, '398')`, [id]);
        const changes: string[] = [];
        for (const [i, [previous, next]] of moves.entries()) {
          const { id: changeId } = await one<{ id: string }>(
            `INSERT INTO service_change (service_id, action_type, field_name, previous_value, new_value, changed_by_user_id, changed_at)
             VALUES ($1, 'status', 'status', $2::jsonb, $3::jsonb, $4, now() - make_interval(mins => $5)) RETURNING id`,
            [id, JSON.stringify(previous), JSON.stringify(next), users['palveluntuottaja.saatio@ytmt.example'], 10 * (moves.length - i)],
          );
          changes.push(changeId);
        }
        return { id, changes };
      }
      const notified = async (serviceId: string, serviceChangeId: string) => finished(await emit({ type: SUBMITTED, serviceId, serviceChangeId }));

      // Approved before the job ran: nothing left to moderate; and a decision is no submission.
      const decided = await serviceWithHistory('Työnetsintävalmennus nuorille', 'PUBLISHED', [['DRAFT', 'SUBMITTED'], ['SUBMITTED', 'PUBLISHED']]);
      expect(await notified(decided.id, decided.changes[0])).toEqual({ created: 0, mailed: 0 });
      expect(await notified(decided.id, decided.changes[1])).toEqual({ created: 0, mailed: 0 });
      expect(await toldOf(decided.id)).toEqual([]);

      // Rejected and submitted again: the first submission's late event is old news, the second's is not.
      const resubmitted = await serviceWithHistory('Digitaitojen valmennus työnhakijoille', 'SUBMITTED', [
        ['DRAFT', 'SUBMITTED'],
        ['SUBMITTED', 'REJECTED'],
        ['REJECTED', 'SUBMITTED'],
      ]);
      expect(await notified(resubmitted.id, resubmitted.changes[0])).toEqual({ created: 0, mailed: 0 });
      expect(await notified(resubmitted.id, resubmitted.changes[2])).toEqual({ created: 2, mailed: 0 });
      await settled();
      expect(await toldOf(resubmitted.id)).toEqual(['aluevastaava.lahti@ytmt.example', 'koordinaattori.lahti@ytmt.example']);
    });
  });
});

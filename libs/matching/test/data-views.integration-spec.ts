import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AuditService, OutboxService, Principal, Role } from '@ytmt/core';
import { OrganizationDirectory } from '@ytmt/identity';
import { NeedSummaryReader } from '@ytmt/needs';
import { RegionsService } from '@ytmt/regions';
import { EscoConceptsReader } from '@ytmt/skills';
import { auditActor, ProfileRepository, ProfileService } from '@ytmt/talent';
import { useTestDataSource } from '@ytmt/test-kit';
import { DataViewsQuery } from '../src/personal-data/data-views.query';
import { DataViewKind } from '../src/personal-data/data-views.types';

// "Who has seen my data": the jobseeker's own reading of the audit log about their profile —
// organisation, role, need, time; never the acting person; nobody else's events, nobody else reads it.
describe('myDataViews (DataViewsQuery)', () => {
  const database = useTestDataSource();
  let dataSource: DataSource;
  let audit: AuditService;
  let views: DataViewsQuery;
  let aino: Principal;
  let leena: Principal;
  let coordinator: Principal;
  let employer: Principal;
  let ainoProfileId: string;
  let needId: string;
  let companyId: string;

  const principalOf = async (email: string): Promise<Principal> => {
    const rows: { id: string; role: Role; organization_id: string | null; employment_area_id: string | null }[] = await dataSource.query(
      `SELECT u.id, m.role, m.organization_id, o.employment_area_id
         FROM app_user u JOIN membership m ON m.user_id = u.id LEFT JOIN organization o ON o.id = m.organization_id
        WHERE u.email = $1`,
      [email],
    );
    return { userId: rows[0].id, email, memberships: rows.map((r) => ({ role: r.role, organizationId: r.organization_id, employmentAreaId: r.employment_area_id })) };
  };

  beforeAll(async () => {
    dataSource = database.dataSource;
    audit = new AuditService(dataSource);
    const profiles = new ProfileService(dataSource, new ProfileRepository(dataSource), new RegionsService(dataSource), new EscoConceptsReader(dataSource), new OutboxService(), audit);
    views = new DataViewsQuery(profiles, audit, new OrganizationDirectory(dataSource), new NeedSummaryReader(dataSource));
    aino = await principalOf('tyonhakija.aino@ytmt.example');
    leena = await principalOf('tyonhakija.leena@ytmt.example');
    coordinator = await principalOf('koordinaattori.lahti@ytmt.example');
    employer = await principalOf('tyonantaja.lahti@ytmt.example');
    const area = coordinator.memberships.find((m) => m.role === Role.COORDINATOR)?.employmentAreaId;
    for (const [jobseeker, pseudonym] of [[aino, 'Näkymät-Aino'], [leena, 'Näkymät-Leena']] as const) {
      await dataSource.query('INSERT INTO jobseeker_profile (pseudonym, user_id, employment_area_id) VALUES ($1, $2, $3)', [pseudonym, jobseeker.userId, area]);
    }
    ainoProfileId = (await profiles.getMine(aino))?.profile.id as string;
    expect(ainoProfileId).toEqual(expect.any(String));
    [{ id: companyId }] = await dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    [{ id: needId }] = await dataSource.query(
      `INSERT INTO need (organization_id, kinds, title, description, municipality_code, stage)
       VALUES ($1, '{RECRUITMENT}', 'Varastotyöntekijä keräilyyn', 'Keräilyä ja pakkaamista', '398', 'DESCRIBED') RETURNING id`,
      [companyId],
    );
  });

  it('shows a coordinator’s and an employer’s views by organisation, role and need, never the person', async () => {
    const coordinatorArea = coordinator.memberships.find((m) => m.role === Role.COORDINATOR)?.employmentAreaId ?? null;
    // As CandidateListQuery and EmployerCandidatesService write them.
    await audit.record({
      actorUserId: coordinator.userId, action: 'candidate.view', resourceType: 'jobseeker_profile', resourceId: ainoProfileId, organizationId: companyId,
      details: { needId, view: 'COORDINATOR_LIST', ...auditActor(coordinator, { employmentAreaIds: [coordinatorArea] }) },
    });
    await audit.record({
      actorUserId: employer.userId, action: 'candidate.view', resourceType: 'jobseeker_profile', resourceId: ainoProfileId, organizationId: companyId,
      details: { needId, candidateId: needId, view: 'EMPLOYER_CARD', ...auditActor(employer, { organizationIds: [companyId] }) },
    });
    const page = await views.mine(aino, 50);
    expect(page.totalCount).toBe(2);
    const [card, list] = page.edges.map((edge) => edge.node);
    expect(card).toMatchObject({ kind: DataViewKind.CANDIDATE_CARD, organizationName: 'Lahden Konepaja Oy', role: Role.EMPLOYER_USER, needId, needTitle: 'Varastotyöntekijä keräilyyn', byYou: false });
    expect(list).toMatchObject({ kind: DataViewKind.CANDIDATE_LIST, role: Role.COORDINATOR, needTitle: 'Varastotyöntekijä keräilyyn', byYou: false });
    expect(list.organizationName).toMatch(/Lah/);
    expect(list.organizationName).not.toBe('Lahden Konepaja Oy');
    const text = JSON.stringify(page);
    for (const actor of [coordinator, employer]) expect(text).not.toContain(actor.userId);
    expect(text).not.toMatch(/koordinaattori|tyonantaja/i);
  });

  it('names the role of older events from the path that wrote them, marks your own actions and reads the profile area’s organisation', async () => {
    const [{ employment_area_id: areaId }] = await dataSource.query('SELECT employment_area_id FROM jobseeker_profile WHERE id = $1', [ainoProfileId]);
    await audit.record({ actorUserId: employer.userId, action: 'candidate.view_identity', resourceType: 'jobseeker_profile', resourceId: ainoProfileId, organizationId: companyId, details: { needId, view: 'EMPLOYER_CARD' } });
    await audit.record({ actorUserId: coordinator.userId, action: 'jobseeker_identity.read', resourceType: 'jobseeker_profile', resourceId: ainoProfileId, employmentAreaId: areaId });
    await audit.record({ actorUserId: aino.userId, action: 'jobseeker_profile.read_own', resourceType: 'jobseeker_profile', resourceId: ainoProfileId });
    const [own, identity, card] = (await views.mine(aino, 3)).edges.map((edge) => edge.node);
    expect(own).toMatchObject({ kind: DataViewKind.PROFILE, byYou: true, organizationName: null, role: null });
    expect(identity).toMatchObject({ kind: DataViewKind.IDENTITY, role: null, byYou: false, needId: null });
    expect(identity.organizationName).toMatch(/Lah/);
    expect(card).toMatchObject({ kind: DataViewKind.IDENTIFIED_CANDIDATE_CARD, role: Role.EMPLOYER_USER, organizationName: 'Lahden Konepaja Oy' });
  });

  it('pages newest first with keyset cursors and rejects a forged cursor', async () => {
    const first = await views.mine(aino, 2);
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await views.mine(aino, 2, first.pageInfo.endCursor as string);
    const third = await views.mine(aino, 2, second.pageInfo.endCursor as string);
    const all = [...first.edges, ...second.edges, ...third.edges].map((edge) => edge.node);
    expect(new Set(all.map((node) => node.id)).size).toBe(5);
    expect(third.pageInfo.hasNextPage).toBe(false);
    const times = all.map((node) => node.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    await expect(views.mine(aino, 2, Buffer.from('k:nonsense').toString('base64'))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('shows another jobseeker nothing of it and refuses everyone who is not a jobseeker', async () => {
    const other = await views.mine(leena, 50);
    expect(other.totalCount).toBe(0);
    expect(JSON.stringify(other)).not.toContain(needId);
    await expect(views.mine(coordinator, 50)).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    await expect(views.mine(employer, 50)).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
  });

  it('is not itself audited', async () => {
    const before = await audit.eventsAbout(ainoProfileId);
    await views.mine(aino, 50);
    expect((await audit.eventsAbout(ainoProfileId)).length).toBe(before.length);
  });
});

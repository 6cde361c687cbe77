import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { initTestI18n } from '../../shared/i18n/test-i18n';
import { calls, renderPage, stubApi } from '../../test-kit/render-page';
import CandidateListPage from './CandidateListPage';


function row(overrides: Record<string, unknown> = {}) {
  return {
    profileId: 'ref-1',
    pseudonym: 'Hakija K7Q2MX',
    candidateId: null,
    source: 'SUGGESTED',
    score: 0.82,
    computedAt: '2027-01-01T08:00:00.000Z',
    coordinatorStatus: null,
    employerStatus: null,
    presentedAt: null,
    closure: null,
    progress: [],
    shareRequest: null,
    explanation: {
      occupationRelation: 'SAME_OCCUPATION',
      matchedEssentialSkills: [{ uri: 's1', label: 'tilausten keräily' }],
      matchedOptionalSkills: [],
      missingEssentialSkills: [{ uri: 's2', label: 'varastojärjestelmät' }],
      missingLanguages: [],
      missingDrivingLicence: null,
      carvedOutTasks: ['Lavojen siirto trukilla'],
      fitsWithAdjustments: false,
      adjustmentsRelied: [],
      adjustmentsNotOffered: [],
      workAbilityDetailsHidden: true,
      placeReason: 'WITHIN_RADIUS',
      distanceBand: 'FROM_10_TO_30_KM',
      distanceKm: null,
      tasks: [
        { title: 'Tilausten keräily', kind: 'CORE', outcome: 'WITHIN' },
        { title: 'Lavojen siirto trukilla', kind: 'SEPARABLE', outcome: 'CARVED_OUT' },
      ],
      parts: { workingTime: 1 },
    },
    gaps: {
      services: [{ reasons: ['MISSING_SKILL'], service: { id: 'svc-1', name: { fi: 'Varastotyön koulutus', sv: null, en: null }, provider: { id: 'p-1', name: 'Lahden aikuisopisto' } } }],
      advice: [],
    },
    ...overrides,
  };
}

let current = row();
let events: Record<string, unknown>[] = [];
let eventIds = 0;

function event(overrides: Record<string, unknown>) {
  return {
    id: `e-${(eventIds += 1)}`,
    at: '2027-01-02T08:00:00.000Z',
    profileId: 'ref-1',
    pseudonym: 'Hakija K7Q2MX',
    actorOrganizationName: 'Lahden työllisyyspalvelut',
    byYou: true,
    coordinatorStatus: null,
    employerStatus: null,
    shareDeadline: null,
    ...overrides,
  };
}

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  CandidateNeed: () => ({ need: { id: 'need-1', title: 'Keräilijä', stage: 'SPECIFIED', kinds: ['RECRUITMENT'], municipalityCode: '398', remote: false, hoursMin: 20, hoursMax: 30, partTimePossible: true, positions: 1 } }),
  CandidateList: () => ({ candidateList: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ cursor: 'c1', node: current }] } }),
  CandidateListHistory: () => ({ candidateListHistory: { totalCount: events.length, pageInfo: { hasNextPage: false, endCursor: null }, edges: events.map((node) => ({ cursor: `c-${node.id}`, node })) } }),
  CoordinatorSetCandidateStatus: (variables) => {
    const input = variables.input as { status: string; reason?: string };
    const closes = ['NOT_RELEVANT', 'NOT_INTERESTED'].includes(input.status) && current.shareRequest;
    current = row({
      coordinatorStatus: input.status,
      shareRequest: current.shareRequest,
      closure: closes ? { outcome: 'NOT_SELECTED', at: '2027-01-03T08:00:00.000Z', reason: input.reason ?? null } : null,
    });
    events = [event({ kind: 'COORDINATOR_STATUS', actor: 'COORDINATOR', coordinatorStatus: current.coordinatorStatus }), ...events];
    return { setCandidateStatus: current };
  },
  CoordinatorRequestShare: (variables) => {
    const input = variables.input as { deadline: string };
    current = row({ shareRequest: { id: 'sr-1', status: 'REQUESTED', deadline: input.deadline, requestedAt: '2027-01-02T08:00:00.000Z', answeredAt: null } });
    return { requestShare: current };
  },
});

const openList = () => renderPage(<CandidateListPage />, { at: '/coordinator/needs/need-1/candidates', path: '/coordinator/needs/:id/candidates' });

describe('the candidate list page', { timeout: 30_000 }, () => {
  beforeAll(() => {
    initTestI18n('fi');
  });
  beforeEach(() => {
    calls.length = 0;
    current = row();
    events = [];
    void i18next.changeLanguage('fi');
  });
  afterEach(cleanup);

  it('shows a pseudonymous row with the reasons in words and what could close the gaps', async () => {
    openList();
    const item = await screen.findByTestId('candidate-row');
    expect(within(item).getByRole('heading', { level: 3 }).textContent).toBe('1. Ehdokas K7Q2MX');
    const explanation = within(item).getByTestId('match-explanation').textContent ?? '';
    expect(explanation).toContain('Osaa tarpeen vaatimat taidot: tilausten keräily.');
    expect(explanation).toContain('Puuttuvat vaaditut taidot: varastojärjestelmät.');
    expect(explanation).toContain('Sopii, kun tehtävä ”Lavojen siirto trukilla” jätetään muille; hän hoitaa Tilausten keräily.');
    expect(explanation).toContain('Työpaikka on hänen toivomallaan etäisyydellä: 10–30 km.');
    expect(within(item).getByTestId('gap-closers').textContent).toContain('Varastotyön koulutus – Lahden aikuisopisto');
    expect(screen.getByTestId('audit-note').textContent).toContain('kirjataan lokiin');
  });

  it('offers "Kirjaa eteneminen" on a presented row only, listing what was recorded', async () => {
    current = row({ candidateId: 'cand-1', presentedAt: '2027-01-02T08:00:00.000Z', employerStatus: 'INTERVIEW', progress: [{ progress: 'TRAINING_STARTED', at: '2027-01-04T08:00:00.000Z' }] });
    openList();
    const item = await screen.findByTestId('candidate-row');
    const group = within(item).getByRole('group', { name: 'Eteneminen' });
    expect(within(group).getByTestId('candidacy-progress-recorded').textContent).toBe('Koulutus alkoi (4.1.2027)');
    expect(within(group).getByRole('button', { name: 'Kirjaa eteneminen' })).toBeDisabled();
  });

  it('shows no progress control before the candidate is presented', async () => {
    openList();
    const item = await screen.findByTestId('candidate-row');
    expect(within(item).queryByTestId('candidacy-progress')).toBeNull();
  });

  it('sets the status and sends a share request; the returned row replaces the old one', async () => {
    const user = userEvent.setup();
    openList();
    const item = await screen.findByTestId('candidate-row');
    await user.click(within(item).getByRole('button', { name: /Oma tilasi ehdokkaalle/ }));
    await user.click(await screen.findByRole('option', { name: 'Sopiva' }));
    await waitFor(() => expect(screen.getByTestId('candidates-saved').textContent).toBe('Ehdokas K7Q2MX: tilaksi tallennettiin Sopiva.'));
    expect(calls.find((c) => c.operation === 'CoordinatorSetCandidateStatus')?.variables).toEqual({ input: { needId: 'need-1', profileId: 'ref-1', status: 'RELEVANT' } });

    await user.click(within(screen.getByTestId('candidate-row')).getByRole('button', { name: 'Pyydä jakamaan tiedot' }));
    const dialog = await screen.findByTestId('share-dialog');
    expect(within(dialog).getByTestId('share-what').textContent).toContain('sähköpostiosoitteen');
    await user.type(within(dialog).getByLabelText(/Viesti työnhakijalle/), 'Keräilijän paikka');
    await user.click(screen.getByRole('button', { name: 'Lähetä jakopyyntö' }));
    await waitFor(() => expect(screen.getByTestId('candidates-saved').textContent).toBe('Ehdokas K7Q2MX: jakopyyntö lähetettiin.'));
    const sent = calls.find((c) => c.operation === 'CoordinatorRequestShare')?.variables.input as { message: string; deadline: string };
    expect(sent.message).toBe('Keräilijän paikka');
    expect(new Date(sent.deadline).getTime()).toBeGreaterThan(Date.now());
    expect(screen.getByTestId('share-state').textContent).toMatch(/^Jakopyyntö odottaa vastausta/);
    expect(calls.filter((c) => c.operation === 'CandidateList')).toHaveLength(1);
  });

  it('shows the list’s history in words, by role and organisation, and refreshes it after a change', async () => {
    events = [
      event({ kind: 'EMPLOYER_STATUS', actor: 'EMPLOYER', actorOrganizationName: 'Lahden Konepaja Oy', byYou: false, employerStatus: 'INTERVIEW' }),
      event({ kind: 'SHARE_ACCEPTED', actor: 'JOBSEEKER', actorOrganizationName: null, byYou: false }),
      event({ kind: 'PRESENTED', actor: 'COORDINATOR', byYou: false, pseudonym: 'Hakija AB2CDE', profileId: null }),
    ];
    const user = userEvent.setup();
    openList();
    const history = await screen.findByTestId('list-history');
    expect(within(history).getByRole('heading', { level: 2 }).textContent).toBe('Listan historia');
    await waitFor(() => expect(within(history).getAllByTestId('list-history-event')).toHaveLength(3));
    const lines = within(history).getAllByTestId('list-history-event').map((item) => item.textContent ?? '');
    expect(lines[0]).toMatch(/Ehdokas K7Q2MX: työnantajan tilaksi asetettiin .+\. Tekijä: työnantaja \(Lahden Konepaja Oy\)\./);
    expect(lines[1]).toContain('Ehdokas K7Q2MX: työnhakija suostui jakamaan tietonsa. Tekijä: työnhakija.');
    expect(lines[2]).toContain('Ehdokas AB2CDE: esiteltiin työnantajalle. Tekijä: koordinaattori (Lahden työllisyyspalvelut).');
    expect(within(history).getByTestId('list-history-count').textContent).toBe('3 tapahtumaa, näytetään 3.');

    const item = await screen.findByTestId('candidate-row');
    await user.click(within(item).getByRole('button', { name: /Oma tilasi ehdokkaalle/ }));
    await user.click(await screen.findByRole('option', { name: 'Sopiva' }));
    await waitFor(() => expect(within(history).getAllByTestId('list-history-event')).toHaveLength(4));
    expect(within(history).getAllByTestId('list-history-event')[0].textContent).toContain('Ehdokas K7Q2MX: tilaksi asetettiin Sopiva. Tekijä: sinä (Lahden työllisyyspalvelut).');
    expect(calls.filter((c) => c.operation === 'CandidateListHistory')).toHaveLength(2);
    expect(calls.filter((c) => c.operation === 'CandidateList')).toHaveLength(1);
  });

  it('asks for an optional reason, at most 300 characters, before ending a candidacy the person knows of, and shows how it ended', async () => {
    current = row({ shareRequest: { id: 'sr-1', status: 'ACCEPTED', deadline: '2027-01-10T08:00:00.000Z', requestedAt: '2027-01-02T08:00:00.000Z', answeredAt: '2027-01-03T08:00:00.000Z' } });
    const user = userEvent.setup();
    openList();
    const item = await screen.findByTestId('candidate-row');
    await user.click(within(item).getByRole('button', { name: /Oma tilasi ehdokkaalle/ }));
    await user.click(await screen.findByRole('option', { name: 'Ei kiinnostunut' }));
    const dialog = await screen.findByTestId('close-candidacy-dialog');
    expect(calls.filter((c) => c.operation === 'CoordinatorSetCandidateStatus')).toHaveLength(0);
    const field = within(dialog).getByRole('textbox', { name: /Perustelu hakijalle/ });
    expect(field).toHaveAttribute('maxlength', '300');
    expect(within(dialog).getByTestId('closure-reason-counter').textContent).toBe('0 / 300 merkkiä');
    await user.type(field, 'Haku painottui trukkikorttiin.');
    expect(within(dialog).getByTestId('closure-reason-counter').textContent).toBe('30 / 300 merkkiä');
    await user.click(screen.getByTestId('close-candidacy-dialog-confirm'));
    await waitFor(() => expect(screen.getByTestId('candidates-saved').textContent).toBe('Ehdokas K7Q2MX: tilaksi tallennettiin Ei kiinnostunut.'));
    expect(calls.find((c) => c.operation === 'CoordinatorSetCandidateStatus')?.variables).toEqual({
      input: { needId: 'need-1', profileId: 'ref-1', status: 'NOT_INTERESTED', reason: 'Haku painottui trukkikorttiin.' },
    });
    const closure = within(screen.getByTestId('candidate-row')).getByTestId('candidate-closure');
    expect(closure.textContent).toContain('Päättyi 3.1.2027: ei valittu');
    expect(closure.textContent).toContain('Perustelu hakijalle: Haku painottui trukkikorttiin.');
  });

  it('sets a closing status straight away for a suggestion the person does not know of', async () => {
    const user = userEvent.setup();
    openList();
    const item = await screen.findByTestId('candidate-row');
    await user.click(within(item).getByRole('button', { name: /Oma tilasi ehdokkaalle/ }));
    await user.click(await screen.findByRole('option', { name: 'Ei sovi' }));
    await waitFor(() => expect(screen.getByTestId('candidates-saved').textContent).toBe('Ehdokas K7Q2MX: tilaksi tallennettiin Ei sovi.'));
    expect(screen.queryByTestId('close-candidacy-dialog')).toBeNull();
    expect(calls.find((c) => c.operation === 'CoordinatorSetCandidateStatus')?.variables).toEqual({ input: { needId: 'need-1', profileId: 'ref-1', status: 'NOT_RELEVANT' } });
  });

  it('says when nothing has happened on the list yet', async () => {
    openList();
    expect((await screen.findByTestId('list-history-empty')).textContent).toContain('Listalla ei ole vielä tapahtumia');
  });
});

import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EmployerNeedQuery } from '../../gql/graphql';
import { calls, renderPage, setUpPageTest, stubApi } from '../../test-kit/render-page';
import { CandidatesSection } from './CandidatesSection';

let card: Record<string, unknown>;

function presented(overrides: Record<string, unknown> = {}) {
  return {
    candidateId: 'cand-1',
    label: 'Ehdokas 1',
    presentedAt: '2027-01-02T08:00:00.000Z',
    employerStatus: 'INTERVIEW',
    closure: null,
    matchedSkills: [],
    missingSkills: [],
    occupations: [],
    carvedOutTasks: [],
    remoteOk: false,
    hoursMin: 20,
    hoursMax: 30,
    languages: [],
    drivingLicences: [],
    educationLevel: null,
    adjustmentsNeeded: [],
    identity: null,
    progress: [],
    ...overrides,
  };
}

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  EmployerPresentedCandidates: () => ({ presentedCandidates: [card] }),
  EmployerSetCandidateStatus: (variables) => {
    const input = variables.input as { status: string; reason?: string };
    card = presented({ employerStatus: input.status, closure: { outcome: input.status, at: '2027-01-05T08:00:00.000Z', reason: input.reason ?? null } });
    return { setEmployerCandidateStatus: { candidateId: 'cand-1', employerStatus: input.status, closure: card.closure } };
  },
  RecordCandidacyProgress: (variables) => {
    const input = variables.input as { progress: string };
    const progress = [...(card.progress as { progress: string; at: string }[]), { progress: input.progress, at: '2027-01-06T08:00:00.000Z' }];
    card = { ...card, progress };
    return { recordCandidacyProgress: progress };
  },
});

const need = { id: 'need-1', positions: 1, remote: false, hoursMin: 20, hoursMax: 30, partTimePossible: true, skills: [], tasks: [], languages: [], drivingLicence: null } as unknown as EmployerNeedQuery['need'];

const renderSection = () => renderPage(<CandidatesSection need={need} placeName="Lahti" />);

describe('the employer’s presented candidates', { timeout: 30_000 }, () => {
  setUpPageTest();
  beforeEach(() => {
    card = presented();
  });
  afterEach(() => {
    cleanup();
    document.getElementById('root')?.remove();
  });

  it('asks for an optional reason the jobseeker will see before marking not selected, then shows how it ended', async () => {
    const user = userEvent.setup();
    renderSection();
    const item = await screen.findByTestId('candidate');
    await user.click(within(item).getByRole('button', { name: /Tilanne: Ehdokas 1/ }));
    await user.click(await screen.findByRole('option', { name: 'Ei valittu' }));
    const dialog = await screen.findByTestId('not-selected-dialog');
    expect(calls.filter((c) => c.operation === 'EmployerSetCandidateStatus')).toHaveLength(0);
    const field = within(dialog).getByRole('textbox', { name: /Perustelu hakijalle/ });
    expect(field).toHaveAttribute('maxlength', '300');
    expect(dialog.textContent).toContain('Hakija näkee perustelun omalla sivullaan.');
    await user.type(field, 'Valitsimme hakijan, jolla on trukkikortti.');
    expect(within(dialog).getByTestId('closure-reason-counter').textContent).toBe('42 / 300 merkkiä');
    await user.click(screen.getByTestId('not-selected-dialog-confirm'));
    await waitFor(() => expect(screen.getByTestId('candidate-saved').textContent).toBe('Ehdokas 1: tilanne on nyt Ei valittu.'));
    expect(calls.find((c) => c.operation === 'EmployerSetCandidateStatus')?.variables).toEqual({
      input: { candidateId: 'cand-1', status: 'NOT_SELECTED', reason: 'Valitsimme hakijan, jolla on trukkikortti.' },
    });
    const closure = await screen.findByTestId('candidate-closure');
    expect(closure.textContent).toContain('Päättyi 5.1.2027: ei valittu');
    expect(closure.textContent).toContain('Perustelu hakijalle: Valitsimme hakijan, jolla on trukkikortti.');
  });

  it('records progress other than a hire (Kirjaa eteneminen) and lists it with its date', async () => {
    card = presented({ progress: [{ progress: 'WORK_TRIAL', at: '2027-01-03T08:00:00.000Z' }] });
    const user = userEvent.setup();
    renderSection();
    const group = await screen.findByRole('group', { name: 'Eteneminen' });
    expect(within(group).getByTestId('candidacy-progress-recorded').textContent).toBe('Työkokeilu (3.1.2027)');
    const record = within(group).getByRole('button', { name: 'Kirjaa eteneminen' });
    expect(record).toBeDisabled();
    await user.click(within(group).getByRole('button', { name: /Kirjaa eteneminen: Ehdokas 1/ }));
    // A progress already recorded is not offered again.
    expect(screen.queryByRole('option', { name: 'Työkokeilu' })).toBeNull();
    await user.click(await screen.findByRole('option', { name: 'Palkkatuettu työ' }));
    await user.click(record);
    await waitFor(() => expect(within(group).getByTestId('candidacy-progress-saved').textContent).toBe('Ehdokas 1: kirjattu Palkkatuettu työ.'));
    expect(calls.find((c) => c.operation === 'RecordCandidacyProgress')?.variables).toEqual({ input: { candidateId: 'cand-1', progress: 'PAY_SUBSIDISED_JOB' } });
    await waitFor(() => expect(within(group).getByTestId('candidacy-progress-recorded').textContent).toContain('Palkkatuettu työ (6.1.2027)'));
  });

  it('hires without a reason when none is written', async () => {
    const user = userEvent.setup();
    renderSection();
    const item = await screen.findByTestId('candidate');
    await user.click(within(item).getByRole('button', { name: /Tilanne: Ehdokas 1/ }));
    await user.click(await screen.findByRole('option', { name: 'Palkattu' }));
    const dialog = await screen.findByTestId('hire-dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Perustelu hakijalle/ }), '   ');
    await user.click(screen.getByTestId('hire-dialog-confirm'));
    await waitFor(() => expect(screen.getByTestId('candidate-saved').textContent).toBe('Ehdokas 1: tilanne on nyt Palkattu.'));
    expect(calls.find((c) => c.operation === 'EmployerSetCandidateStatus')?.variables).toEqual({ input: { candidateId: 'cand-1', status: 'HIRED' } });
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { calls, renderPage, setUpPageTest, stubApi } from '../../test-kit/render-page';
import ConsentsPage from './ConsentsPage';

let profile: { id: string; consents: Record<string, unknown>[]; consentHistory: Record<string, unknown>[] } | null = null;

function withdraw(scope: string) {
  if (!profile) return;
  const at = '2026-12-06T10:00:00.000Z';
  profile.consents = profile.consents.map((c) => (c['scope'] === scope ? { ...c, active: false, withdrawnAt: at } : c));
  profile.consentHistory = [...profile.consentHistory, { scope, action: 'WITHDRAWN', at, byJobseeker: true, expiresAt: null }];
}

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  MyConsents: () => ({ myJobseekerProfile: profile && structuredClone(profile) }),
  WithdrawConsent: (variables) => {
    withdraw(variables['scope'] as string);
    return { withdrawConsent: { id: 'p1' } };
  },
  GrantConsent: (variables) => {
    const { scope, expiresAt } = variables['input'] as { scope: string; expiresAt: string | null };
    if (profile) {
      profile.consents = profile.consents.map((c) =>
        c['scope'] === scope ? { ...c, active: true, grantedAt: '2026-12-06T11:00:00.000Z', withdrawnAt: null, expiresAt } : c,
      );
    }
    return { grantConsent: { id: 'p1' } };
  },
});

describe('the consents page', { timeout: 30_000 }, () => {
  setUpPageTest({ shims: true });
  beforeEach(() => {
    profile = {
      id: 'p1',
      consents: [
        { scope: 'MATCHING', active: true, grantedAt: '2026-11-01T08:00:00.000Z', expiresAt: null, withdrawnAt: null },
        { scope: 'ANONYMOUS_VISIBILITY', active: true, grantedAt: '2026-11-01T08:00:00.000Z', expiresAt: '2027-05-01T20:59:59.000Z', withdrawnAt: null },
        { scope: 'SHARE_ADJUSTMENT_NEEDS', active: false, grantedAt: '2026-06-01T08:00:00.000Z', expiresAt: '2026-11-30T20:00:00.000Z', withdrawnAt: null },
      ],
      consentHistory: [
        { scope: 'MATCHING', action: 'GRANTED', at: '2026-11-01T08:00:00.000Z', byJobseeker: true, expiresAt: null },
        { scope: 'SHARE_ADJUSTMENT_NEEDS', action: 'EXPIRED', at: '2026-11-30T20:00:05.000Z', byJobseeker: false, expiresAt: '2026-11-30T20:00:00.000Z' },
      ],
    };
  });

  it('says what each consent allows and never allows, its state in words, and the history with who did it', async () => {
    renderPage(<ConsentsPage />);
    expect(await screen.findByTestId('consent-state-MATCHING')).toHaveTextContent('VoimassaVoimassa, kunnes perut sen.');
    expect(screen.getByTestId('consent-state-ANONYMOUS_VISIBILITY')).toHaveTextContent('Voimassa 1.5.2027 asti.');
    expect(screen.getByTestId('consent-state-SHARE_ADJUSTMENT_NEEDS')).toHaveTextContent('Suostumus päättyi 30.11.2026.');
    const adjustments = screen.getByTestId('consent-SHARE_ADJUSTMENT_NEEDS');
    expect(adjustments).toHaveTextContent('Työkykysi tasoja, esimerkiksi kuinka paljon pystyt nostamaan, ei näytetä työnantajalle koskaan.');
    expect(within(adjustments).getByRole('button', { name: 'Anna suostumus' })).toBeInTheDocument();
    const rows = within(screen.getByTestId('consent-history')).getAllByTestId('consent-history-row');
    expect(rows.map((row) => row.getAttribute('data-action'))).toEqual(['EXPIRED', 'GRANTED']);
    expect(rows[0]).toHaveTextContent('Palvelu (voimassaolo päättyi)');
    expect(rows[1]).toHaveTextContent('Sinä');
  });

  it('withdraws after a confirmation that says what follows, then grants again for six months', async () => {
    renderPage(<ConsentsPage />);
    await userEvent.click(within(await screen.findByTestId('consent-ANONYMOUS_VISIBILITY')).getByRole('button', { name: 'Peru suostumus' }));
    const dialog = await screen.findByTestId('withdraw-dialog');
    expect(within(dialog).getByRole('heading', { name: 'Perutko suostumuksen ”Näkyminen nimettömänä työnantajille”?' })).toBeInTheDocument();
    expect(within(dialog).getByTestId('withdraw-explained')).toHaveTextContent('Työnantajat lakkaavat heti näkemästä ehdokaskorttiasi');
    await userEvent.click(screen.getByTestId('withdraw-dialog-confirm'));
    await waitFor(() => expect(screen.getByTestId('consents-status')).toHaveTextContent('Peruit suostumuksen: Näkyminen nimettömänä työnantajille.'));
    expect(calls.find((c) => c.operation === 'WithdrawConsent')?.variables).toEqual({ scope: 'ANONYMOUS_VISIBILITY' });
    await waitFor(() => expect(screen.getByTestId('consent-state-ANONYMOUS_VISIBILITY')).toHaveAttribute('data-state', 'withdrawn'));
    await waitFor(() => expect(document.getElementById('root')).not.toHaveAttribute('aria-hidden', 'true'));
    expect(within(screen.getByTestId('consent-history')).getAllByTestId('consent-history-row')[0]).toHaveTextContent('Peruttu');

    const card = screen.getByTestId('consent-ANONYMOUS_VISIBILITY');
    await userEvent.click(within(card).getByRole('radio', { name: '6 kuukautta' }));
    await userEvent.click(within(card).getByRole('button', { name: 'Anna suostumus' }));
    await waitFor(() => expect(screen.getByTestId('consents-status')).toHaveTextContent('Annoit suostumuksen: Näkyminen nimettömänä työnantajille.'));
    const grant = calls.find((c) => c.operation === 'GrantConsent')?.variables as { input: { scope: string; expiresAt: string } };
    expect(grant.input.scope).toBe('ANONYMOUS_VISIBILITY');
    const months = (new Date(grant.input.expiresAt).getTime() - Date.now()) / (30 * 24 * 3600_000);
    expect(months).toBeGreaterThan(5.8);
    expect(months).toBeLessThan(6.3);
  });

  it('points to the profile page when there is no profile yet', async () => {
    profile = null;
    renderPage(<ConsentsPage />);
    const notice = await screen.findByTestId('consents-no-profile');
    expect(within(notice).getByRole('link', { name: 'Siirry luomaan profiili' })).toHaveAttribute('href', '/jobseeker/profile');
    expect(screen.queryByRole('button', { name: 'Anna suostumus' })).toBeNull();
  });
});

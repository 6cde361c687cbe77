import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '../../shared/i18n/test-i18n';
import { calls, renderPage, stubApi } from '../../test-kit/render-page';
import ModerationItemPage from './ModerationItemPage';

let revisionStatus = 'PENDING';

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  ModerationRevision: () => ({
    serviceRevision: {
      id: 'rev-1',
      status: revisionStatus,
      canDecide: true,
      createdAt: '2026-11-01T10:00:00.000Z',
      decidedAt: null,
      rejectionReason: revisionStatus === 'REJECTED' ? 'Kuvaus puuttuu.' : null,
      requiresPlatformAdmin: false,
      requiredEmploymentAreaIds: ['area-lahti'],
      approvedEmploymentAreaIds: [],
      service: { id: 'svc-1', status: 'PUBLISHED', name: { fi: 'Työhönvalmennus', sv: null, en: null }, provider: { id: 'p', name: 'Päijät-Hämeen Työvalmennussäätiö sr' } },
      changes: [
        { fieldName: 'nameFi', before: 'Työhönvalmennus', after: 'Työhönvalmennus Lahdessa' },
        { fieldName: 'isFree', before: true, after: false },
        { fieldName: 'municipalityCodes', before: ['398'], after: ['398', '098'] },
        { fieldName: 'categoryCodes', before: [], after: ['COACHING'] },
      ],
    },
  }),
  OpenNeedMunicipality: (variables) => ({ municipality: { code: variables.code, nameFi: variables.code === '398' ? 'Lahti' : 'Hollola', nameSv: variables.code === '398' ? 'Lahtis' : 'Hollola' } }),
  OpenNeedEmploymentAreas: () => ({ employmentAreas: [{ id: 'area-lahti', nameFi: 'Lahden työllisyysalue', nameSv: null }] }),
  ModerationTaxonomy: () => ({ taxonomyTerms: [{ code: 'COACHING', taxonomy: 'SERVICE_CATEGORY', labelFi: 'Valmennus', labelSv: 'Coachning', labelEn: 'Coaching' }] }),
  ModerationApproveRevision: () => {
    revisionStatus = 'APPROVED';
    return { approveServiceRevision: { id: 'rev-1', status: 'APPROVED', approvedEmploymentAreaIds: ['area-lahti'] } };
  },
  ModerationRejectRevision: (variables) => {
    revisionStatus = 'REJECTED';
    return { rejectServiceRevision: { id: 'rev-1', status: 'REJECTED', rejectionReason: (variables.input as { reason: string }).reason } };
  },
});

const renderAt = (at: string) => renderPage(<ModerationItemPage />, { at, path: '/coordinator/moderation/:kind/:id' });

describe('a pending revision of a published service', { timeout: 30_000 }, () => {
  beforeAll(() => initTestI18n('fi'));
  afterEach(() => {
    cleanup();
    document.body.innerHTML = '';
  });
  beforeEach(() => {
    calls.length = 0;
    revisionStatus = 'PENDING';
  });

  it('shows the diff in words, never codes', async () => {
    renderAt('/coordinator/moderation/revision/rev-1');
    const diff = await screen.findByTestId('revision-diff');
    const row = (field: string) => within(diff).getAllByTestId('diff-row').find((r) => r.getAttribute('data-field') === field)!;
    expect(row('nameFi')).toHaveTextContent(/Nimi \(suomi\).*Työhönvalmennus.*Työhönvalmennus Lahdessa/);
    expect(row('isFree')).toHaveTextContent(/Maksuton.*Kyllä.*Ei/);
    await waitFor(() => expect(row('municipalityCodes')).toHaveTextContent(/Lahti.*Lahti.*Hollola/));
    await waitFor(() => expect(row('categoryCodes')).toHaveTextContent(/\(tyhjä\).*Valmennus/));
    expect(diff).not.toHaveTextContent('COACHING');
    expect(diff).not.toHaveTextContent('098');
  });

  it('needs a reason to reject, then sends it', async () => {
    renderAt('/coordinator/moderation/revision/rev-1');
    await userEvent.click(await screen.findByTestId('moderation-reject'));
    await userEvent.click(await screen.findByTestId('reject-dialog-confirm'));
    expect(await screen.findByText('Kirjoita perustelu, vähintään 5 merkkiä.')).toBeInTheDocument();
    expect(calls.some((call) => call.operation === 'ModerationRejectRevision')).toBe(false);
    await userEvent.type(screen.getByLabelText(/^Perustelu palveluntuottajalle/), 'Hinta puuttuu kuvauksesta.');
    await userEvent.click(screen.getByTestId('reject-dialog-confirm'));
    await waitFor(() => expect(screen.getByTestId('moderation-done')).toHaveTextContent('Muutos on hylätty perustelun kanssa'));
    expect(calls.find((call) => call.operation === 'ModerationRejectRevision')?.variables).toEqual({ id: 'rev-1', input: { reason: 'Hinta puuttuu kuvauksesta.' } });
  });

  it('approves after asking', async () => {
    renderAt('/coordinator/moderation/revision/rev-1');
    await userEvent.click(await screen.findByTestId('moderation-approve'));
    await userEvent.click(await screen.findByTestId('approve-dialog-confirm'));
    await waitFor(() => expect(screen.getByTestId('moderation-done')).toHaveTextContent('Muutos on hyväksytty ja tullut voimaan.'));
    await waitFor(() => expect(screen.getByTestId('moderation-item-status')).toHaveTextContent('Hyväksytty'));
  });
});

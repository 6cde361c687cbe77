import type { GraphQLClient } from '../kit/graphql-client';
import { visited } from './kit/browser';
import { approveInModeration, client, closeSession, DEMO, employmentAreaId, eventually, journey, serviceInput, signedIn, submittedService, visitedDialog } from './kit/journeys';

// Issue 13 point 10 (and issue 11 point 1's page): a coordinator works through the moderation
// queue: rejects a submitted service with a reason, approves another, and approves a pending
// edit of a published service after seeing its diff. The same in Swedish.
const PROVIDER = DEMO.foundationProvider;
const COORDINATOR = DEMO.lahtiCoordinator;

const STAMP = Date.now().toString(36);
const names = {
  rejectFi: `Kesätyövalmennus nuorille ${STAMP}`,
  approveFi: `Rekrytointikoulutus asiakaspalveluun ${STAMP}`,
  revisionFi: `Työpajavalmennus ${STAMP}`,
  revisionFiEdited: `Työpajavalmennus Lahdessa ${STAMP}`,
  approveSv: `Digitaitojen valmennus ${STAMP}`,
  revisionSv: `Kuntouttava työtoiminta ${STAMP}`,
  revisionSvEdited: `Kuntouttava työtoiminta ja työkokeilu ${STAMP}`,
};

interface Prepared {
  provider: GraphQLClient;
  reject: string;
  approve: string;
  revision: string;
  approveSv: string;
  revisionSv: string;
}

/** Through the API as the provider: three submitted services, and two published ones with a pending edit each. */
async function prepare(): Promise<Prepared> {
  const provider = await client(PROVIDER);
  const coordinator = await client(COORDINATOR);
  const lahti = await employmentAreaId(provider, 'lahti');
  const submit = (name: string) => submittedService(provider, serviceInput(name, lahti));
  const edited = async (name: string, newName: string) => {
    const id = await submit(name);
    await coordinator.data('mutation ($id: ID!) { approveService(id: $id) { status } }', { id });
    const { updateService } = await provider.data<{ updateService: { revision: { id: string; status: string } | null } }>(
      'mutation ($id: ID!, $input: ServiceInput!) { updateService(id: $id, input: $input) { revision { id status } } }',
      {
        id,
        input: serviceInput(newName, lahti, {
          summaryFi: 'Työpajalla harjoitellaan työelämän taitoja; mukana myös työkokeilu lähiyrityksissä.',
          municipalityCodes: ['398'],
          languages: ['fi', 'sv'],
        }),
      },
    );
    if (updateService.revision?.status !== 'PENDING') throw new Error(`No pending revision for ${newName}`);
    return updateService.revision.id;
  };
  return {
    provider,
    reject: await submit(names.rejectFi),
    approve: await submit(names.approveFi),
    revision: await edited(names.revisionFi, names.revisionFiEdited),
    approveSv: await submit(names.approveSv),
    revisionSv: await edited(names.revisionSv, names.revisionSvEdited),
  };
}

describe('a coordinator moderates services and edits of published services', () => {
  const run = journey(prepare, 180_000);

  it('rejects with a reason, approves, and approves an edit after its diff (Finnish)', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'fi', COORDINATOR, '/coordinator/moderation');
    const services = page.getByTestId('moderation-services');
    await services.getByRole('link', { name: names.rejectFi }).waitFor();
    await expect(services.getByRole('row').filter({ hasText: names.rejectFi }).textContent()).resolves.toMatch(/Päijät-Hämeen Työvalmennussäätiö sr.*Työllisyysalueet: .*\d{1,2}\.\d{1,2}\.\d{4}/);
    await page.getByTestId('moderation-revisions').getByRole('link', { name: names.revisionFi }).waitFor();
    await visited(page, 'moderation-queue-fi');

    // Reject: the reason is required, and the provider sees it.
    await services.getByRole('link', { name: names.rejectFi }).click();
    await page.getByRole('heading', { level: 1, name: `Tarkastettava palvelu: ${names.rejectFi}` }).waitFor();
    await expect(page.getByTestId('moderation-provider').textContent()).resolves.toContain('Päijät-Hämeen Työvalmennussäätiö sr');
    await visited(page, 'moderation-service-fi');
    await page.getByTestId('moderation-reject').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Palautetaanko perustelun kanssa?' }).waitFor();
    await dialog.getByRole('button', { name: 'Palauta perustelun kanssa' }).click();
    await dialog.getByText('Kirjoita perustelu, vähintään 5 merkkiä.').waitFor();
    await dialog.getByLabel(/^Perustelu palveluntuottajalle/).fill('Kuvauksesta puuttuu, kenelle valmennus on tarkoitettu ja mitä se maksaa.');
    await visitedDialog(page, 'moderation-reject-dialog-fi');
    await dialog.getByRole('button', { name: 'Palauta perustelun kanssa' }).click();
    await page.getByTestId('moderation-done').filter({ hasText: 'Palvelu on palautettu palveluntuottajalle perustelun kanssa.' }).waitFor();
    await page.getByTestId('moderation-item-status').filter({ hasText: 'Palautettu' }).waitFor();
    const rejected = await run.prepared.provider.data<{ service: { status: string; rejectionReason: string } }>('query ($id: ID!) { service(id: $id) { status rejectionReason } }', {
      id: run.prepared.reject,
    });
    expect(rejected.service).toEqual({ status: 'REJECTED', rejectionReason: 'Kuvauksesta puuttuu, kenelle valmennus on tarkoitettu ja mitä se maksaa.' });

    // Approve another: published.
    await page.getByRole('link', { name: 'Takaisin tarkastettaviin' }).click();
    await services.getByRole('link', { name: names.approveFi }).waitFor();
    // The queue refetches on return: the decided service leaves it.
    await services.getByRole('link', { name: names.rejectFi }).waitFor({ state: 'detached' });
    await services.getByRole('link', { name: names.approveFi }).click();
    await approveInModeration(page, 'moderation-approve-dialog-fi');
    await visited(page, 'moderation-service-approved-fi');

    // The edit: the diff in words, then approved.
    await page.getByRole('link', { name: 'Takaisin tarkastettaviin' }).click();
    await page.getByTestId('moderation-revisions').getByRole('link', { name: names.revisionFi }).click();
    await page.getByRole('heading', { level: 1, name: `Palvelun muutos: ${names.revisionFi}` }).waitFor();
    const diff = page.getByTestId('revision-diff');
    const row = (field: string) => diff.locator(`[data-field="${field}"]`);
    await expect(row('nameFi').getByTestId('diff-before').textContent()).resolves.toContain(names.revisionFi);
    await expect(row('nameFi').getByTestId('diff-after').textContent()).resolves.toContain(names.revisionFiEdited);
    await expect(row('nameFi').getByRole('rowheader').textContent()).resolves.toBe('Nimi (suomi)');
    await row('municipalityCodes').getByTestId('diff-after').filter({ hasText: 'Lahti' }).waitFor();
    await expect(row('languages').getByTestId('diff-after').textContent()).resolves.toMatch(/suomi.*ruotsi/);
    await expect(diff.textContent()).resolves.not.toContain('398');
    await visited(page, 'moderation-revision-fi');
    await page.getByTestId('moderation-approve').click();
    await dialog.getByRole('button', { name: 'Hyväksy' }).click();
    await page.getByTestId('moderation-done').filter({ hasText: 'Muutos on hyväksytty ja tullut voimaan.' }).waitFor();
    await page.getByTestId('moderation-item-status').filter({ hasText: 'Hyväksytty' }).waitFor();
    const live = await eventually(
      async () => {
        const { serviceRevision } = await run.prepared.provider.data<{ serviceRevision: { service: { name: { fi: string } } } }>(
          'query ($id: ID!) { serviceRevision(id: $id) { service { name { fi } } } }',
          { id: run.prepared.revision },
        );
        return serviceRevision.service.name.fi === names.revisionFiEdited ? serviceRevision : undefined;
      },
      10_000,
      'the edit live',
    );
    expect(live.service.name.fi).toBe(names.revisionFiEdited);
    await page.getByRole('link', { name: 'Takaisin tarkastettaviin' }).click();
    await page.getByTestId('moderation-services').waitFor();
    await page.getByTestId('moderation-revisions').or(page.getByText('Ei tarkastettavia muutoksia.')).first().waitFor();
    await page.getByRole('link', { name: names.revisionFi }).waitFor({ state: 'detached' });

    await closeSession({ context, offOrigin });
  }, 180_000);

  it('works the same in Swedish', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'sv', COORDINATOR, '/coordinator/moderation');
    await page.getByRole('heading', { level: 1, name: 'Tjänster att granska' }).waitFor();
    await page.getByTestId('moderation-services').getByRole('link', { name: names.approveSv }).waitFor();
    await visited(page, 'moderation-queue-sv');

    await page.getByTestId('moderation-services').getByRole('link', { name: names.approveSv }).click();
    await page.getByRole('heading', { level: 1, name: `Tjänst att granska: ${names.approveSv}` }).waitFor();
    await visited(page, 'moderation-service-sv');
    await page.getByTestId('moderation-approve').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Godkänna?' }).waitFor();
    await visitedDialog(page, 'moderation-approve-dialog-sv');
    await dialog.getByRole('button', { name: 'Godkänn' }).click();
    await page.getByTestId('moderation-done').filter({ hasText: 'Tjänsten har godkänts och publicerats.' }).waitFor();

    await page.getByRole('link', { name: 'Tillbaka till granskningen' }).click();
    await page.getByTestId('moderation-revisions').getByRole('link', { name: names.revisionSv }).click();
    await page.getByRole('heading', { level: 1, name: `Ändring i tjänst: ${names.revisionSv}` }).waitFor();
    const diff = page.getByTestId('revision-diff');
    await diff.locator('[data-field="municipalityCodes"]').getByTestId('diff-after').filter({ hasText: 'Lahtis' }).waitFor();
    await expect(diff.locator('[data-field="nameFi"]').getByRole('rowheader').textContent()).resolves.toBe('Namn (finska)');
    await visited(page, 'moderation-revision-sv');
    // This one is refused: the live version stays, and the provider sees the reason.
    await page.getByTestId('moderation-reject').click();
    await dialog.getByRole('heading', { name: 'Returnera med motivering?' }).waitFor();
    await dialog.getByLabel(/^Motivering till tjänsteproducenten/).fill('Arbetsprövningen hör inte till denna tjänst; gör en egen tjänst för den.');
    await visitedDialog(page, 'moderation-reject-dialog-sv');
    await dialog.getByRole('button', { name: 'Returnera med motivering' }).click();
    await page.getByTestId('moderation-done').filter({ hasText: 'Ändringen har avslagits med motivering' }).waitFor();
    await page.getByTestId('moderation-item-status').filter({ hasText: 'Avslagen' }).waitFor();
    await visited(page, 'moderation-revision-rejected-sv');
    const { serviceRevision } = await run.prepared.provider.data<{ serviceRevision: { status: string; rejectionReason: string; service: { name: { fi: string } } } }>(
      'query ($id: ID!) { serviceRevision(id: $id) { status rejectionReason service { name { fi } } } }',
      { id: run.prepared.revisionSv },
    );
    expect(serviceRevision).toEqual({
      status: 'REJECTED',
      rejectionReason: 'Arbetsprövningen hör inte till denna tjänst; gör en egen tjänst för den.',
      service: { name: { fi: names.revisionSv } },
    });

    await closeSession({ context, offOrigin });
  }, 180_000);
});

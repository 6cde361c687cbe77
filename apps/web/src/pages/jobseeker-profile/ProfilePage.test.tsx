import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/errors/api-error';
import { calls, renderPage, setUpPageTest, stubApi } from '../../test-kit/render-page';
import ProfilePage from './ProfilePage';

const FLOORS = { uri: 'http://data.europa.eu/esco/skill/floors', label: 'puhdistaa rakennusten lattioita' };
const WINDOWS = { uri: 'http://data.europa.eu/esco/skill/windows', label: 'pestä ikkunoita' };
const CLEANER = { uri: 'http://data.europa.eu/esco/occupation/cleaner', label: 'laitoshuoltaja' };

let profile: Record<string, unknown> | null = null;
let failSaveWith: ApiError | null = null;

function aino(extra: Record<string, unknown> = {}) {
  return {
    id: 'p1',
    pseudonym: 'Hakija K7M2QX',
    updatedAt: '2026-12-01T08:00:00.000Z',
    identity: { firstName: 'Aino', lastName: 'Aaltonen', email: 'aino@example.fi', phone: null },
    skills: [FLOORS],
    occupations: [CLEANER],
    wishedOccupations: [],
    homeMunicipalityCode: '091',
    homeLatitude: null,
    homeLongitude: null,
    commuteRadiusKm: 20,
    acceptableMunicipalityCodes: [],
    remoteOk: false,
    hoursMin: 25,
    hoursMax: 30,
    languages: [{ language: 'fi', level: 'NATIVE' }],
    drivingLicences: ['B'],
    educationLevel: 'VOCATIONAL',
    workAbility: null,
    ...extra,
  };
}

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

stubApi({
  MyJobseekerProfile: () => ({ myJobseekerProfile: profile }),
  MunicipalityName: (variables) => ({ municipality: { code: variables['code'], nameFi: 'Helsinki', nameSv: 'Helsingfors' } }),
  ProfileSuggestSkills: () => ({ suggestSkills: { skills: [WINDOWS, FLOORS], occupations: [CLEANER] } }),
  SaveMyJobseekerProfile: () => {
    if (failSaveWith) throw failSaveWith;
    // The first save creates the profile: the page's query then finds it.
    profile ??= aino();
    return { saveMyJobseekerProfile: { id: 'p1', updatedAt: '2026-12-06T09:00:00.000Z' } };
  },
});

const saved = () => calls.filter((c) => c.operation === 'SaveMyJobseekerProfile').at(-1)?.variables as { input: Record<string, unknown>; identity: unknown };

describe('the jobseeker profile page', { timeout: 30_000 }, () => {
  setUpPageTest();
  beforeEach(() => {
    failSaveWith = null;
    profile = null;
  });

  it('creates a profile from an empty form: a suggested skill from the own words, names, then a message that gets focus', async () => {
    renderPage(<ProfilePage />);
    expect(await screen.findByTestId('profile-new')).toHaveTextContent('Sinulla ei ole vielä profiilia');
    await userEvent.type(screen.getByRole('textbox', { name: /Etunimi/ }), 'Aino');
    await userEvent.type(screen.getByRole('textbox', { name: /Sukunimi/ }), 'Aaltonen');
    fireEvent.change(screen.getByRole('textbox', { name: /Kuvaile työtäsi omin sanoin/ }), { target: { value: 'Siivosin sairaalan osastoja ja pesin lattioita' } });
    await userEvent.click(await screen.findByRole('button', { name: 'Lisää taito: pestä ikkunoita' }, { timeout: 5000 }));
    expect(within(screen.getByTestId('profile-chosen-skills')).getByText('pestä ikkunoita')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Haluaisin tehdä tätä työtä: laitoshuoltaja' }));
    expect(within(screen.getByTestId('profile-chosen-wishedOccupations')).getByText('laitoshuoltaja')).toBeInTheDocument();
    // Off by default: nothing about work ability is sent unless asked.
    expect(screen.queryByTestId('profile-work-ability')).toBeNull();
    await userEvent.click(screen.getByTestId('profile-save'));
    await waitFor(() => expect(screen.getByTestId('profile-saved')).toHaveTextContent('Profiilisi on luotu'));
    expect(screen.getByTestId('profile-saved')).toHaveFocus();
    // The refetched profile does not reset the form nor drop the message.
    expect(await screen.findByTestId('profile-pseudonym')).toHaveTextContent('Hakija K7M2QX');
    expect(screen.getByTestId('profile-saved')).toHaveTextContent('Profiilisi on luotu');
    const { input, identity } = saved();
    expect(identity).toEqual({ firstName: 'Aino', lastName: 'Aaltonen', email: null, phone: null });
    expect(input).toMatchObject({ skills: [WINDOWS.uri], wishedOccupations: [CLEANER.uri], occupations: [], workAbility: null, hoursMin: null });
  });

  it('keeps what the profile has and adds the work ability only when asked, with every section saying who sees it', async () => {
    profile = aino();
    renderPage(<ProfilePage />);
    expect(await screen.findByTestId('profile-pseudonym')).toHaveTextContent('Hakija K7M2QX');
    expect(screen.getByRole('spinbutton', { name: /Tunteja viikossa vähintään/ })).toHaveValue(25);
    for (const section of ['identity', 'skills', 'place', 'hours', 'workAbility']) {
      expect(within(screen.getByTestId(`who-sees-${section}`)).getByRole('heading', { name: 'Kuka näkee tämän ja milloin' })).toBeInTheDocument();
    }
    expect(screen.getByTestId('who-sees-workAbility')).toHaveTextContent('Työnantaja ei koskaan näe työkykysi tasoja');
    await userEvent.click(screen.getByRole('checkbox', { name: /Haluan, että työkykyni otetaan huomioon/ }));
    const lifting = screen.getByRole('group', { name: /Nostaminen/ });
    await userEvent.click(within(lifting).getByRole('radio', { name: 'Vähän, kevyitä tavaroita' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Työaika/ }));
    const hoursMax = screen.getByRole('spinbutton', { name: /Tunteja viikossa enintään/ });
    await userEvent.clear(hoursMax);
    await userEvent.type(hoursMax, '20');
    await userEvent.click(screen.getByTestId('profile-save'));
    await waitFor(() => expect(screen.getByTestId('profile-saved')).toHaveTextContent('Profiilisi on tallennettu'));
    const { input, identity } = saved();
    expect(input).toMatchObject({
      skills: [FLOORS.uri],
      occupations: [CLEANER.uri],
      homeMunicipalityCode: '091',
      commuteRadiusKm: 20,
      hoursMin: 25,
      hoursMax: 20,
      languages: [{ language: 'fi', level: 'NATIVE' }],
      drivingLicences: ['B'],
      educationLevel: 'VOCATIONAL',
      workAbility: { lifting: 1, standingWalking: 3, physicalStrain: 3, cognitiveLoad: 3, customerInteraction: 3, timePressure: 3, adjustmentsNeeded: ['WORKING_TIME'] },
    });
    expect(identity).toMatchObject({ firstName: 'Aino', lastName: 'Aaltonen', email: 'aino@example.fi' });
  });

  it("lists the server's field errors at the top, linked to their fields, and under the field", async () => {
    profile = aino();
    failSaveWith = new ApiError('badInput', 'Invalid input', [{ path: 'input.hoursMax', message: 'ei voi olla pienempi kuin vähimmäistunnit' }]);
    renderPage(<ProfilePage />);
    await userEvent.click(await screen.findByTestId('profile-save'));
    const summary = await screen.findByRole('heading', { name: /virhe/i });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole('link', { name: /Tunteja viikossa enintään: ei voi olla pienempi/ })).toHaveAttribute('href', expect.stringContaining('profile-hours-max'));
    expect(screen.getAllByText('ei voi olla pienempi kuin vähimmäistunnit').length).toBeGreaterThanOrEqual(1);
  });
});

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { Button, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import type { SuggestLanguage } from '../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { ApiError } from '../../shared/errors/api-error';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDateTime } from '../../shared/format/format';
import { FormErrors, type FieldBinding } from '../../shared/forms/FormErrors';
import { isLanguage, type Language } from '../../shared/i18n/i18n';
import { Page } from '../../shared/layout/Page';
import { Loading } from '../../shared/layout/LoadingPage';
import { ids, statusProps, type SectionProps } from './form-props';
import { HoursSection } from './HoursSection';
import { MyJobseekerProfileQuery, SaveMyJobseekerProfileMutation } from './jobseeker-profile.documents';
import { PlaceSection } from './PlaceSection';
import { toForm, toIdentity, toInput, type Profile, type ProfileForm } from './profile-form';
import { SkillsSection } from './SkillsSection';
import { ProfileSection } from './ProfileSection';
import { WorkAbilitySection } from './WorkAbilitySection';
import './jobseeker-profile.css';

/** The server's message for a field below `argument` (exact, or the first below it: `skills.0`, `skills[0]`). */
function problemOf(error: unknown, argument: string, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const full = `${argument}.${path}`;
  const alternatives = [full, full.replace(/\.(\d+)(?=\.|$)/g, '[$1]')];
  return error.fields.find((f) => alternatives.some((a) => f.path === a || f.path.startsWith(`${a}.`) || f.path.startsWith(`${a}[`)))?.message;
}

function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'fi';
}

/** The signed-in jobseeker's own profile: one form that creates it, or replaces it when it exists. */
export default function ProfilePage() {
  const { t } = useTranslation('jobseekerProfile');
  const query = useApiQuery(MyJobseekerProfileQuery, undefined);
  return (
    <Page title={t('title')} lead={<Paragraph>{t('lead')}</Paragraph>}>
      {query.isPending ? <Loading /> : null}
      {query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {/* Not keyed by the profile: the first save creates it, and the form (and its message) stays. */}
      {query.data ? <ProfileEditor profile={query.data.myJobseekerProfile ?? null} /> : null}
    </Page>
  );
}

function ProfileEditor({ profile }: { profile: Profile | null }) {
  const { t } = useTranslation('jobseekerProfile');
  const language = useLanguage();
  const [form, setForm] = useState<ProfileForm>(() => toForm(profile));
  const [announcement, setAnnouncement] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const save = useApiMutation(SaveMyJobseekerProfileMutation, { invalidates: ['MyJobseekerProfile', 'MyConsents'] });
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  const change: SectionProps['change'] = (update) => {
    setForm(update);
    setSaved(null);
  };
  const problem = (path: string) => problemOf(save.error, 'input', path);
  const identityProblem = (path: string) => problemOf(save.error, 'identity', path);
  const props: SectionProps = { form, change, problem, announce: setAnnouncement };

  const fields: FieldBinding[] = [
    { path: 'hoursMin', inputId: ids.hoursMin, label: t('hours.minLabel') },
    { path: 'hoursMax', inputId: ids.hoursMax, label: t('hours.maxLabel') },
    { path: 'commuteRadiusKm', inputId: ids.radius, label: t('place.radiusLabel') },
    { path: 'homeMunicipalityCode', inputId: ids.home, label: t('place.homeLabel') },
    { path: 'acceptableMunicipalityCodes', inputId: ids.acceptable, label: t('place.acceptableLabel') },
    { path: 'skills', inputId: ids.skillsHeading, label: t('skills.chosen.skills', { count: form.skills.length }) },
    { path: 'occupations', inputId: ids.description, label: t('skills.chosen.occupations', { count: form.occupations.length }) },
    { path: 'wishedOccupations', inputId: ids.description, label: t('skills.chosen.wishedOccupations', { count: form.wishedOccupations.length }) },
    { path: 'languages', inputId: ids.addLanguage, label: t('hours.languagesLegend') },
    { path: 'educationLevel', inputId: `${ids.education}_button`, label: t('hours.educationLabel') },
    { path: 'workAbility', inputId: ids.workAbilityOn, label: t('workAbility.heading') },
    { path: 'identity.firstName', inputId: ids.firstName, label: t('identity.firstName') },
    { path: 'identity.lastName', inputId: ids.lastName, label: t('identity.lastName') },
    { path: 'identity.email', inputId: ids.email, label: t('identity.email') },
    { path: 'identity.phone', inputId: ids.phone, label: t('identity.phone') },
  ];

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(null);
    save.mutate(
      { input: toInput(form), identity: toIdentity(form) },
      { onSuccess: (data) => setSaved(t(profile ? 'saved' : 'created', { time: formatDateTime(data.saveMyJobseekerProfile.updatedAt, language) })) },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="profile-form-title" data-testid="profile-form">
      <Heading variant="h2" id="profile-form-title" className="visually-hidden">
        {t('formTitle')}
      </Heading>
      {profile ? (
        <Paragraph mb="m" data-testid="profile-pseudonym">
          {t('pseudonym', { pseudonym: profile.pseudonym })}
        </Paragraph>
      ) : (
        <InlineAlert status="neutral" mb="m" data-testid="profile-new">
          {t('newProfile')}
        </InlineAlert>
      )}
      <div className="visually-hidden" role="status">
        {announcement}
      </div>
      <FormErrors error={save.error} fields={fields} />

      <ProfileSection section="identity">
        <Paragraph mb="s">{t('identity.intro')}</Paragraph>
        <div className="profile-pair">
          <TextInput
            id={ids.firstName}
            labelText={t('identity.firstName')}
            autoComplete="given-name"
            value={form.firstName}
            onChange={(value) => change((current) => ({ ...current, firstName: String(value ?? '') }))}
            {...statusProps(identityProblem('firstName'))}
          />
          <TextInput
            id={ids.lastName}
            labelText={t('identity.lastName')}
            autoComplete="family-name"
            value={form.lastName}
            onChange={(value) => change((current) => ({ ...current, lastName: String(value ?? '') }))}
            {...statusProps(identityProblem('lastName'))}
          />
        </div>
        <div className="profile-pair">
          <TextInput
            id={ids.email}
            type="email"
            labelText={t('identity.email')}
            optionalText={t('optional')}
            autoComplete="email"
            value={form.email}
            onChange={(value) => change((current) => ({ ...current, email: String(value ?? '') }))}
            {...statusProps(identityProblem('email'))}
          />
          <TextInput
            id={ids.phone}
            type="tel"
            labelText={t('identity.phone')}
            optionalText={t('optional')}
            autoComplete="tel"
            value={form.phone}
            onChange={(value) => change((current) => ({ ...current, phone: String(value ?? '') }))}
            {...statusProps(identityProblem('phone'))}
          />
        </div>
      </ProfileSection>

      <SkillsSection {...props} language={language.toUpperCase() as SuggestLanguage} />
      <PlaceSection {...props} />
      <HoursSection {...props} language={language} />
      <WorkAbilitySection {...props} />

      <div className="profile-save">
        <Button type="submit" disabled={save.isPending} data-testid="profile-save">
          {profile ? t('save') : t('create')}
        </Button>
        <RouterLink to="/jobseeker/consents" className="profile-consents-link">
          {t('toConsents')}
        </RouterLink>
      </div>
      <div role="status" tabIndex={-1} ref={savedRef} className="profile-saved" data-testid="profile-saved">
        {saved ? (
          <InlineAlert status="neutral" labelText={t('savedTitle')}>
            {saved}
          </InlineAlert>
        ) : null}
      </div>
    </form>
  );
}

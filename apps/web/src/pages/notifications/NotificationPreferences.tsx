import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, HintText, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import type { MyNotificationPreferencesQuery, NotificationChannel, NotificationType, Role } from '../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { Loading } from '../../shared/layout/LoadingPage';
import { concernsRoles, NOTIFICATION_CHANNELS, typeKey } from './notification-links';
import { MyNotificationPreferencesQuery as PreferencesDocument, SetNotificationPreferenceMutation } from './notifications.documents';

type Preference = MyNotificationPreferencesQuery['notificationPreferences'][number];

function PreferenceGroup({
  preference,
  value,
  onChange,
}: {
  preference: Preference;
  value: NotificationChannel;
  onChange: (channel: NotificationChannel) => void;
}) {
  const { t } = useTranslation('notifications');
  const key = typeKey(preference.type);
  return (
    <RadioButtonGroup
      name={`notification-preference-${preference.type}`}
      id={`notification-preference-${preference.type}`}
      labelText={t(`types.${key}.label`)}
      groupHintText={t(`types.${key}.description`)}
      value={value}
      onChange={(channel) => onChange(channel as NotificationChannel)}
      className="notifications-preference"
      mb="l"
      data-testid={`preference-${preference.type}`}
    >
      {NOTIFICATION_CHANNELS.map((channel) => (
        <RadioButton key={channel} value={channel}>
          {channel === preference.defaultChannel
            ? t('channels.isDefault', { channel: t(`channels.${channel}.label`) })
            : t(`channels.${channel}.label`)}
        </RadioButton>
      ))}
    </RadioButtonGroup>
  );
}

function PreferencesForm({ preferences, roles }: { preferences: Preference[]; roles: readonly Role[] }) {
  const { t } = useTranslation('notifications');
  const [saved, setSaved] = useState<Record<string, NotificationChannel>>(() =>
    Object.fromEntries(preferences.map((p) => [p.type, p.channel])),
  );
  const [choices, setChoices] = useState<Record<string, NotificationChannel>>(saved);
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState<unknown>(null);
  const save = useApiMutation(SetNotificationPreferenceMutation, { invalidates: ['MyNotificationPreferences'] });

  const yours = preferences.filter((p) => concernsRoles(p.type, roles));
  const others = preferences.filter((p) => !concernsRoles(p.type, roles));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    setFailed(null);
    const changed = preferences.filter((p) => choices[p.type] !== saved[p.type]);
    if (changed.length === 0) {
      setStatus(t('preferences.noChanges'));
      return;
    }
    try {
      for (const preference of changed) {
        const result = await save.mutateAsync({ type: preference.type as NotificationType, channel: choices[preference.type] });
        setSaved((current) => ({ ...current, [result.setNotificationPreference.type]: result.setNotificationPreference.channel }));
      }
      setStatus(t('preferences.saved'));
    } catch (error) {
      setFailed(error);
    }
  };

  const group = (preference: Preference) => (
    <PreferenceGroup
      key={preference.type}
      preference={preference}
      value={choices[preference.type]}
      onChange={(channel) => {
        setStatus('');
        setChoices((current) => ({ ...current, [preference.type]: channel }));
      }}
    />
  );

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      {yours.length > 0 ? (
        <>
          <Heading variant="h3" mb="s">
            {t('preferences.yours')}
          </Heading>
          <div className="notifications-groups">{yours.map(group)}</div>
        </>
      ) : null}
      {others.length > 0 ? (
        <>
          {yours.length > 0 ? (
            <>
              <Heading variant="h3" mb="xxs">
                {t('preferences.others')}
              </Heading>
              <HintText mb="s">{t('preferences.othersHint')}</HintText>
            </>
          ) : null}
          <div className="notifications-groups">{others.map(group)}</div>
        </>
      ) : null}
      {failed ? <ErrorState error={failed} /> : null}
      <div className="notifications-save">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('preferences.saving') : t('preferences.save')}
        </Button>
        <div role="status" className="notifications-status notifications-saved" data-testid="preferences-status">
          {status}
        </div>
      </div>
    </form>
  );
}

/** Every notification type with the channel the person gets it through, saved with one button. */
export function NotificationPreferences({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation('notifications');
  const query = useApiQuery(PreferencesDocument, undefined);
  return (
    <section aria-labelledby="notification-preferences-heading" className="notifications-preferences">
      <Heading variant="h2" id="notification-preferences-heading" mb="s">
        {t('preferences.heading')}
      </Heading>
      <Paragraph mb="s">{t('preferences.lead')}</Paragraph>
      <ul className="notifications-channels" aria-label={t('preferences.channelsHeading')}>
        {NOTIFICATION_CHANNELS.map((channel) => (
          <li key={channel}>
            <strong>{t(`channels.${channel}.label`)}</strong>: {t(`channels.${channel}.hint`)}
          </li>
        ))}
      </ul>
      {query.isPending ? <Loading /> : null}
      {query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? <PreferencesForm preferences={query.data.notificationPreferences} roles={roles} /> : null}
    </section>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';

/** "Kuka näkee tämän ja milloin": who sees a section's data and when, as the consent rules say. */
export function WhoSees({ section }: { section: 'skills' | 'place' | 'hours' | 'workAbility' | 'identity' }) {
  const { t } = useTranslation('jobseekerProfile');
  const headingId = useId();
  const lines = t(`whoSees.${section}`, { returnObjects: true }) as string[];
  return (
    <aside className="profile-who-sees" aria-labelledby={headingId} data-testid={`who-sees-${section}`}>
      <Heading variant="h3" id={headingId} className="profile-who-sees-heading">
        {t('whoSees.heading')}
      </Heading>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </aside>
  );
}

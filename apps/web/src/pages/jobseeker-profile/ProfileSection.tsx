import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { WhoSees } from './WhoSees';

type Section = 'identity' | 'skills' | 'place' | 'hours' | 'workAbility';

const HEADING_IDS: Record<Section, string> = {
  identity: 'profile-identity-heading',
  skills: 'profile-skills-heading',
  place: 'profile-place-heading',
  hours: 'profile-hours-heading',
  workAbility: 'profile-work-ability-heading',
};

/** One section of the profile form: its heading, its fields, and who sees what is in it. */
export function ProfileSection({ section, children }: { section: Section; children: ReactNode }) {
  const { t } = useTranslation('jobseekerProfile');
  return (
    <section aria-labelledby={HEADING_IDS[section]} className="profile-section">
      <Heading variant="h2" id={HEADING_IDS[section]} mb="s">
        {t(`${section}.heading`)}
      </Heading>
      {children}
      <WhoSees section={section} />
    </section>
  );
}

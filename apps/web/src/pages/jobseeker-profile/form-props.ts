import type { ProfileForm } from './profile-form';

/** What every section of the profile form gets. */
export interface SectionProps {
  form: ProfileForm;
  change: (update: (form: ProfileForm) => ProfileForm) => void;
  /** The server's word on a field below `input` (e.g. `hoursMax`), if any. */
  problem: (path: string) => string | undefined;
  /** Says a change out loud to screen readers. */
  announce: (text: string) => void;
}

export { statusProps } from '../../shared/forms/field-props';

/** Input ids, shared by the fields and the error summary's links. */
export const ids = {
  firstName: 'profile-first-name',
  lastName: 'profile-last-name',
  email: 'profile-email',
  phone: 'profile-phone',
  description: 'profile-description',
  search: 'profile-skill-search',
  skillsHeading: 'profile-skills-chosen',
  home: 'profile-home-municipality',
  areaMode: 'profile-area-mode',
  radius: 'profile-commute-radius',
  acceptable: 'profile-acceptable-municipality',
  remote: 'profile-remote',
  hoursMin: 'profile-hours-min',
  hoursMax: 'profile-hours-max',
  addLanguage: 'profile-add-language',
  language: (index: number) => `profile-language-${index}`,
  languageLevel: (index: number) => `profile-language-${index}-level`,
  education: 'profile-education',
  workAbilityOn: 'profile-work-ability-on',
  dimension: (name: string, level: number) => `profile-dimension-${name}-${level}`,
} as const;

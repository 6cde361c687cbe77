import { keepPreviousData } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, SearchInput } from 'suomifi-ui-components';
import type { SuggestLanguage } from '../../gql/graphql';
import { useApiQuery } from '../../shared/api/hooks';
import { LongTextField } from '../../shared/forms/LongTextField';
import { useDebouncedValue } from '../../shared/forms/use-debounced-value';
import { Loading } from '../../shared/layout/LoadingPage';
import { ids, type SectionProps } from './form-props';
import { ProfileSuggestSkillsQuery } from './jobseeker-profile.documents';
import { addConcepts, type Concept, type ProfileForm } from './profile-form';
import { ProfileSection } from './ProfileSection';

const SUGGESTIONS = 8;
type ListKey = 'skills' | 'occupations' | 'wishedOccupations';

/**
 * Skills and occupations: the person tells about their work in their own words and the
 * Osaamissuosittelija suggests ESCO skills and occupations; or they search by name.
 */
export function SkillsSection({ form, change, problem, announce, language }: SectionProps & { language: SuggestLanguage }) {
  const { t } = useTranslation('jobseekerProfile');
  const headings = { skills: useRef<HTMLHeadingElement>(null), occupations: useRef<HTMLHeadingElement>(null), wishedOccupations: useRef<HTMLHeadingElement>(null) };

  const text = useDebouncedValue(form.description.trim(), 500);
  const suggestions = useApiQuery(ProfileSuggestSkillsQuery, { text, language, first: SUGGESTIONS }, { enabled: text.length >= 2, placeholderData: keepPreviousData });
  const [typed, setTyped] = useState('');
  const searched = useDebouncedValue(typed.trim(), 400);
  const search = useApiQuery(ProfileSuggestSkillsQuery, { text: searched, language, first: SUGGESTIONS }, { enabled: searched.length >= 2, placeholderData: keepPreviousData });

  const has = (key: ListKey, uri: string) => form[key].some((concept) => concept.uri === uri);
  const add = (key: ListKey, concept: Concept) => {
    change((current) => {
      // An occupation is either worked in or wished for, never both (the server says so too).
      const next: ProfileForm = { ...current, [key]: addConcepts(current[key], [concept]) };
      if (key === 'occupations') next.wishedOccupations = current.wishedOccupations.filter((c) => c.uri !== concept.uri);
      if (key === 'wishedOccupations') next.occupations = current.occupations.filter((c) => c.uri !== concept.uri);
      return next;
    });
    announce(t(`skills.added.${key}`, { label: concept.label }));
  };
  const remove = (key: ListKey, concept: Concept) => {
    change((current) => ({ ...current, [key]: current[key].filter((c) => c.uri !== concept.uri) }));
    announce(t('skills.removed', { label: concept.label }));
    // The chip and its button are gone: focus goes to the list's heading.
    headings[key].current?.focus();
  };

  const addButton = (key: ListKey, concept: Concept, label: string) => {
    const added = has(key, concept.uri);
    return (
      <Button
        variant="secondary"
        aria-disabled={added}
        aria-label={added ? t(`skills.isAdded.${key}`, { label: concept.label }) : `${label}: ${concept.label}`}
        onClick={() => (added ? undefined : add(key, concept))}
      >
        {added ? t('skills.addedShort') : label}
      </Button>
    );
  };
  const skillList = (skills: readonly Concept[], label: string) => (
    <ul className="profile-concepts" aria-label={label}>
      {skills.map((concept) => (
        <li key={concept.uri}>
          <span className="profile-concept-label">{concept.label}</span>
          {addButton('skills', concept, t('skills.addSkill'))}
        </li>
      ))}
    </ul>
  );
  const occupationList = (occupations: readonly Concept[], label: string) => (
    <ul className="profile-concepts" aria-label={label}>
      {occupations.map((concept) => (
        <li key={concept.uri}>
          <span className="profile-concept-label">{concept.label}</span>
          {addButton('occupations', concept, t('skills.workedIn'))}
          {addButton('wishedOccupations', concept, t('skills.wishFor'))}
        </li>
      ))}
    </ul>
  );
  const suggested = (body: (data: NonNullable<typeof suggestions.data>) => ReactNode) =>
    text.length < 2 ? (
      <Paragraph>{t('skills.noText')}</Paragraph>
    ) : suggestions.isPending ? (
      <Loading label={t('skills.loading')} />
    ) : suggestions.data ? (
      body(suggestions.data)
    ) : null;

  const chosen = (key: ListKey) => (
    <>
      <Heading variant="h3" mt="m" mb="xs" ref={headings[key]} tabIndex={-1} id={key === 'skills' ? ids.skillsHeading : undefined}>
        {t(`skills.chosen.${key}`, { count: form[key].length })}
      </Heading>
      {form[key].length === 0 ? (
        <Paragraph>{t(`skills.none.${key}`)}</Paragraph>
      ) : (
        <ul className="profile-chips" data-testid={`profile-chosen-${key}`}>
          {form[key].map((concept, index) => (
            <li key={concept.uri} className="profile-chip">
              <span>{concept.label}</span>
              <Button variant="secondaryNoBorder" onClick={() => remove(key, concept)} aria-label={t('skills.remove', { label: concept.label })}>
                {t('skills.removeShort')}
              </Button>
              {problem(`${key}.${index}`) ? <span className="profile-chip-error">{problem(`${key}.${index}`)}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );

  return (
    <ProfileSection section="skills">
      <LongTextField
        id={ids.description}
        label={t('skills.descriptionLabel')}
        hint={t('skills.descriptionHint')}
        optionalText={t('optional')}
        value={form.description}
        onChange={(value) => change((current) => ({ ...current, description: value }))}
      />
      <Heading variant="h3" mt="m" mb="xs">
        {t('skills.suggestedSkills')}
      </Heading>
      {suggested((data) => (data.suggestSkills.skills.length === 0 ? <Paragraph>{t('skills.noSuggestions')}</Paragraph> : skillList(data.suggestSkills.skills, t('skills.suggestedSkills'))))}
      <Heading variant="h3" mt="m" mb="xs">
        {t('skills.suggestedOccupations')}
      </Heading>
      {suggested((data) =>
        data.suggestSkills.occupations.length === 0 ? <Paragraph>{t('skills.noSuggestions')}</Paragraph> : occupationList(data.suggestSkills.occupations, t('skills.suggestedOccupations')),
      )}

      <Heading variant="h3" mt="l" mb="xs">
        {t('skills.searchHeading')}
      </Heading>
      <SearchInput
        id={ids.search}
        labelText={t('skills.searchLabel')}
        clearButtonLabel={t('skills.clearSearch')}
        searchButtonLabel={t('skills.searchButton')}
        value={typed}
        onChange={(value) => setTyped(String(value ?? ''))}
        onSearch={(value) => setTyped(String(value ?? ''))}
        fullWidth
      />
      <div role="status" className="profile-search-status">
        {searched.length >= 2 && search.data ? t('skills.searchResults', { count: search.data.suggestSkills.skills.length + search.data.suggestSkills.occupations.length }) : ''}
      </div>
      {searched.length >= 2 && search.data ? (
        <div className="profile-search-results">
          {search.data.suggestSkills.skills.length > 0 ? skillList(search.data.suggestSkills.skills, t('skills.searchSkills')) : null}
          {search.data.suggestSkills.occupations.length > 0 ? occupationList(search.data.suggestSkills.occupations, t('skills.searchOccupations')) : null}
        </div>
      ) : null}

      {chosen('skills')}
      {chosen('occupations')}
      {chosen('wishedOccupations')}
    </ProfileSection>
  );
}

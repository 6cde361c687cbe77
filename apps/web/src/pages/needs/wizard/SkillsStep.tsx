import { useRef, useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { Button, Heading, InlineAlert, Paragraph, RadioButton, RadioButtonGroup, SearchInput, Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { SuggestLanguage } from '../../../gql/graphql';
import { useApiQuery } from '../../../shared/api/hooks';
import { Loading } from '../../../shared/layout/LoadingPage';
import { NeedWizardOccupationQuery, NeedWizardSuggestSkillsQuery } from './need-wizard.documents';
import type { StepProps } from './step-props';
import { useDebouncedValue } from '../../../shared/forms/use-debounced-value';
import { addSkills, ids, suggestionText, type WizardForm } from './wizard-state';

const SUGGESTIONS = 8;

interface Concept {
  uri: string;
  label: string;
}

/**
 * Step 3: the occupation and the skills, suggested from the title and description (in the UI
 * language) or searched in ESCO; each chosen skill is required or wished.
 */
export function SkillsStep({ form, change, problem, language }: StepProps & { language: SuggestLanguage }) {
  const { t } = useTranslation('needWizard');
  const [announcement, setAnnouncement] = useState('');
  const chosenHeading = useRef<HTMLHeadingElement>(null);

  const text = useDebouncedValue(suggestionText(form), 500);
  const suggestions = useApiQuery(
    NeedWizardSuggestSkillsQuery,
    { text, language, first: SUGGESTIONS },
    { enabled: text.length >= 2, placeholderData: keepPreviousData },
  );

  const [typed, setTyped] = useState('');
  const searched = useDebouncedValue(typed.trim(), 400);
  const search = useApiQuery(
    NeedWizardSuggestSkillsQuery,
    { text: searched, language, first: SUGGESTIONS },
    { enabled: searched.length >= 2, placeholderData: keepPreviousData },
  );

  const occupationUri = form.occupation?.uri ?? '';
  const occupation = useApiQuery(NeedWizardOccupationQuery, { uri: occupationUri, language }, { enabled: occupationUri !== '' });
  const essential = occupation.data?.escoOccupation.essentialSkills ?? [];

  const chosen = new Set(form.skills.map((skill) => skill.uri));

  const chooseOccupation = (concept: Concept) => {
    change((current) => ({ ...current, occupation: { uri: concept.uri, label: concept.label } }));
    setAnnouncement(t('skills.occupationChosen', { label: concept.label }));
  };
  const add = (concepts: Concept[]) => {
    change((current) => ({ ...current, skills: addSkills(current.skills, concepts) }));
    setAnnouncement(concepts.length === 1 ? t('skills.skillAdded', { label: concepts[0].label }) : t('skills.skillsAdded', { count: concepts.length }));
  };
  const remove = (uri: string, label: string) => {
    change((current) => ({ ...current, skills: current.skills.filter((skill) => skill.uri !== uri) }));
    setAnnouncement(t('skills.skillRemoved', { label }));
    // The row and its button are gone: focus goes to the list's heading, not to the page's start.
    chosenHeading.current?.focus();
  };

  const occupationButton = (concept: Concept) => {
    const isChosen = concept.uri === occupationUri;
    return (
      <Button
        variant="secondary"
        aria-disabled={isChosen}
        aria-label={isChosen ? t('skills.occupationIsChosen', { label: concept.label }) : t('skills.chooseOccupationFor', { label: concept.label })}
        onClick={() => (isChosen ? undefined : chooseOccupation(concept))}
      >
        {isChosen ? t('skills.chosen') : t('skills.chooseOccupation')}
      </Button>
    );
  };
  const skillButton = (concept: Concept) => {
    const isChosen = chosen.has(concept.uri);
    return (
      <Button
        variant="secondary"
        aria-disabled={isChosen}
        aria-label={isChosen ? t('skills.skillIsAdded', { label: concept.label }) : t('skills.addSkillFor', { label: concept.label })}
        onClick={() => (isChosen ? undefined : add([concept]))}
      >
        {isChosen ? t('skills.added') : t('skills.addSkill')}
      </Button>
    );
  };
  const conceptList = (concepts: readonly Concept[], button: (concept: Concept) => React.ReactNode, label: string) => (
    <ul className="need-wizard-concepts" aria-label={label}>
      {concepts.map((concept) => (
        <li key={concept.uri}>
          <span className="need-wizard-concept-label">{concept.label}</span>
          {button(concept)}
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <Paragraph mb="m">{t('skills.intro')}</Paragraph>
      <div className="visually-hidden" role="status">
        {announcement}
      </div>

      <Heading variant="h3" mb="s">
        {t('skills.occupationHeading')}
      </Heading>
      <div className="card need-wizard-chosen-occupation">
        {form.occupation ? (
          <>
            <Text>
              {t('skills.chosenOccupation')}: <strong>{occupation.data?.escoOccupation.label ?? form.occupation.label}</strong>
            </Text>
            <Button
              variant="secondaryNoBorder"
              onClick={() => {
                change((current) => ({ ...current, occupation: null }));
                setAnnouncement(t('skills.occupationRemoved'));
              }}
            >
              {t('skills.removeOccupation')}
            </Button>
          </>
        ) : (
          <Text>{t('skills.noOccupation')}</Text>
        )}
        {problem('occupationUri') ? (
          <InlineAlert status="error" mt="s">
            {problem('occupationUri')}
          </InlineAlert>
        ) : null}
      </div>

      <Heading variant="h4" mt="m" mb="xs">
        {t('skills.suggestedOccupationsHeading')}
      </Heading>
      {text.length < 2 ? (
        <Paragraph>{t('skills.noText')}</Paragraph>
      ) : suggestions.isPending ? (
        <Loading label={t('skills.loadingSuggestions')} />
      ) : (suggestions.data?.suggestSkills.occupations.length ?? 0) === 0 ? (
        <Paragraph>{t('skills.noSuggestions')}</Paragraph>
      ) : (
        conceptList(suggestions.data?.suggestSkills.occupations ?? [], occupationButton, t('skills.suggestedOccupationsHeading'))
      )}

      {form.occupation ? (
        <>
          <Heading variant="h4" mt="m" mb="xs">
            {t('skills.essentialHeading', { occupation: occupation.data?.escoOccupation.label ?? form.occupation.label })}
          </Heading>
          {occupation.isPending ? (
            <Loading />
          ) : essential.length === 0 ? (
            <Paragraph>{t('skills.noEssential')}</Paragraph>
          ) : (
            <>
              <Button variant="secondary" mb="s" onClick={() => add(essential.filter((skill) => !chosen.has(skill.uri)))} aria-disabled={essential.every((skill) => chosen.has(skill.uri))}>
                {t('skills.addAllEssential', { count: essential.length })}
              </Button>
              {conceptList(essential, skillButton, t('skills.essentialListLabel'))}
            </>
          )}
        </>
      ) : null}

      <Heading variant="h4" mt="m" mb="xs">
        {t('skills.suggestedSkillsHeading')}
      </Heading>
      {text.length < 2 ? (
        <Paragraph>{t('skills.noText')}</Paragraph>
      ) : suggestions.isPending ? (
        <Loading label={t('skills.loadingSuggestions')} />
      ) : (suggestions.data?.suggestSkills.skills.length ?? 0) === 0 ? (
        <Paragraph>{t('skills.noSuggestions')}</Paragraph>
      ) : (
        conceptList(suggestions.data?.suggestSkills.skills ?? [], skillButton, t('skills.suggestedSkillsHeading'))
      )}

      <Heading variant="h3" mt="l" mb="s">
        {t('skills.searchHeading')}
      </Heading>
      <SearchInput
        id={ids.occupationSearch}
        labelText={t('skills.searchLabel')}
        clearButtonLabel={t('skills.clearSearch')}
        searchButtonLabel={t('skills.searchButton')}
        value={typed}
        onChange={setTyped}
        onSearch={(value) => setTyped(value)}
        fullWidth
      />
      <div role="status" className="need-wizard-search-status">
        {searched.length >= 2 && search.data
          ? t('skills.searchResults', { count: search.data.suggestSkills.occupations.length + search.data.suggestSkills.skills.length })
          : ''}
      </div>
      {searched.length >= 2 && search.data ? (
        <div className="need-wizard-search-results">
          {search.data.suggestSkills.occupations.length > 0 ? (
            <>
              <Heading variant="h4" mb="xs">
                {t('skills.searchOccupations')}
              </Heading>
              {conceptList(search.data.suggestSkills.occupations, occupationButton, t('skills.searchOccupations'))}
            </>
          ) : null}
          {search.data.suggestSkills.skills.length > 0 ? (
            <>
              <Heading variant="h4" mt="s" mb="xs">
                {t('skills.searchSkills')}
              </Heading>
              {conceptList(search.data.suggestSkills.skills, skillButton, t('skills.searchSkills'))}
            </>
          ) : null}
        </div>
      ) : null}

      <Heading variant="h3" mt="l" mb="s" ref={chosenHeading} tabIndex={-1}>
        {t('skills.chosenHeading')}
      </Heading>
      <ChosenSkills form={form} change={change} problem={problem} onRemove={remove} />
    </>
  );
}

function ChosenSkills({ form, change, problem, onRemove }: StepProps & { onRemove: (uri: string, label: string) => void }) {
  const { t } = useTranslation('needWizard');
  if (form.skills.length === 0) return <Paragraph>{t('skills.noneChosen')}</Paragraph>;
  const setRequired = (uri: string, required: boolean) =>
    change((current: WizardForm) => ({ ...current, skills: current.skills.map((skill) => (skill.uri === uri ? { ...skill, required } : skill)) }));
  return (
    <ul className="need-wizard-chosen-skills">
      {form.skills.map((skill, index) => {
        const message = problem(`skills.${index}.uri`) ?? problem(`skills.${index}.required`);
        return (
          <li key={skill.uri} className="card">
            <RadioButtonGroup
              name={`need-skill-${index}`}
              labelText={skill.label}
              value={skill.required ? 'required' : 'wished'}
              onChange={(value) => setRequired(skill.uri, value === 'required')}
              groupStatus={message ? 'error' : 'default'}
              groupStatusText={message}
              className="need-wizard-inline-radios"
            >
              <RadioButton value="required" id={ids.skillRequired(index)}>
                {t('skills.required')}
              </RadioButton>
              <RadioButton value="wished" id={`need-skill-${index}-wished`}>
                {t('skills.wished')}
              </RadioButton>
            </RadioButtonGroup>
            <Button variant="secondaryNoBorder" onClick={() => onRemove(skill.uri, skill.label)} aria-label={t('skills.removeSkill', { label: skill.label })}>
              {t('skills.remove')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}

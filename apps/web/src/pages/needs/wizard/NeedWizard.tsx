import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Heading, Paragraph, RouterLink, VisuallyHidden, WizardNavigation, WizardNavigationItem } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { NeedWizardNeedFieldsFragment, SuggestLanguage } from '../../../gql/graphql';
import type { Document } from '../../../shared/api/client';
import { operationName, useApiMutation } from '../../../shared/api/hooks';
import { useAuth } from '../../../shared/auth/auth-context';
import { ApiError, asApiError } from '../../../shared/errors/api-error';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { isLanguage, type Language } from '../../../shared/i18n/i18n';
import { NeedAssistantPanel } from './assistant/NeedAssistantPanel';
import { InclusionStep } from './InclusionStep';
import { KindStep } from './KindStep';
import { NeedWizardCreateNeedMutation, NeedWizardNeedQuery as NeedDocument, NeedWizardUpdateNeedMutation } from './need-wizard.documents';
import { PlaceStep } from './PlaceStep';
import { RoleStep } from './RoleStep';
import { SkillsStep } from './SkillsStep';
import type { StepProps } from './step-props';
import { StoryStep } from './StoryStep';
import { VisibilityStep } from './VisibilityStep';
import { errorBindings, errorOnStep, localizeError, problemOf } from './wizard-errors';
import {
  clientProblems,
  decideAfterRefusal,
  ids,
  LAST_STEP,
  parseStep,
  STEPS,
  stepStatuses,
  toNeedInput,
  type StepNumber,
  type WizardForm,
} from './wizard-state';
import './need-wizard.css';

type Intent = 'next' | 'draft' | 'finish';
type Notice = { kind: 'saved' } | { kind: 'later'; steps: StepNumber[] } | null;

/** What the address carries from one wizard address to the next (the first save changes it). */
export interface WizardLocationState {
  focusStep?: boolean;
  reached?: StepNumber;
}

/** `/needs/new?step=2` before the first save, `/needs/<id>/edit?step=2` after it. */
export function stepAddress(needId: string | null, step: StepNumber): string {
  return needId ? `/needs/${needId}/edit?step=${step}` : `/needs/new?step=${step}`;
}

const SUGGEST_LANGUAGE: Record<Language, SuggestLanguage> = { fi: 'FI', sv: 'SV', en: 'EN' };

/**
 * The wizard: steps listed on the side, one step at a time as a section with its own h2. Moving
 * on saves the whole need (the server judges it); a draft can be saved on every step.
 */
export function NeedWizard({
  initial,
  needId: existingId,
  initialReached,
  onCreated,
}: {
  initial: WizardForm;
  needId: string | null;
  initialReached: StepNumber;
  onCreated?: (id: string) => void;
}) {
  const { t, i18n } = useTranslation('needWizard');
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const { organization } = useAuth();
  const [form, setForm] = useState(initial);
  const [needId, setNeedId] = useState(existingId);
  // The address of a step names the need once it exists; read from a ref so a save that finishes
  // after the first one never builds the address from an older render.
  const needIdRef = useRef(existingId);
  const [reached, setReached] = useState<StepNumber>(initialReached);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [saving, setSaving] = useState<Intent | null>(null);
  const step = parseStep(params.get('step'), reached);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const create = useApiMutation(NeedWizardCreateNeedMutation);
  const update = useApiMutation(NeedWizardUpdateNeedMutation);

  const localized = useMemo(() => (error ? localizeError(error, t) : null), [error, t]);
  const shown = useMemo(() => errorOnStep(localized, step), [localized, step]);
  const bindings = useMemo(() => errorBindings(shown, t), [shown, t]);
  const problem = useCallback((path: string) => problemOf(shown, path), [shown]);
  const change = useCallback((updateForm: (current: WizardForm) => WizardForm) => setForm(updateForm), []);

  // A new step takes focus on its heading, unless the error summary takes it (it focuses itself).
  const previousStep = useRef<StepNumber | null>(null);
  useEffect(() => {
    const first = previousStep.current === null;
    const changed = !first && previousStep.current !== step;
    previousStep.current = step;
    const arrivedFromSave = first && (location.state as WizardLocationState | null)?.focusStep === true;
    if ((changed || arrivedFromSave) && !(shown && shown.fields.length > 0)) headingRef.current?.focus();
    // Only a change of step moves focus (hence the one dependency); the summary focuses itself.
  }, [step]);

  const stepHref = useCallback((target: StepNumber) => stepAddress(needIdRef.current ?? needId, target), [needId]);
  const goTo = (target: StepNumber) => navigate(stepAddress(needIdRef.current, target), { replace: true });

  const inFlight = useRef(false);
  async function save(intent: Intent) {
    // One save at a time: a second press while the first is on its way must not create a second need.
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await saveOnce(intent);
    } finally {
      inFlight.current = false;
    }
  }

  async function saveOnce(intent: Intent) {
    setNotice(null);
    setSaving(intent);
    const existedBefore = needIdRef.current !== null;
    const problems = clientProblems(form);
    let saved: NeedWizardNeedFieldsFragment | null = null;
    let failure: ApiError | null = problems.length > 0 ? new ApiError('badInput', 'invalid input', problems) : null;
    if (!failure) {
      try {
        const input = toNeedInput(form);
        const currentId = needIdRef.current;
        if (currentId) saved = (await update.mutateAsync({ id: currentId, input })).updateNeed;
        else if (organization) saved = (await create.mutateAsync({ companyId: organization.id, input })).createNeed;
        else failure = new ApiError('forbidden', 'no organisation');
      } catch (caught) {
        failure = asApiError(caught);
      }
    }
    setSaving(null);

    if (saved) {
      setError(null);
      queryClient.setQueryData([operationName(NeedDocument as unknown as Document<unknown, unknown>), { id: saved.id }], { need: saved });
      if (intent === 'finish') {
        navigate(`/needs/${saved.id}`);
        return;
      }
      const target = (intent === 'next' ? Math.min(step + 1, LAST_STEP) : step) as StepNumber;
      const nowReached = Math.max(reached, target) as StepNumber;
      setReached(nowReached);
      if (intent === 'draft') setNotice({ kind: 'saved' });
      if (!existedBefore) {
        needIdRef.current = saved.id;
        setNeedId(saved.id);
        onCreated?.(saved.id);
        // From now on the address names the need, so a reload comes back to the same place.
        const state: WizardLocationState = { focusStep: intent === 'next', reached: nowReached };
        navigate(stepAddress(saved.id, target), { replace: true, state });
      } else if (target !== step) {
        goTo(target);
      }
      return;
    }

    const refused = failure ?? new ApiError('server', 'Server error');
    if (refused.kind === 'badInput' && refused.fields.length > 0) {
      const decision = decideAfterRefusal(refused.fields, step);
      if (decision.action === 'later') {
        // Nothing wrong so far; the need cannot be stored before a later step is filled.
        setError(null);
        setNotice({ kind: 'later', steps: decision.steps });
        if (intent === 'next') {
          const target = Math.min(step + 1, LAST_STEP) as StepNumber;
          setReached(Math.max(reached, target) as StepNumber);
          goTo(target);
        }
        return;
      }
      setError(refused);
      if (decision.step !== step) goTo(decision.step);
      return;
    }
    setError(refused);
  }

  const busy = (on: boolean) => (on ? { loading: true as const, ariaLoadingText: t('wizard.saving') } : {});
  const statuses = stepStatuses(form, step, reached);
  const stepName = (n: StepNumber) => t(`wizard.steps.${STEPS[n - 1]}`);
  const stepProps: StepProps = { form, change, problem };
  const later = notice?.kind === 'later' ? notice.steps.map((n) => `${n}. ${stepName(n)}`).join(', ') : '';

  return (
    <div className="two-columns need-wizard">
      <WizardNavigation heading={t('wizard.heading')} aria-label={t('wizard.navLabel')} className="need-wizard-nav">
        {STEPS.map((id, index) => {
          const n = (index + 1) as StepNumber;
          const status = statuses[index];
          const label = `${n}. ${stepName(n)}`;
          return (
            <WizardNavigationItem key={id} status={status}>
              {status === 'coming' ? (
                <RouterLink asComponent="span" aria-disabled="true">
                  {label}
                  <VisuallyHidden>{`, ${t('wizard.coming')}`}</VisuallyHidden>
                </RouterLink>
              ) : (
                <RouterLink
                  asComponent={Link}
                  to={stepHref(n)}
                  replace
                  aria-current={status === 'current' ? 'step' : undefined}
                  onClick={() => {
                    setError(null);
                    setNotice(null);
                  }}
                >
                  {label}
                  {status === 'completed' ? <VisuallyHidden>{`, ${t('wizard.completed')}`}</VisuallyHidden> : null}
                </RouterLink>
              )}
            </WizardNavigationItem>
          );
        })}
      </WizardNavigation>

      <div className="need-wizard-main">
        <FormErrors error={shown} fields={bindings} />
        <section aria-labelledby={ids.stepHeading(step)} className="need-wizard-step">
          <Paragraph className="muted" mb="xxs">
            {t('wizard.stepOf', { step, total: LAST_STEP })}
          </Paragraph>
          <Heading variant="h2" id={ids.stepHeading(step)} ref={headingRef} tabIndex={-1} mb="m">
            {stepName(step)}
          </Heading>
          {step === 1 ? <KindStep {...stepProps} /> : null}
          {step === 2 ? <StoryStep {...stepProps} /> : null}
          {step === 3 ? <SkillsStep {...stepProps} language={SUGGEST_LANGUAGE[language]} /> : null}
          {step === 4 ? <InclusionStep {...stepProps} /> : null}
          {step === 5 ? <RoleStep {...stepProps} /> : null}
          {step === 6 ? <PlaceStep {...stepProps} language={language} /> : null}
          {step === 7 ? <VisibilityStep {...stepProps} language={language} stepHref={stepHref} /> : null}
        </section>

        <div className="need-wizard-actions">
          {step > 1 ? (
            <Button
              variant="secondaryNoBorder"
              onClick={() => {
                setError(null);
                setNotice(null);
                goTo((step - 1) as StepNumber);
              }}
            >
              {t('wizard.previous')}
            </Button>
          ) : null}
          <Button variant="secondary" onClick={() => void save('draft')} {...busy(saving === 'draft')}>
            {t('wizard.saveDraft')}
          </Button>
          <Button onClick={() => void save(step === LAST_STEP ? 'finish' : 'next')} {...busy(saving === 'next' || saving === 'finish')}>
            {step === LAST_STEP ? t('wizard.finish') : t('wizard.next')}
          </Button>
        </div>
        <div role="status" className="need-wizard-notice">
          {notice?.kind === 'saved' ? t('wizard.draftSaved') : notice?.kind === 'later' ? t('wizard.notSavedYet', { steps: later }) : ''}
        </div>
        {needId ? null : <Paragraph className="muted">{t('wizard.firstSaveHint')}</Paragraph>}
        <NeedAssistantPanel form={form} needId={needId} companyId={organization?.id ?? null} change={change} />
      </div>
    </div>
  );
}

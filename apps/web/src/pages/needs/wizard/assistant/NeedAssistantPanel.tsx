import { useEffect, useMemo, useRef, useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { Button, Heading, InlineAlert, Paragraph, RouterLink, Text, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../../../shared/api/hooks';
import { isLanguage } from '../../../../shared/i18n/i18n';
import type { WizardForm } from '../wizard-state';
import { DismissNeedAssistantFlagMutation, NeedAssistantQuery, UndoNeedAssistantFlagDismissalMutation } from './need-assistant.documents';
import {
  adviceHref,
  applyFix,
  ASSISTANT_DEBOUNCE_MS,
  type AssistantFlag,
  flagKey,
  fixOf,
  listParam,
  paramsOf,
  serviceHref,
  toAssistantDraft,
} from './need-assistant';
import './need-assistant.css';

/** The value, once it has stayed the same for `delay` ms (compared by content, not identity). */
function useDebounced<T>(value: T, delay: number): T {
  const serialized = JSON.stringify(value);
  const [settled, setSettled] = useState(serialized);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(serialized), delay);
    return () => clearTimeout(timer);
  }, [serialized, delay]);
  return useMemo(() => JSON.parse(settled) as T, [settled]);
}

interface FlagWords {
  title: string;
  /** The name of what is flagged (a skill's label), for the fix button. */
  subject: string;
  reason: string;
  suggestion: string;
  extra: string[];
}

/** The words of a flag in the person's language, from its code and params. */
function useFlagWords(form: WizardForm) {
  const { t, i18n } = useTranslation('needAssistant');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const names = useMemo(() => new Intl.DisplayNames([language], { type: 'language' }), [language]);
  return (flag: AssistantFlag): FlagWords => {
    const params = paramsOf(flag);
    const base = `flags.${flag.code}`;
    const skill = form.skills.find((s) => s.uri === flag.subject)?.label ?? flag.subject;
    const languageName = params.language ? (names.of(params.language) ?? params.language) : '';
    const level = (value: string | undefined) => (value ? t(`needWizard:place.levels.${value}`) : '');
    const values = { skill, language: languageName, level: level(params.suggestedLevel), current: level(params.level), matched: params.matched, replacement: params.replacement };
    if (flag.code === 'EXCLUSIONARY_WORDING') {
      return { title: t(`${base}.title`, values), subject: params.matched ?? '', reason: t(`groups.${params.group}`), suggestion: t(`${base}.suggestion`, values), extra: [] };
    }
    const extra: string[] = [];
    if (flag.code === 'OPEN_TO_PRECISION_CAPABLE') {
      const adjustments = listParam(params.adjustments).map((a) => t(`needWizard:inclusion.adjustments.${a}`));
      const measures = listParam(params.measures).map((m) => t(`needWizard:inclusion.measures.${m}`));
      if (adjustments.length > 0) extra.push(t(`${base}.adjustments`, { list: adjustments.join(', ') }));
      if (measures.length > 0) extra.push(t(`${base}.measures`, { list: measures.join(', ') }));
      const profiles = listParam(params.profiles).map((p) => t(`profiles.${p}`));
      return { title: t(`${base}.title`), subject: '', reason: t(`${base}.reason`, { profiles: profiles.join('; ') }), suggestion: t(`${base}.suggestion`), extra };
    }
    return { title: t(`${base}.title`, values), subject: skill, reason: t(`${base}.reason`, values), suggestion: t(`${base}.suggestion`, values), extra };
  };
}

/**
 * The inclusive-need assistant beside the wizard (issue 17): checks the draft as the person
 * writes (debounced), lists what may shut out capable applicants with a reason and a fix, and lets
 * each remark be fixed in one press or dismissed with a reason once the draft is saved.
 */
export function NeedAssistantPanel({
  form,
  needId,
  companyId,
  change,
}: {
  form: WizardForm;
  needId: string | null;
  companyId: string | null;
  change: (update: (form: WizardForm) => WizardForm) => void;
}) {
  const { t } = useTranslation('needAssistant');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const draft = useDebounced(useMemo(() => toAssistantDraft(form), [form]), ASSISTANT_DEBOUNCE_MS);
  const target = needId ? { needId } : companyId ? { companyId } : null;
  const query = useApiQuery(NeedAssistantQuery, { input: { ...target, draft } }, { enabled: target !== null, placeholderData: keepPreviousData });
  const [fixedNotice, setFixedNotice] = useState(false);
  const words = useFlagWords(form);
  // The fix is announced until the next check answers; then the new count speaks for itself.
  useEffect(() => setFixedNotice(false), [query.data]);
  // An undo is announced until the person changes the draft (its own re-check changes no words).
  const [undoneNotice, setUndoneNotice] = useState(false);
  useEffect(() => setUndoneNotice(false), [draft]);

  // A response without the field (an older server, a test's stub) shows no remarks rather than failing the wizard.
  const flags = query.data?.needAssistant?.flags ?? [];
  const open = flags.filter((flag) => !flag.dismissal);
  const dismissed = flags.filter((flag) => flag.dismissal);
  if (target === null) return null;

  const fix = (flag: AssistantFlag) => {
    const found = fixOf(flag);
    if (!found) return;
    change((current) => applyFix(current, found));
    setFixedNotice(true);
    // The remark leaves the list; the panel's heading keeps the focus in the panel.
    headingRef.current?.focus();
  };

  const summary = query.isPending
    ? t('checking')
    : [
        t('summary', { count: open.length }),
        dismissed.length > 0 ? t('summaryDismissed', { count: dismissed.length }) : '',
        fixedNotice ? t('fixed') : '',
        undoneNotice ? t('undone') : '',
      ]
        .filter(Boolean)
        .join(' ');

  return (
    <section aria-labelledby="need-assistant-heading" className="need-assistant">
      <Heading variant="h2" id="need-assistant-heading" ref={headingRef} tabIndex={-1} mb="xs">
        {t('heading')}
      </Heading>
      <Paragraph mb="s">{t('intro')}</Paragraph>
      <p className="need-assistant-summary" role="status" aria-live="polite">
        {summary}
      </p>
      {query.isError ? <Paragraph>{t('unavailable')}</Paragraph> : null}
      {open.length > 0 ? (
        <ul className="need-assistant-flags" aria-label={t('listLabel')}>
          {open.map((flag) => (
            <li key={flagKey(flag)}>
              <FlagCard flag={flag} words={words(flag)} needId={needId} onFix={fixOf(flag) ? () => fix(flag) : null} onDismissed={() => headingRef.current?.focus()} />
            </li>
          ))}
        </ul>
      ) : null}
      {dismissed.length > 0 ? (
        <>
          <Heading variant="h3" mt="m" mb="xs">
            {t('dismissedHeading')}
          </Heading>
          <ul className="need-assistant-flags" aria-label={t('dismissedListLabel')}>
            {dismissed.map((flag) => (
              <li key={flagKey(flag)}>
                <DismissedFlag
                  flag={flag}
                  title={words(flag).title}
                  needId={needId}
                  onUndone={() => {
                    setUndoneNotice(true);
                    // The remark moves back to the list above; the panel's heading keeps the focus in the panel.
                    headingRef.current?.focus();
                  }}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** A dismissed remark: its reason, and a button that brings it back (undoes the dismissal). */
function DismissedFlag({ flag, title, needId, onUndone }: { flag: AssistantFlag; title: string; needId: string | null; onUndone: () => void }) {
  const { t } = useTranslation('needAssistant');
  const [failed, setFailed] = useState(false);
  const undo = useApiMutation(UndoNeedAssistantFlagDismissalMutation, { invalidates: ['NeedAssistant'] });
  const busy = (on: boolean) => (on ? { loading: true as const, ariaLoadingText: t('checking') } : {});

  async function bringBack() {
    if (!needId) return;
    setFailed(false);
    try {
      await undo.mutateAsync({ input: { needId, code: flag.code, subject: flag.subject } });
      onUndone();
    } catch {
      setFailed(true);
    }
  }

  return (
    <>
      <Text smallScreen variant="bold">
        {title}
      </Text>
      <Paragraph className="muted">{t('dismissedBecause', { reason: flag.dismissal?.reason ?? '' })}</Paragraph>
      {needId ? (
        <div className="need-assistant-actions">
          <Button
            variant="secondaryNoBorder"
            aria-label={t('undoDismissalFor', { title })}
            onClick={() => void bringBack()}
            {...busy(undo.isPending)}
          >
            {t('undoDismissal')}
          </Button>
        </div>
      ) : null}
      {failed ? <p role="alert">{t('undoFailed')}</p> : null}
    </>
  );
}

function FlagCard({
  flag,
  words,
  needId,
  onFix,
  onDismissed,
}: {
  flag: AssistantFlag;
  words: FlagWords;
  needId: string | null;
  onFix: (() => void) | null;
  onDismissed: () => void;
}) {
  const { t } = useTranslation('needAssistant');
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const dismiss = useApiMutation(DismissNeedAssistantFlagMutation, { invalidates: ['NeedAssistant'] });
  const key = flagKey(flag).replace(/[^\w-]/g, '-');
  const busy = (on: boolean) => (on ? { loading: true as const, ariaLoadingText: t('checking') } : {});
  const fixLabel = (() => {
    const found = fixOf(flag);
    if (!found) return '';
    if (found.kind === 'makeWished') return t('fix.makeWished', { skill: words.subject });
    if (found.kind === 'setLevel') return t('fix.setLevel', { level: found.level });
    return t('fix.openToPrecision');
  })();

  async function save() {
    if (!needId) return;
    if (reason.trim().length < 3) {
      setProblem(t('dismissReasonTooShort'));
      return;
    }
    try {
      await dismiss.mutateAsync({ input: { needId, code: flag.code, subject: flag.subject, reason: reason.trim() } });
      onDismissed();
    } catch {
      setProblem(t('dismissFailed'));
    }
  }

  return (
    <InlineAlert status={flag.severity === 'WARNING' ? 'warning' : 'neutral'} labelText={words.title} className="need-assistant-flag">
      <Paragraph mb="xs">{words.reason}</Paragraph>
      <Paragraph mb="xs">
        <strong>{t('suggestionLabel')}:</strong> {words.suggestion}
      </Paragraph>
      {words.extra.map((line) => (
        <Paragraph key={line} mb="xs">
          {line}
        </Paragraph>
      ))}
      {flag.adviceTopics.length + flag.serviceCategories.length > 0 ? (
        <ul className="need-assistant-links" aria-label={`${t('helpLabel')}: ${words.title}`}>
          {flag.adviceTopics.map((topic) => (
            <li key={`advice-${topic}`}>
              <RouterLink asComponent={Link} to={adviceHref(topic)}>
                {t('adviceLink', { topic: t(`advice:topics.${topic}`) })}
              </RouterLink>
            </li>
          ))}
          {flag.serviceCategories.map((category) => (
            <li key={`service-${category}`}>
              <RouterLink asComponent={Link} to={serviceHref(category)}>
                {t('serviceLink', { category: t(`categories.${category}`, { defaultValue: category }) })}
              </RouterLink>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="need-assistant-actions">
        {onFix ? (
          <Button variant="secondary" onClick={onFix}>
            {fixLabel}
          </Button>
        ) : null}
        {needId ? (
          dismissing ? null : (
            <Button variant="secondaryNoBorder" aria-label={t('dismissFor', { title: words.title })} onClick={() => setDismissing(true)}>
              {t('dismiss')}
            </Button>
          )
        ) : (
          <Text smallScreen className="muted">
            {t('dismissAfterSave')}
          </Text>
        )}
      </div>
      {needId && dismissing ? (
        <div className="need-assistant-dismiss">
          <Textarea
            id={`need-assistant-reason-${key}`}
            labelText={t('dismissReasonLabel')}
            hintText={t('dismissReasonHint')}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setProblem(null);
            }}
            status={problem ? 'error' : 'default'}
            statusText={problem ?? undefined}
            fullWidth
            autoFocus
          />
          <div className="need-assistant-actions">
            <Button onClick={() => void save()} {...busy(dismiss.isPending)}>
              {t('dismissSave')}
            </Button>
            <Button
              variant="secondaryNoBorder"
              onClick={() => {
                setDismissing(false);
                setProblem(null);
              }}
            >
              {t('dismissCancel')}
            </Button>
          </div>
        </div>
      ) : null}
    </InlineAlert>
  );
}

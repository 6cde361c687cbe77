import { useState } from 'react';
import { Button, Expander, ExpanderContent, ExpanderTitleButton, Heading, Paragraph } from 'suomifi-ui-components';
import type { EmployerNeedQuery, NeedStage } from '../../gql/graphql';
import { useApiMutation } from '../../shared/api/hooks';
import { formatDate, formatDateTime } from '../../shared/format/format';
import { ConfirmDialog } from './ConfirmDialog';
import { canClose, historyNewestFirst, nextStage, stageProgress, type ProgressStep } from './need-stages';
import { EmployerMoveNeedStageMutation } from './needs.documents';
import { useNeedsText } from './needs-format';

type Need = EmployerNeedQuery['need'];

function StepText({ step }: { step: ProgressStep }) {
  const { t, language } = useNeedsText();
  const date = formatDate(step.at, language);
  if (step.state === 'current') return <>{step.at ? t('progress.states.currentSince', { date }) : t('progress.states.current')}</>;
  if (step.state === 'done') return <>{t('progress.states.done', { date })}</>;
  return <>{t(`progress.states.${step.state}`)}</>;
}

/** The 6T path as an ordered list; the current step is marked in words and with aria-current. */
function StageProgress({ need }: { need: Need }) {
  const { t } = useNeedsText();
  const steps = stageProgress(need.stage, need.stageHistory);
  return (
    <ol className="needs-progress" aria-label={t('progress.label')} data-testid="stage-progress">
      {steps.map((step, index) => (
        <li key={step.stage} className={`needs-progress-step needs-progress-${step.state}`} aria-current={step.state === 'current' ? 'step' : undefined}>
          <span className="needs-progress-marker" aria-hidden="true">
            {step.state === 'done' ? '✓' : index + 1}
          </span>
          <span className="needs-progress-name">{t(`stages.${step.stage}`)}</span>
          <span className="needs-progress-state">
            <StepText step={step} />
          </span>
        </li>
      ))}
    </ol>
  );
}

function StageHistory({ need }: { need: Need }) {
  const { t, language } = useNeedsText();
  return (
    <Expander mt="m">
      <ExpanderTitleButton asHeading="h3">{t('progress.history')}</ExpanderTitleButton>
      <ExpanderContent>
        <ol className="needs-history" data-testid="stage-history">
          {historyNewestFirst(need.stageHistory).map((step) => (
            <li key={`${step.stage}-${step.at}`}>
              <time dateTime={step.at}>{formatDateTime(step.at, language)}</time> – {t(`stages.${step.stage}`)}
            </li>
          ))}
        </ol>
      </ExpanderContent>
    </Expander>
  );
}

/** Where the need is on the 6T path, and the buttons that move it forward or close it. */
export function StageSection({ need }: { need: Need }) {
  const { t } = useNeedsText();
  const [target, setTarget] = useState<NeedStage | null>(null);
  const [moved, setMoved] = useState<NeedStage | null>(null);
  const move = useApiMutation(EmployerMoveNeedStageMutation, {
    invalidates: ['EmployerNeed', 'EmployerCompanyNeeds'],
    onSuccess: (data) => {
      setMoved(data.moveNeedStage.stage);
      setTarget(null);
    },
  });
  const next = nextStage(need.stage);
  const open = (stage: NeedStage) => {
    move.reset();
    setTarget(stage);
  };

  return (
    <section aria-labelledby="need-stage-heading" className="needs-section">
      <Heading variant="h2" id="need-stage-heading" mb="s">
        {t('progress.heading')}
      </Heading>
      <Paragraph mb="s">
        {t('progress.now', { stage: t(`stages.${need.stage}`) })} {t(`stageNext.${need.stage}`)}
      </Paragraph>
      <StageProgress need={need} />
      <div role="status" className="needs-status">
        {moved ? t('progress.moved', { stage: t(`stages.${moved}`) }) : null}
      </div>
      {next || canClose(need.stage) ? (
        <div className="needs-actions">
          {next ? (
            <Button onClick={() => open(next)} data-testid="move-next">
              {t('progress.next', { stage: t(`stages.${next}`) })}
            </Button>
          ) : null}
          {canClose(need.stage) ? (
            <Button variant="secondary" onClick={() => open('CLOSED')} data-testid="close-need">
              {t('progress.close')}
            </Button>
          ) : null}
        </div>
      ) : (
        <Paragraph mt="s">{t(need.stage === 'FILLED' ? 'progress.finishedFilled' : 'progress.finishedClosed')}</Paragraph>
      )}
      {need.stage === 'OFFERED' || need.stage === 'PACKAGED' ? <Paragraph mt="s">{t('progress.hireFills')}</Paragraph> : null}
      <StageHistory need={need} />
      <ConfirmDialog
        visible={target !== null}
        testId="stage-dialog"
        title={target === 'CLOSED' ? t('progress.confirmCloseTitle') : t('progress.confirmNextTitle', { stage: target ? t(`stages.${target}`) : '' })}
        text={target === 'CLOSED' ? t('progress.confirmCloseText') : t('progress.confirmNextText', { help: target ? t(`stageHelp.${target}`) : '' })}
        confirmLabel={target === 'CLOSED' ? t('progress.confirmClose') : t('progress.confirmNext')}
        busy={move.isPending}
        error={move.error}
        onCancel={() => setTarget(null)}
        onConfirm={() => target && move.mutate({ input: { needId: need.id, stage: target } })}
      />
    </section>
  );
}

import { useId, useState } from 'react';
import { Button, Checkbox, CheckboxGroup, InlineAlert, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph, TextInput, Textarea } from 'suomifi-ui-components';
import type { ProviderProposableServicesQuery } from '../../gql/graphql';
import { useApiMutation } from '../../shared/api/hooks';
import { asApiError, fieldErrorsUnder } from '../../shared/errors/api-error';
import { formatMoney } from '../../shared/format/format';
import { ProviderProposeServicesMutation } from './providerNeeds.documents';
import { useProviderText } from './provider-text';

type Service = ProviderProposableServicesQuery['myServices'][number];

const MESSAGE_MIN = 10;
const MESSAGE_MAX = 2000;

/** A charged service's own price list, as a hint for the price of the proposal. */
function priceHint(service: Service, language: 'fi' | 'sv' | 'en'): string {
  return service.costOptions
    .filter((option) => option.amount !== null && option.amount !== undefined)
    .map((option) => `${formatMoney(option.amount as number, language, option.currency ?? 'EUR')}${option.unit ? ` ${option.unit}` : ''}`)
    .join(', ');
}

/** Parses "480", "480,50" or "1 200" as a non-negative amount; null when it is not one. */
export function parseAmount(text: string): number | null {
  const normalized = text.replace(/\s|\u00a0/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return null;
  return Number(normalized);
}

/**
 * Proposing the organisation's published services to one need: which services, a message to the
 * employer, and a price when a charged service is among them. Problems show next to their field.
 */
export function ProposeDialog({
  need,
  services,
  onClose,
  onProposed,
}: {
  need: { id: string; title: string };
  services: Service[];
  onClose: () => void;
  onProposed: (count: number) => void;
}) {
  const { t, language, name } = useProviderText();
  const titleId = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState('');
  const [checked, setChecked] = useState(false);
  const mutation = useApiMutation(ProviderProposeServicesMutation, {
    invalidates: ['ProviderMyProposals', 'SearchProviderNeeds'],
    onSuccess: (data) => onProposed(data.proposeServices.length),
  });
  const charged = services.filter((service) => chosen.includes(service.id) && !service.isFree);
  const server = fieldErrorsUnder(mutation.error);
  const serverServices = Object.entries(server).find(([path]) => path.startsWith('serviceIds'))?.[1];

  const parsedAmount = parseAmount(amount);
  const local = {
    services: chosen.length === 0 ? t('propose.errors.services') : undefined,
    message: message.trim().length < MESSAGE_MIN ? t('propose.errors.message', { min: MESSAGE_MIN }) : undefined,
    amount: charged.length > 0 && parsedAmount === null ? t('propose.errors.amount') : undefined,
  };
  const shown = {
    services: (checked ? local.services : undefined) ?? serverServices,
    message: (checked ? local.message : undefined) ?? server['message'],
    amount: (checked ? local.amount : undefined) ?? server['price.amount'] ?? server['price'],
    unit: server['price.unit'],
  };
  const otherError = mutation.error && Object.keys(server).length === 0 ? asApiError(mutation.error) : null;

  const submit = () => {
    setChecked(true);
    if (local.services || local.message || local.amount) return;
    mutation.mutate({
      input: {
        needId: need.id,
        serviceIds: chosen,
        message: message.trim(),
        price: charged.length > 0 && parsedAmount !== null ? { amount: parsedAmount, currency: 'EUR', unit: unit.trim() || null } : null,
      },
    });
  };

  return (
    <Modal visible appElementId="root" onEscKeyDown={onClose} ariaLabelledBy={titleId} scrollable>
      <ModalContent data-testid="propose-dialog">
        <ModalTitle id={titleId}>{t('propose.title')}</ModalTitle>
        <Paragraph mb="m">{t('propose.text', { need: need.title })}</Paragraph>
        {services.length === 0 ? (
          <InlineAlert status="warning" labelText={t('propose.noServicesTitle')}>
            {t('propose.noServices')}
          </InlineAlert>
        ) : (
          <>
            <CheckboxGroup
              id="propose-services"
              labelText={t('propose.servicesLabel')}
              groupHintText={t('propose.servicesHint')}
              groupStatus={shown.services ? 'error' : 'default'}
              groupStatusText={shown.services}
              mb="m"
            >
              {services.map((service) => {
                const label = name(service.name);
                const hint = service.isFree ? t('propose.free') : t('propose.charged', { prices: priceHint(service, language) || t('propose.noPriceList') });
                return (
                  <Checkbox
                    key={service.id}
                    id={`propose-service-${service.id}`}
                    checked={chosen.includes(service.id)}
                    hintText={hint}
                    onClick={({ checkboxState }) =>
                      setChosen((current) => (checkboxState ? [...current, service.id] : current.filter((id) => id !== service.id)))
                    }
                  >
                    <span lang={label.fallback ? label.language : undefined}>{label.text}</span>
                  </Checkbox>
                );
              })}
            </CheckboxGroup>
            <Textarea
              id="propose-message"
              labelText={t('propose.messageLabel')}
              hintText={t('propose.messageHint', { min: MESSAGE_MIN })}
              value={message}
              maxLength={MESSAGE_MAX}
              onChange={(event) => setMessage(event.target.value)}
              status={shown.message ? 'error' : 'default'}
              statusText={shown.message}
              fullWidth
              mb="m"
            />
            {charged.length > 0 ? (
              <fieldset className="provider-needs-price">
                <legend>{t('propose.priceLegend')}</legend>
                <Paragraph mb="s">{t('propose.priceText', { count: charged.length })}</Paragraph>
                <TextInput
                  id="propose-amount"
                  labelText={t('propose.amountLabel')}
                  hintText={t('propose.amountHint')}
                  inputMode="decimal"
                  value={amount}
                  onChange={(value) => setAmount(String(value ?? ''))}
                  status={shown.amount ? 'error' : 'default'}
                  statusText={shown.amount}
                  mb="s"
                />
                <TextInput
                  id="propose-unit"
                  labelText={t('propose.unitLabel')}
                  optionalText={t('propose.optional')}
                  hintText={t('propose.unitHint')}
                  value={unit}
                  maxLength={100}
                  onChange={(value) => setUnit(String(value ?? ''))}
                  status={shown.unit ? 'error' : 'default'}
                  statusText={shown.unit}
                />
              </fieldset>
            ) : null}
          </>
        )}
        {otherError ? (
          <InlineAlert status="error" role="alert" mt="m">
            {t(`errors.${otherError.kind === 'conflict' || otherError.kind === 'badInput' ? 'notAllowedNow' : otherError.kind === 'forbidden' ? 'forbidden' : otherError.kind === 'notFound' ? 'notFound' : otherError.kind === 'network' ? 'network' : 'server'}`)}
          </InlineAlert>
        ) : null}
      </ModalContent>
      <ModalFooter>
        {services.length > 0 ? (
          <Button onClick={submit} disabled={mutation.isPending} data-testid="propose-confirm">
            {t('propose.confirm')}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={onClose}>
          {t('common:actions.cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}

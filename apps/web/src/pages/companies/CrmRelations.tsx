import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import { useApiMutation } from '../../shared/api/hooks';
import { useAuth } from '../../shared/auth/auth-context';
import { fieldError, FormErrors } from '../../shared/forms/FormErrors';
import {
  AssignCoordinatorMutation,
  ShareCompanyMutation,
  TagCompanyMutation,
  UnassignCoordinatorMutation,
  UnshareCompanyMutation,
  UntagCompanyMutation,
} from './companies.documents';
import { Select, useMyArea } from './companies-shared';

const REFRESH = ['CompanyCrm', 'MyCompanies'];

/** Free-text tags of the area's work with the company. */
export function CrmTags({ companyId, tags }: { companyId: string; tags: string[] }) {
  const { t } = useTranslation('companies');
  const [tag, setTag] = useState('');
  const [status, setStatus] = useState('');
  const add = useApiMutation(TagCompanyMutation, { invalidates: REFRESH });
  const remove = useApiMutation(UntagCompanyMutation, { invalidates: REFRESH });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = tag.trim();
    add.mutate(
      { companyId, tag: value },
      {
        onSuccess: () => {
          setTag('');
          setStatus(t('tags.added', { tag: value }));
        },
      },
    );
  };
  return (
    <section aria-labelledby="crm-tags-heading" className="card companies-section" data-testid="crm-tags">
      <Heading variant="h2" id="crm-tags-heading" mb="s">
        {t('tags.heading')}
      </Heading>
      {tags.length === 0 ? (
        <Paragraph>{t('tags.none')}</Paragraph>
      ) : (
        <ul className="companies-tags">
          {tags.map((value) => (
            <li key={value} className="companies-tag">
              {value}{' '}
              <Button
                variant="secondaryNoBorder"
                aria-label={t('tags.remove', { tag: value })}
                onClick={() => remove.mutate({ companyId, tag: value }, { onSuccess: () => setStatus(t('tags.removed', { tag: value })) })}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={onSubmit} className="companies-form-row" style={{ marginTop: 12 }}>
        <TextInput
          id="crm-tag"
          labelText={t('tags.new')}
          value={tag}
          onChange={(v) => setTag(String(v ?? ''))}
          status={fieldError(add.error, 'tag', 'tag') ? 'error' : 'default'}
          statusText={fieldError(add.error, 'tag', 'tag')}
        />
        <Button type="submit" variant="secondary" disabled={add.isPending}>
          {t('tags.add')}
        </Button>
      </form>
      <FormErrors error={add.error ?? remove.error} fields={[{ path: 'tag', inputId: 'crm-tag', label: t('tags.new') }]} argument="tag" />
      <div role="status" className="companies-status">
        {status}
      </div>
    </section>
  );
}

/** The coordinators who answer for the company. */
export function CrmCoordinators({ companyId, coordinators }: { companyId: string; coordinators: { userId: string; displayName: string }[] }) {
  const { t } = useTranslation('companies');
  const { me } = useAuth();
  const [email, setEmail] = useState('');
  const [status, setStatus] = useState('');
  const assign = useApiMutation(AssignCoordinatorMutation, { invalidates: REFRESH });
  const unassign = useApiMutation(UnassignCoordinatorMutation, { invalidates: REFRESH });
  const amResponsible = coordinators.some((c) => c.userId === me?.id);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    assign.mutate({ companyId, coordinatorEmail: email.trim() }, { onSuccess: () => (setEmail(''), setStatus(t('coordinators.assigned'))) });
  };
  return (
    <section aria-labelledby="crm-coordinators-heading" className="card companies-section" data-testid="crm-coordinators">
      <Heading variant="h2" id="crm-coordinators-heading" mb="s">
        {t('coordinators.heading')}
      </Heading>
      {coordinators.length === 0 ? (
        <Paragraph>{t('coordinators.none')}</Paragraph>
      ) : (
        <ul className="companies-list">
          {coordinators.map((c) => (
            <li key={c.userId}>
              <span>{c.displayName}</span>
              <Button
                variant="secondary"
                disabled={unassign.isPending}
                aria-label={t('coordinators.remove', { name: c.displayName })}
                onClick={() =>
                  unassign.mutate(
                    { companyId, coordinatorUserId: c.userId },
                    { onSuccess: () => setStatus(t('coordinators.removed', { name: c.displayName })) },
                  )
                }
              >
                {t('coordinators.removeShort')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {!amResponsible && me ? (
        <Button
          variant="secondary"
          onClick={() => assign.mutate({ companyId, coordinatorEmail: me.email }, { onSuccess: () => setStatus(t('coordinators.assigned')) })}
        >
          {t('coordinators.assignMe')}
        </Button>
      ) : null}
      <form noValidate onSubmit={onSubmit} className="companies-form-row" style={{ marginTop: 12 }}>
        <TextInput
          id="crm-coordinator-email"
          type="email"
          labelText={t('coordinators.email')}
          value={email}
          onChange={(v) => setEmail(String(v ?? ''))}
          status={fieldError(assign.error, 'coordinatorEmail', 'coordinatorEmail') ? 'error' : 'default'}
          statusText={fieldError(assign.error, 'coordinatorEmail', 'coordinatorEmail')}
        />
        <Button type="submit" variant="secondary" disabled={assign.isPending}>
          {t('coordinators.assign')}
        </Button>
      </form>
      <FormErrors
        error={assign.error ?? unassign.error}
        fields={[{ path: 'coordinatorEmail', inputId: 'crm-coordinator-email', label: t('coordinators.email') }]}
        argument="coordinatorEmail"
      />
      <div role="status" className="companies-status">
        {status}
      </div>
    </section>
  );
}

/** The home area's admins let other employment areas work with the company. */
export function CrmSharing({
  companyId,
  sharedWith,
  homeAreaId,
  isHomeArea,
}: {
  companyId: string;
  sharedWith: string[];
  homeAreaId: string | null;
  isHomeArea: boolean;
}) {
  const { t } = useTranslation('companies');
  const { hasRole } = useAuth();
  const { areas, areaName } = useMyArea();
  const [chosen, setChosen] = useState('');
  const [status, setStatus] = useState('');
  const share = useApiMutation(ShareCompanyMutation, { invalidates: REFRESH });
  const unshare = useApiMutation(UnshareCompanyMutation, { invalidates: REFRESH });
  const canShare = isHomeArea && hasRole('AREA_ADMIN');
  const candidates = areas.filter((a) => a.id !== homeAreaId && !sharedWith.includes(a.id));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    const name = areaName(chosen);
    share.mutate({ companyId, employmentAreaId: chosen }, { onSuccess: () => (setChosen(''), setStatus(t('sharing.shared', { area: name }))) });
  };
  return (
    <section aria-labelledby="crm-sharing-heading" className="card companies-section" data-testid="crm-sharing">
      <Heading variant="h2" id="crm-sharing-heading" mb="s">
        {t('sharing.heading')}
      </Heading>
      <Paragraph mb="s">{t('sharing.home', { area: areaName(homeAreaId) || t('sharing.noArea') })}</Paragraph>
      {sharedWith.length === 0 ? (
        <Paragraph>{t('sharing.none')}</Paragraph>
      ) : (
        <ul className="companies-list">
          {sharedWith.map((id) => (
            <li key={id}>
              <span>{areaName(id)}</span>
              {canShare ? (
                <Button
                  variant="secondary"
                  onClick={() => unshare.mutate({ companyId, employmentAreaId: id }, { onSuccess: () => setStatus(t('sharing.unshared', { area: areaName(id) })) })}
                >
                  {t('sharing.unshare', { area: areaName(id) })}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canShare ? (
        <form noValidate onSubmit={onSubmit} className="companies-form-row" style={{ marginTop: 12 }}>
          <Select id="crm-share-area" label={t('sharing.area')} value={chosen} onChange={setChosen}>
            <option value="">{t('account.choose')}</option>
            {candidates.map((a) => (
              <option key={a.id} value={a.id}>
                {areaName(a.id)}
              </option>
            ))}
          </Select>
          <Button type="submit" variant="secondary" disabled={share.isPending || !chosen}>
            {t('sharing.share')}
          </Button>
        </form>
      ) : (
        <Paragraph mt="s">{t('sharing.adminOnly')}</Paragraph>
      )}
      <FormErrors error={share.error ?? unshare.error} fields={[]} />
      <div role="status" className="companies-status">
        {status}
      </div>
    </section>
  );
}

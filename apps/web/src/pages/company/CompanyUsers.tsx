import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Heading,
  InlineAlert,
  Modal,
  ModalContent,
  ModalFooter,
  ModalTitle,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  Table,
  TextInput,
} from 'suomifi-ui-components';
import type { CompanyUserRole, EmployerCompanyQuery } from '../../gql/graphql';
import { useApiMutation } from '../../shared/api/hooks';
import { asApiError } from '../../shared/errors/api-error';
import { fieldError, FormErrors } from '../../shared/forms/FormErrors';
import { localizeCompanyError } from './company-errors';
import { InviteCompanyUserMutation, RemoveCompanyUserMutation, RevokeCompanyInvitationMutation } from './company.documents';

type CompanyUser = NonNullable<EmployerCompanyQuery['company']['users']>[number];

const ROLES: readonly CompanyUserRole[] = ['MEMBER', 'ADMIN'];

type Invitation = NonNullable<EmployerCompanyQuery['company']['invitations']>[number];

/**
 * The admin invites a person by e-mail. The answer never tells whether the address has an account,
 * and the person joins only when they accept, signed in with that address: the page shows the
 * link to pass on.
 */
function InviteForm({ companyId, onInvited }: { companyId: string; onInvited: (email: string, link: string) => void }) {
  const { t } = useTranslation('company');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<CompanyUserRole>('MEMBER');
  const invite = useApiMutation(InviteCompanyUserMutation, { invalidates: ['EmployerCompany'] });
  // One object per server answer: the error summary takes the focus when the error changes.
  const error = useMemo(() => localizeCompanyError(invite.error, t), [invite.error, t]);
  const emailError = fieldError(error, 'email');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate(
      { companyId, input: { email: email.trim(), role } },
      {
        onSuccess: (data) => {
          setEmail('');
          setRole('MEMBER');
          onInvited(data.inviteCompanyUser.invitation.email, `${window.location.origin}${data.inviteCompanyUser.acceptPath}`);
        },
      },
    );
  };

  return (
    <section aria-labelledby="company-add-user-heading" className="company-add-user">
      <Heading variant="h3" id="company-add-user-heading" mb="xs">
        {t('add.heading')}
      </Heading>
      <Paragraph mb="s">{t('add.lead')}</Paragraph>
      <form noValidate onSubmit={onSubmit}>
        <FormErrors error={error} fields={[{ path: 'email', inputId: 'company-user-email', label: t('add.email') }]} />
        <TextInput
          id="company-user-email"
          type="email"
          autoComplete="off"
          labelText={t('add.email')}
          hintText={t('add.emailHint')}
          value={email}
          onChange={(value) => setEmail(String(value ?? ''))}
          status={emailError ? 'error' : 'default'}
          statusText={emailError}
          mb="m"
        />
        <RadioButtonGroup
          name="company-user-role"
          labelText={t('add.role')}
          value={role}
          onChange={(value) => setRole(value as CompanyUserRole)}
          mb="m"
        >
          {ROLES.map((value) => (
            <RadioButton key={value} value={value} hintText={t(`roleHints.${value}`)}>
              {t(`roles.${value}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <Button type="submit" disabled={invite.isPending}>
          {t('add.submit')}
        </Button>
      </form>
    </section>
  );
}

/** Open invitations, by address only (no names before the person accepts); the admin can withdraw them. */
function Invitations({ invitations, onRevoked }: { invitations: Invitation[]; onRevoked: (email: string) => void }) {
  const { t, i18n } = useTranslation('company');
  const revoke = useApiMutation(RevokeCompanyInvitationMutation, { invalidates: ['EmployerCompany'] });
  if (invitations.length === 0) return null;
  const date = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'numeric', year: 'numeric' });
  const rows = invitations.map((invitation) => ({
    id: invitation.id,
    email: invitation.email,
    role: t(`roles.${invitation.role}`),
    validUntil: invitation.expired ? t('invitations.expired') : date.format(new Date(invitation.expiresAt)),
    actions: (
      <Button
        variant="secondaryNoBorder"
        disabled={revoke.isPending}
        aria-label={t('invitations.revokeFor', { email: invitation.email })}
        onClick={() => revoke.mutate({ invitationId: invitation.id }, { onSuccess: () => onRevoked(invitation.email) })}
      >
        {t('invitations.revoke')}
      </Button>
    ),
  }));
  return (
    <section aria-labelledby="company-invitations-heading" className="company-invitations">
      <Heading variant="h3" id="company-invitations-heading" mb="xs">
        {t('invitations.heading')}
      </Heading>
      <Paragraph mb="s">{t('invitations.lead')}</Paragraph>
      <Table
        aria-labelledby="company-invitations-heading"
        columns={[
          { key: 'email', labelText: t('users.email') },
          { key: 'role', labelText: t('users.role') },
          { key: 'validUntil', labelText: t('invitations.validUntil') },
          { key: 'actions', labelText: t('users.actions') },
        ]}
        data={rows}
        condensed
        mb="m"
        data-testid="company-invitations"
      />
    </section>
  );
}

function RemoveUserModal({
  companyId,
  user,
  isSelf,
  onClose,
  onRemoved,
  returnFocusTo,
}: {
  companyId: string;
  user: CompanyUser | null;
  isSelf: boolean;
  onClose: () => void;
  onRemoved: (user: CompanyUser) => void;
  returnFocusTo: React.RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation('company');
  const remove = useApiMutation(RemoveCompanyUserMutation, { invalidates: isSelf ? ['EmployerCompany', 'Me'] : ['EmployerCompany'] });
  const error = remove.error ? asApiError(remove.error) : null;
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal
      appElementId="root"
      visible={user !== null}
      onEscKeyDown={close}
      focusOnCloseRef={returnFocusTo}
      ariaLabelledBy="company-remove-title"
      variant="default"
    >
      <ModalContent>
        <ModalTitle id="company-remove-title">{t('removeDialog.title')}</ModalTitle>
        <Paragraph mb="s">{isSelf ? t('removeDialog.textSelf') : t('removeDialog.text', { name: user?.displayName ?? '', email: user?.email ?? '' })}</Paragraph>
        {error ? (
          error.kind === 'conflict' ? (
            <InlineAlert status="warning" labelText={t('errors.lastAdminTitle')} role="alert" data-testid="company-remove-error">
              {t('errors.lastAdmin')}
            </InlineAlert>
          ) : error.kind === 'notFound' ? (
            <InlineAlert status="warning" role="alert" data-testid="company-remove-error">
              {t('errors.notAUser')}
            </InlineAlert>
          ) : (
            <FormErrors error={error} fields={[]} />
          )
        ) : null}
      </ModalContent>
      <ModalFooter>
        {error?.kind === 'conflict' || error?.kind === 'notFound' ? null : (
          <Button
            disabled={remove.isPending}
            onClick={() => {
              if (!user) return;
              remove.mutate({ companyId, email: user.email }, { onSuccess: () => onRemoved(user) });
            }}
          >
            {t('removeDialog.confirm')}
          </Button>
        )}
        <Button variant="secondary" onClick={close}>
          {error ? t('common:actions.close') : t('removeDialog.cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}

/** The company's own users; its admins invite people by e-mail and remove them (never the last admin). */
export function CompanyUsers({
  companyId,
  users,
  invitations,
  myUserId,
  isAdmin,
}: {
  companyId: string;
  users: CompanyUser[];
  invitations: Invitation[];
  myUserId: string | null;
  isAdmin: boolean;
}) {
  const { t } = useTranslation('company');
  const navigate = useNavigate();
  const [status, setStatus] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [removing, setRemoving] = useState<CompanyUser | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  const [returnFocus, setReturnFocus] = useState<{ current: HTMLElement | null }>({ current: null });

  const sorted = [...users].sort((a, b) => (a.role === b.role ? a.displayName.localeCompare(b.displayName, 'fi') : a.role === 'ADMIN' ? -1 : 1));
  const columns = [
    { key: 'name', labelText: t('users.name') },
    { key: 'email', labelText: t('users.email') },
    { key: 'role', labelText: t('users.role') },
    ...(isAdmin ? [{ key: 'actions', labelText: t('users.actions') }] : []),
  ] as const;
  const rows = sorted.map((user) => ({
    id: user.userId,
    name: (
      <span data-testid="company-user-name">
        {user.displayName}
        {user.userId === myUserId ? ` ${t('users.you')}` : ''}
      </span>
    ),
    email: user.email,
    role: t(`roles.${user.role}`),
    actions: (
      <Button
        variant="secondaryNoBorder"
        ref={(element: HTMLButtonElement | null) => {
          if (element) removeButtons.current.set(user.userId, element);
          else removeButtons.current.delete(user.userId);
        }}
        aria-label={t('users.removeUser', { name: user.displayName })}
        onClick={() => {
          setStatus('');
          setLink(null);
          setReturnFocus({ current: removeButtons.current.get(user.userId) ?? null });
          setRemoving(user);
        }}
      >
        {t('users.remove')}
      </Button>
    ),
  }));

  return (
    <section aria-labelledby="company-users-heading" className="card company-section">
      <Heading variant="h2" id="company-users-heading" ref={headingRef} tabIndex={-1} mb="xs">
        {t('users.heading')}
      </Heading>
      <Paragraph mb="s">{t('users.lead')}</Paragraph>
      <Table aria-labelledby="company-users-heading" columns={columns} data={rows} condensed mb="m" data-testid="company-users" />
      <div role="status" className="company-status" data-testid="company-users-status">
        {status}
      </div>
      {isAdmin && link ? (
        <div className="company-invitation-link">
          <Paragraph mb="xs">{t('invitations.linkLead')}</Paragraph>
          <code data-testid="company-invitation-link">{link}</code>
        </div>
      ) : null}
      {isAdmin ? (
        <>
          <Invitations
            invitations={invitations}
            onRevoked={(email) => {
              setLink(null);
              setStatus(t('invitations.revoked', { email }));
            }}
          />
          <InviteForm
            companyId={companyId}
            onInvited={(email, invitationLink) => {
              setStatus(t('invitations.sent', { email }));
              setLink(invitationLink);
            }}
          />
          <RemoveUserModal
            companyId={companyId}
            user={removing}
            isSelf={removing !== null && removing.userId === myUserId}
            returnFocusTo={returnFocus}
            onClose={() => setRemoving(null)}
            onRemoved={(user) => {
              setRemoving(null);
              setStatus(t('users.removed', { name: user.displayName }));
              if (user.userId === myUserId) {
                navigate('/');
                return;
              }
              // The row and its button are gone: the list's heading takes the focus.
              setReturnFocus(headingRef);
              requestAnimationFrame(() => headingRef.current?.focus());
            }}
          />
        </>
      ) : (
        <Paragraph className="muted">{t('users.onlyAdmins')}</Paragraph>
      )}
    </section>
  );
}

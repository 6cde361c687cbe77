import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import type { AdminUsersQuery as AdminUsersResult, Role } from '../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { useDebouncedValue } from '../../shared/forms/use-debounced-value';
import { fieldError, FormErrors } from '../../shared/forms/FormErrors';
import { Page } from '../../shared/layout/Page';
import { ConfirmDialog } from '../needs/ConfirmDialog';
import { AddAdminMembershipMutation, AdminOrganizationsQuery, AdminUsersQuery, RemoveAdminMembershipMutation } from './admin.documents';
import { AdminTable, type Cursors, LabelledSelect, Loaded, Pager, SuccessNote } from './admin-ui';
import './admin.css';

type User = AdminUsersResult['users']['edges'][number]['node'];
type Membership = User['memberships'][number];
const ROLES: readonly Role[] = ['PROVIDER_USER', 'EMPLOYER_USER', 'COORDINATOR', 'AREA_ADMIN', 'PLATFORM_ADMIN'];

function AddMembershipForm({ user, onAdded }: { user: User; onAdded: (message: string) => void }) {
  const { t } = useTranslation('admin');
  const [role, setRole] = useState<Role>('PROVIDER_USER');
  const [organizationSearch, setOrganizationSearch] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const search = useDebouncedValue(organizationSearch.trim(), 300);
  const organizations = useApiQuery(AdminOrganizationsQuery, { first: 50, search: search || undefined }, { enabled: search.length >= 2 });
  const add = useApiMutation(AddAdminMembershipMutation, { invalidates: ['AdminUsers'] });
  const options = organizations.data?.organizations.edges.map((e) => e.node) ?? [];
  const idPrefix = `add-membership-${user.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { input: { userId: user.id, role, organizationId } },
      {
        onSuccess: () => {
          const name = options.find((o) => o.id === organizationId)?.name ?? '';
          onAdded(t('users.added', { name: user.displayName, role: t(`common:roles.${role}`), organization: name }));
        },
      },
    );
  };
  return (
    <form noValidate onSubmit={submit} className="admin-form" aria-labelledby={`${idPrefix}-heading`}>
      <Heading variant="h3" id={`${idPrefix}-heading`} mb="s">
        {t('users.addHeading', { name: user.displayName })}
      </Heading>
      <FormErrors
        error={add.error}
        fields={[
          { path: 'role', inputId: `${idPrefix}-role`, label: t('users.role') },
          { path: 'organizationId', inputId: `${idPrefix}-organization`, label: t('users.organization') },
        ]}
      />
      <LabelledSelect id={`${idPrefix}-role`} label={t('users.role')} value={role} onChange={(value) => setRole(value as Role)} error={fieldError(add.error, 'role')}>
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {t(`common:roles.${value}`)}
          </option>
        ))}
      </LabelledSelect>
      <TextInput
        id={`${idPrefix}-organization-search`}
        labelText={t('users.organizationSearch')}
        hintText={t('users.organizationSearchHint')}
        value={organizationSearch}
        onChange={(value) => setOrganizationSearch(String(value ?? ''))}
        mb="s"
      />
      <LabelledSelect
        id={`${idPrefix}-organization`}
        label={t('users.organization')}
        value={organizationId}
        onChange={setOrganizationId}
        error={fieldError(add.error, 'organizationId')}
      >
        <option value="">{options.length > 0 ? t('users.chooseOrganization') : t('users.noOrganizations')}</option>
        {options.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {organization.name}
          </option>
        ))}
      </LabelledSelect>
      <Button type="submit" disabled={add.isPending || !organizationId}>
        {t('users.add')}
      </Button>
    </form>
  );
}

/** Platform admins find people by name or e-mail and grant or take away their roles. */
export default function UsersPage() {
  const { t } = useTranslation('admin');
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 300);
  const [adding, setAdding] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ user: User; membership: Membership } | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [cursors, setCursors] = useState<Cursors>([undefined]);
  const query = useApiQuery(AdminUsersQuery, { search: search || undefined, after: cursors[cursors.length - 1] });
  const remove = useApiMutation(RemoveAdminMembershipMutation, { invalidates: ['AdminUsers'] });

  const membershipText = (membership: Membership) =>
    membership.organization ? t('users.membership', { role: t(`common:roles.${membership.role}`), organization: membership.organization.name }) : t(`common:roles.${membership.role}`);

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(
      { membershipId: removing.membership.id },
      {
        onSuccess: () => {
          setSuccess(t('users.removed', { name: removing.user.displayName, membership: membershipText(removing.membership) }));
          setRemoving(null);
        },
      },
    );
  };

  return (
    <Page title={t('users.title')} lead={<Paragraph>{t('users.lead')}</Paragraph>}>
      <SuccessNote text={success} />
      <TextInput id="users-search" labelText={t('users.search')} hintText={t('users.searchHint')} value={searchText} onChange={(value) => { setSearchText(String(value ?? '')); setCursors([undefined]); }} mb="m" />
      <Loaded query={query}>
        {({ users }) => (
          <>
            <Paragraph mb="s" aria-live="polite">
              {t('users.count', { count: users.totalCount })}
            </Paragraph>
            <AdminTable columns={[t('users.name'), t('users.email'), t('users.memberships')]}>
              {users.edges.map(({ node: user }) => (
                <tr key={user.id} data-testid={`user-${user.email}`}>
                  <td>{user.displayName}</td>
                  <td>{user.email}</td>
                  <td>
                    <ul className="admin-chips">
                      {user.memberships.map((membership) => (
                        <li key={membership.id} className="admin-chip">
                          {membershipText(membership)}
                          {membership.role === 'JOBSEEKER' ? null : (
                            <button type="button" aria-label={t('users.removeFor', { membership: membershipText(membership) })} onClick={() => setRemoving({ user, membership })}>
                              ✕
                            </button>
                          )}
                        </li>
                      ))}
                    </ul>
                    {adding === user.id ? (
                      <AddMembershipForm
                        user={user}
                        onAdded={(message) => {
                          setAdding(null);
                          setSuccess(message);
                        }}
                      />
                    ) : null}
                  </td>
                  <td>
                    <Button variant="secondaryNoBorder" aria-label={t('users.addFor', { name: user.displayName })} onClick={() => { setSuccess(null); setAdding(adding === user.id ? null : user.id); }}>
                      {adding === user.id ? t('cancel') : t('users.add')}
                    </Button>
                  </td>
                </tr>
              ))}
            </AdminTable>
            <Pager label={t('users.paging')} cursors={cursors} onChange={setCursors} pageInfo={users.pageInfo} />
          </>
        )}
      </Loaded>
      <ConfirmDialog
        visible={removing !== null}
        title={t('users.removeTitle')}
        text={removing ? t('users.removeText', { name: removing.user.displayName, membership: membershipText(removing.membership) }) : ''}
        confirmLabel={t('users.removeConfirm')}
        onConfirm={confirmRemove}
        onCancel={() => { setRemoving(null); remove.reset(); }}
        busy={remove.isPending}
        error={remove.error}
        testId="remove-membership"
      />
    </Page>
  );
}

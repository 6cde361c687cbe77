import { keepPreviousData } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLinkBase, useSearchParams } from 'react-router-dom';
import { Button, Checkbox, Paragraph, RouterLink, TextInput } from 'suomifi-ui-components';
import type { CompanyFilter, MyCompaniesQuery as MyCompaniesResult } from '../../gql/graphql';
import { useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { MunicipalityPicker } from '../../shared/forms/MunicipalityPicker';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { MunicipalityName } from '../company/MunicipalityName';
import { useIndustryText } from '../company/CompanyDetails';
import { MyCompaniesQuery } from './companies.documents';
import { useMunicipalityTexts } from './municipality-texts';
import './companies.css';

const PAGE_SIZE = 25;

/** The area's company accounts and those shared with it: search, filters, pages of 25. */
export default function CompaniesPage() {
  const { t } = useTranslation('companies');
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const tag = params.get('tag') ?? '';
  const municipality = params.get('municipality');
  const responsibleOnly = params.get('mine') === '1';
  // Cursors of the pages before this one: "previous" pops, "next" pushes.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;

  // Only the filters in use: the API reads a null filter as a value to check (e.g. a tag of nothing).
  const filter: CompanyFilter = {
    ...(search ? { search } : {}),
    ...(tag ? { tag } : {}),
    ...(municipality ? { municipalityCode: municipality } : {}),
    ...(responsibleOnly ? { responsibleOnly: true } : {}),
  };
  const query = useApiQuery(MyCompaniesQuery, { first: PAGE_SIZE, after, filter }, { placeholderData: keepPreviousData });

  const apply = (next: Record<string, string | null>) => {
    const updated = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) updated.set(key, value);
      else updated.delete(key);
    }
    setCursors([null]);
    setParams(updated, { replace: true });
  };

  return (
    <Page
      title={t('list.title')}
      lead={t('list.lead')}
      actions={
        <RouterLink asComponent={RouterLinkBase} to="/coordinator/companies/new" className="companies-button-link">
          {t('list.register')}
        </RouterLink>
      }
    >
      <Filters key={params.toString()} search={search} tag={tag} municipality={municipality} responsibleOnly={responsibleOnly} onApply={apply} />
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <CompanyTable
          connection={query.data.myCompanies}
          pageNumber={cursors.length}
          onPrevious={cursors.length > 1 ? () => setCursors(cursors.slice(0, -1)) : undefined}
          onNext={
            query.data.myCompanies.pageInfo.hasNextPage
              ? () => setCursors([...cursors, query.data.myCompanies.pageInfo.endCursor ?? null])
              : undefined
          }
        />
      )}
    </Page>
  );
}

function Filters({
  search,
  tag,
  municipality,
  responsibleOnly,
  onApply,
}: {
  search: string;
  tag: string;
  municipality: string | null;
  responsibleOnly: boolean;
  onApply: (next: Record<string, string | null>) => void;
}) {
  const { t } = useTranslation('companies');
  const [searchText, setSearchText] = useState(search);
  const [tagText, setTagText] = useState(tag);
  const [municipalityCode, setMunicipalityCode] = useState<string | null>(municipality);
  const [mine, setMine] = useState(responsibleOnly);
  const municipalityTexts = useMunicipalityTexts(t('list.municipality'));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ q: searchText.trim() || null, tag: tagText.trim() || null, municipality: municipalityCode, mine: mine ? '1' : null });
  };
  return (
    <form className="card" role="search" aria-label={t('list.filtersLabel')} onSubmit={onSubmit} noValidate>
      <div className="companies-filters">
        <TextInput id="companies-search" labelText={t('list.search')} hintText={t('list.searchHint')} value={searchText} onChange={(v) => setSearchText(String(v ?? ''))} />
        <TextInput id="companies-tag" labelText={t('list.tag')} value={tagText} onChange={(v) => setTagText(String(v ?? ''))} />
        <MunicipalityPicker id="companies-municipality" code={municipalityCode} onChange={setMunicipalityCode} texts={municipalityTexts} />
        <Checkbox id="companies-mine" checked={mine} onClick={({ checkboxState }) => setMine(checkboxState)}>
          {t('list.responsibleOnly')}
        </Checkbox>
      </div>
      <div className="companies-filter-actions">
        <Button type="submit">{t('list.apply')}</Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => onApply({ q: null, tag: null, municipality: null, mine: null })}
        >
          {t('list.clear')}
        </Button>
      </div>
    </form>
  );
}

type Connection = MyCompaniesResult['myCompanies'];

function CompanyTable({
  connection,
  pageNumber,
  onPrevious,
  onNext,
}: {
  connection: Connection;
  pageNumber: number;
  onPrevious?: () => void;
  onNext?: () => void;
}) {
  const { t } = useTranslation('companies');
  const industryText = useIndustryText();
  if (connection.totalCount === 0) return <Paragraph>{t('list.empty')}</Paragraph>;
  return (
    <>
      <p role="status" data-testid="companies-count">
        {t('list.count', { count: connection.totalCount })}
      </p>
      <div className="companies-table-wrap">
        <table className="companies-table" data-testid="companies-table">
          <caption className="visually-hidden">{t('list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.columns.name')}</th>
              <th scope="col">{t('list.columns.businessId')}</th>
              <th scope="col">{t('list.columns.municipality')}</th>
              <th scope="col">{t('list.columns.industry')}</th>
              <th scope="col">{t('list.columns.size')}</th>
              <th scope="col">{t('list.columns.tags')}</th>
              <th scope="col">{t('list.columns.responsible')}</th>
            </tr>
          </thead>
          <tbody>
            {connection.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  <RouterLink asComponent={RouterLinkBase} to={`/coordinator/companies/${node.id}`}>
                    {node.name}
                  </RouterLink>
                  {node.verificationStatus === 'PENDING' ? (
                    <>
                      {' '}
                      <span className="companies-badge">{t('pending')}</span>
                    </>
                  ) : null}
                </td>
                <td>{node.businessId}</td>
                <td>
                  <MunicipalityName code={node.homeMunicipalityCode} />
                </td>
                <td>{industryText(node.industry)}</td>
                <td>{t(`company:sizeClasses.${node.sizeClass}`)}</td>
                <td>{node.crm?.tags.join(', ')}</td>
                <td>{node.crm?.responsibleCoordinators.map((c) => c.displayName).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="companies-pager" aria-label={t('list.pages')}>
        <Button variant="secondary" disabled={!onPrevious} onClick={onPrevious}>
          {t('list.previous')}
        </Button>
        <p>{t('list.page', { page: pageNumber, pages: Math.max(1, Math.ceil(connection.totalCount / PAGE_SIZE)) })}</p>
        <Button variant="secondary" disabled={!onNext} onClick={onNext}>
          {t('list.next')}
        </Button>
      </nav>
    </>
  );
}

import { keepPreviousData } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLinkBase, useSearchParams } from 'react-router-dom';
import { Button, Checkbox, Paragraph, RouterLink, TextInput } from 'suomifi-ui-components';
import type { CompanyFilter, CompanySizeClass, MyCompaniesQuery as MyCompaniesResult } from '../../gql/graphql';
import { useApiQuery } from '../../shared/api/hooks';
import { ApiError } from '../../shared/errors/api-error';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { fieldError, FormErrors, type FieldBinding } from '../../shared/forms/FormErrors';
import { MunicipalityPicker } from '../../shared/forms/MunicipalityPicker';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { MunicipalityName } from '../company/MunicipalityName';
import { useIndustryText } from '../company/CompanyDetails';
import { INDUSTRY_SECTIONS, Select, SIZE_CLASSES } from './companies-shared';
import { MyAreaCoordinatorsQuery, MyCompaniesQuery } from './companies.documents';
import { useMunicipalityTexts } from './municipality-texts';
import './companies.css';

const PAGE_SIZE = 25;

/** The area's company accounts and those shared with it: search, filters, pages of 25. */
export default function CompaniesPage() {
  const { t } = useTranslation('companies');
  const [params, setParams] = useSearchParams();
  const current = filtersFrom(params);
  // Cursors of the pages before this one: "previous" pops, "next" pushes.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;

  const query = useApiQuery(MyCompaniesQuery, { first: PAGE_SIZE, after, filter: toCompanyFilter(current) }, { placeholderData: keepPreviousData });
  // A filter the API refuses (e.g. a malformed industry code) is shown at its field, not as a failed page.
  const refused = query.error?.kind === 'badInput' ? query.error : null;
  const filterError = useMemo(() => (refused ? localizeFilterError(refused, t) : null), [refused, t]);

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
      <Filters key={params.toString()} current={current} error={filterError} onApply={apply} />
      {query.isPending ? (
        <Loading />
      ) : filterError ? null : query.error ? (
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

/** The list's filters as kept in the address. */
interface ListFilters {
  search: string;
  tag: string;
  municipality: string | null;
  responsibleOnly: boolean;
  industrySection: string;
  industryCode: string;
  sizes: CompanySizeClass[];
  coordinatorId: string;
}

const isSizeClass = (value: string): value is CompanySizeClass => (SIZE_CLASSES as readonly string[]).includes(value);

function filtersFrom(params: URLSearchParams): ListFilters {
  return {
    search: params.get('q') ?? '',
    tag: params.get('tag') ?? '',
    municipality: params.get('municipality'),
    responsibleOnly: params.get('mine') === '1',
    industrySection: params.get('industry') ?? '',
    industryCode: params.get('code') ?? '',
    sizes: (params.get('sizes') ?? '').split(',').filter(isSizeClass),
    coordinatorId: params.get('coordinator') ?? '',
  };
}

/** Only the filters in use: the API reads a null filter as a value to check (e.g. a tag of nothing). */
function toCompanyFilter(f: ListFilters): CompanyFilter {
  return {
    ...(f.search ? { search: f.search } : {}),
    ...(f.tag ? { tag: f.tag } : {}),
    ...(f.municipality ? { municipalityCode: f.municipality } : {}),
    ...(f.responsibleOnly ? { responsibleOnly: true } : {}),
    ...(f.industrySection ? { industrySection: f.industrySection } : {}),
    ...(f.industryCode ? { industryCode: f.industryCode } : {}),
    ...(f.sizes.length > 0 ? { sizes: f.sizes } : {}),
    ...(f.coordinatorId ? { responsibleCoordinatorId: f.coordinatorId } : {}),
  };
}

/** The filter paths a person can correct here, told in their language (the API answers in English). */
const FILTER_ERROR_KEYS: Record<string, string> = {
  'filter.search': 'list.errors.search',
  'filter.tag': 'list.errors.tag',
  'filter.industrySection': 'list.errors.industrySection',
  'filter.industryCode': 'list.errors.industryCode',
  'filter.responsibleCoordinatorId': 'list.errors.coordinator',
};

function localizeFilterError(error: ApiError, t: (key: string) => string): ApiError {
  const fields = error.fields.map((field) => ({ path: field.path, message: FILTER_ERROR_KEYS[field.path] ? t(FILTER_ERROR_KEYS[field.path]) : field.message }));
  return new ApiError(error.kind, error.message, fields, error.reason);
}

const CLEARED: Record<string, null> = { q: null, tag: null, municipality: null, mine: null, industry: null, code: null, sizes: null, coordinator: null };

function Filters({ current, error, onApply }: { current: ListFilters; error: unknown; onApply: (next: Record<string, string | null>) => void }) {
  const { t } = useTranslation('companies');
  const [searchText, setSearchText] = useState(current.search);
  const [tagText, setTagText] = useState(current.tag);
  const [municipalityCode, setMunicipalityCode] = useState<string | null>(current.municipality);
  const [mine, setMine] = useState(current.responsibleOnly);
  const [section, setSection] = useState(current.industrySection);
  const [code, setCode] = useState(current.industryCode);
  const [sizes, setSizes] = useState<CompanySizeClass[]>(current.sizes);
  const [coordinatorId, setCoordinatorId] = useState(current.coordinatorId);
  const coordinators = useApiQuery(MyAreaCoordinatorsQuery, undefined, { staleTime: 10 * 60_000 });
  const municipalityTexts = useMunicipalityTexts(t('list.municipality'));
  const fields: FieldBinding[] = [
    { path: 'search', inputId: 'companies-search', label: t('list.search') },
    { path: 'tag', inputId: 'companies-tag', label: t('list.tag') },
    { path: 'industrySection', inputId: 'companies-industry', label: t('list.industrySection') },
    { path: 'industryCode', inputId: 'companies-industry-code', label: t('list.industryCode') },
    { path: 'responsibleCoordinatorId', inputId: 'companies-coordinator', label: t('list.coordinator') },
  ];
  const errorOf = (path: string) => fieldError(error, path, 'filter');
  const toggleSize = (size: CompanySizeClass, on: boolean) =>
    setSizes((chosen) => SIZE_CLASSES.filter((s) => (s === size ? on : chosen.includes(s))));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      q: searchText.trim() || null,
      tag: tagText.trim() || null,
      municipality: municipalityCode,
      mine: mine ? '1' : null,
      industry: section || null,
      code: code.trim() || null,
      sizes: sizes.length > 0 ? sizes.join(',') : null,
      coordinator: coordinatorId || null,
    });
  };
  const textStatus = (path: string) => ({ status: errorOf(path) ? ('error' as const) : ('default' as const), statusText: errorOf(path) });
  return (
    <form className="card" role="search" aria-label={t('list.filtersLabel')} onSubmit={onSubmit} noValidate>
      <FormErrors error={error} fields={fields} argument="filter" />
      <div className="companies-filters">
        <TextInput
          id="companies-search"
          labelText={t('list.search')}
          hintText={t('list.searchHint')}
          value={searchText}
          onChange={(v) => setSearchText(String(v ?? ''))}
          {...textStatus('search')}
        />
        <TextInput id="companies-tag" labelText={t('list.tag')} value={tagText} onChange={(v) => setTagText(String(v ?? ''))} {...textStatus('tag')} />
        <MunicipalityPicker id="companies-municipality" code={municipalityCode} onChange={setMunicipalityCode} texts={municipalityTexts} />
        <Select id="companies-industry" label={t('list.industrySection')} value={section} onChange={setSection}>
          <option value="">{t('list.anyIndustry')}</option>
          {INDUSTRY_SECTIONS.map((letter) => (
            <option key={letter} value={letter}>
              {letter} – {t(`company:industries.${letter}`)}
            </option>
          ))}
        </Select>
        <TextInput
          id="companies-industry-code"
          labelText={t('list.industryCode')}
          hintText={t('list.industryCodeHint')}
          value={code}
          onChange={(v) => setCode(String(v ?? ''))}
          {...textStatus('industryCode')}
        />
        <Select
          id="companies-coordinator"
          label={t('list.coordinator')}
          value={coordinatorId}
          onChange={setCoordinatorId}
          hint={coordinators.error ? t('list.coordinatorsUnavailable') : undefined}
        >
          <option value="">{t('list.anyCoordinator')}</option>
          {(coordinators.data?.myAreaCoordinators ?? []).map((c) => (
            <option key={c.userId} value={c.userId}>
              {c.displayName}
            </option>
          ))}
        </Select>
      </div>
      <fieldset className="companies-sizes">
        <legend>{t('list.sizes')}</legend>
        {SIZE_CLASSES.map((size) => (
          <Checkbox
            key={size}
            id={`companies-size-${size}`}
            checked={sizes.includes(size)}
            onClick={({ checkboxState }) => toggleSize(size, checkboxState)}
          >
            {t(`company:sizeClasses.${size}`)}
          </Checkbox>
        ))}
      </fieldset>
      <div className="companies-filters">
        <Checkbox id="companies-mine" checked={mine} onClick={({ checkboxState }) => setMine(checkboxState)}>
          {t('list.responsibleOnly')}
        </Checkbox>
      </div>
      <div className="companies-filter-actions">
        <Button type="submit">{t('list.apply')}</Button>
        <Button type="button" variant="secondary" onClick={() => onApply(CLEARED)}>
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

import { Pagination } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';

type PageIndicator = (page: number, pages: number) => string;

/**
 * Numbered pages of a result list whose page number lives in the address. Shown when there is
 * more than one page, or when the address points past the first one (a shared link to a page
 * that has emptied still offers the way back); choosing a page scrolls back to the top.
 */
export function NumberedPagination({
  label,
  currentPage,
  lastPage,
  onChange,
  indicator,
  ariaIndicator,
}: {
  label: string;
  currentPage: number;
  lastPage: number;
  onChange: (page: number) => void;
  indicator: PageIndicator;
  ariaIndicator: PageIndicator;
}) {
  const { t } = useTranslation('common');
  if (lastPage <= 1 && currentPage <= 1) return null;
  return (
    <Pagination
      aria-label={label}
      currentPage={currentPage}
      lastPage={Math.max(lastPage, currentPage)}
      onChange={(page) => {
        onChange(page);
        window.scrollTo({ top: 0 });
      }}
      pageIndicatorText={indicator}
      ariaPageIndicatorText={ariaIndicator}
      nextButtonAriaLabel={t('pagination.next')}
      previousButtonAriaLabel={t('pagination.previous')}
      pageInput={false}
      mt="m"
    />
  );
}

import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '../i18n/test-i18n';
import { NumberedPagination } from './NumberedPagination';

const indicator = (page: number, pages: number) => `Sivu ${page} / ${pages}`;

function renderPages(currentPage: number, lastPage: number, onChange = vi.fn()) {
  render(<NumberedPagination label="Hakutulosten sivut" currentPage={currentPage} lastPage={lastPage} onChange={onChange} indicator={indicator} ariaIndicator={indicator} />);
  return onChange;
}

describe('numbered pages of a result list', () => {
  beforeAll(() => {
    initTestI18n('fi');
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows nothing when everything fits on the first page', () => {
    renderPages(1, 1);
    expect(screen.queryByRole('navigation', { name: 'Hakutulosten sivut' })).not.toBeInTheDocument();
  });

  it('offers the way back from a page past the last one (an emptied shared link)', () => {
    renderPages(3, 1);
    expect(screen.getByRole('navigation', { name: 'Hakutulosten sivut' })).toHaveTextContent('Sivu 3 / 3');
  });

  it('moves to the chosen page and back to the top', () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const onChange = renderPages(1, 4);
    fireEvent.click(screen.getByRole('button', { name: 'Seuraava sivu' }));
    expect(onChange).toHaveBeenCalledWith(2);
    expect(scrollTo).toHaveBeenCalledWith({ top: 0 });
  });
});

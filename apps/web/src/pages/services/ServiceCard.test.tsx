import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sector } from '../../gql/graphql';
import { initTestI18n } from '../../shared/i18n/test-i18n';
import type { ServiceLabels } from './labels';
import { ServiceCard, type SearchHit } from './ServiceCard';

const labels: ServiceLabels = {
  language: 'fi',
  term: (code, fallback) => fallback ?? code,
  area: () => 'Lahti',
  municipality: (code) => code,
  spokenLanguage: (code) => code,
};

function hit(sector: Sector, highlights: SearchHit['highlights'] = []): SearchHit {
  return {
    distanceKm: null,
    highlights,
    service: {
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      name: { fi: 'Palkkatuki työnantajalle', sv: null, en: null },
      summary: { fi: 'Autamme palkkatuen hakemisessa.', sv: null, en: null },
      provider: { id: 'p1', name: 'Tarjoaja', sector },
      categories: [{ code: 'PAY_SUBSIDY', labelFi: 'Palkkatuki', labelSv: null, labelEn: null }],
      deliveryMode: 'HYBRID',
      isFree: true,
      coverage: { national: false, employmentAreaIds: ['area'], municipalityCodes: [] },
    },
  };
}

function renderCard(value: SearchHit): HTMLElement {
  const { container } = render(
    <MemoryRouter>
      <ul>
        <ServiceCard hit={value} labels={labels} />
      </ul>
    </MemoryRouter>,
  );
  return container;
}

describe('a result card', () => {
  beforeAll(() => {
    initTestI18n('fi');
  });

  it('looks the same for public, private and third-sector services but for the sector label', () => {
    const cards = (['PUBLIC', 'PRIVATE', 'THIRD_SECTOR'] as const).map((sector) => renderCard(hit(sector)));
    const [publicCard, privateCard, thirdCard] = cards.map((card) => card.innerHTML);
    expect(cards.map((card) => card.querySelector('.services-sector')?.textContent)).toEqual([
      ' · Julkinen sektori',
      ' · Yksityinen sektori',
      ' · Kolmas sektori',
    ]);
    const withoutSector = (html: string | undefined) => html?.replace(/ · (Julkinen|Yksityinen) sektori| · Kolmas sektori/, '');
    expect(withoutSector(privateCard)).toBe(withoutSector(publicCard));
    expect(withoutSector(thirdCard)).toBe(withoutSector(publicCard));
  });

  it('marks the matched words of the name and summary and links to the service', () => {
    const card = renderCard(
      hit('PRIVATE', [
        { field: 'name.fi', snippet: '<em>Palkkatuki</em> työnantajalle' },
        { field: 'summary.fi', snippet: 'Autamme <em>palkkatuen</em> hakemisessa.' },
      ]),
    );
    expect([...card.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Palkkatuki', 'palkkatuen']);
    expect(card.querySelector('h3 a')?.getAttribute('href')).toBe('/services/a1b2c3d4-0000-4000-8000-000000000001');
    expect(card.querySelector('h3')?.textContent).toBe('Palkkatuki työnantajalle');
  });

  it('quotes a match in a language not shown and marks its language', () => {
    const card = renderCard(hit('PUBLIC', [{ field: 'description.sv', snippet: 'ger <em>lönesubvention</em> för' }]));
    const quote = card.querySelector('[data-testid="service-match"]');
    expect(quote?.getAttribute('lang')).toBe('sv');
    expect(quote?.querySelector('mark')?.textContent).toBe('lönesubvention');
  });
});

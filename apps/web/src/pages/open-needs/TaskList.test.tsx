import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initTestI18n } from '../../shared/i18n/test-i18n';
import { TaskList, type Task } from './TaskList';
import { demandLevel, demandLevelKey } from './vocabulary';

const picking: Task = { title: 'Tilausten keräily hyllyistä', kind: 'CORE', physicalStrain: 1, standingWalking: 2, lifting: 1, cognitiveLoad: 1, customerInteraction: 0, timePressure: 1 };
const forklift: Task = { title: 'Lavojen siirto trukilla', kind: 'SEPARABLE', physicalStrain: 2, standingWalking: 1, lifting: 3, cognitiveLoad: 2, customerInteraction: 0, timePressure: 2 };

/** The words next to each dimension of one task, as a person reads them. */
function demands(taskTitle: string): Record<string, string> {
  const task = screen.getByRole('heading', { name: taskTitle }).closest('li')!;
  const rows = within(task).getAllByRole('term');
  return Object.fromEntries(rows.map((term) => [term.textContent, term.nextElementSibling?.textContent ?? '']));
}

describe('demand levels in words', () => {
  beforeAll(() => {
    initTestI18n('fi');
  });
  afterEach(async () => {
    cleanup();
    await i18next.changeLanguage('fi');
  });

  it('maps 0…3 to the four levels and never shows a raw number', () => {
    expect([0, 1, 2, 3].map(demandLevelKey)).toEqual([
      'vocabulary.demandLevel.0',
      'vocabulary.demandLevel.1',
      'vocabulary.demandLevel.2',
      'vocabulary.demandLevel.3',
    ]);
    expect([-1, 4, Number.NaN, 1.6].map(demandLevel)).toEqual([0, 3, 0, 2]);
  });

  it('shows each task of the role with its six demands in Finnish words, core tasks apart from separable ones', () => {
    render(<TaskList tasks={[forklift, picking]} />);
    expect(screen.getByRole('heading', { name: 'Ydintehtävät' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Erotettavat tehtävät' })).toBeInTheDocument();
    expect(demands('Tilausten keräily hyllyistä')).toEqual({
      'Fyysinen kuormitus': 'vähän',
      'Seisominen ja kävely': 'jonkin verran',
      Nostaminen: 'vähän',
      'Tiedollinen kuormitus': 'vähän',
      Asiakaskontaktit: 'ei lainkaan',
      Aikapaine: 'vähän',
    });
    expect(demands('Lavojen siirto trukilla')['Nostaminen']).toBe('paljon');
    // Core tasks come first whatever the order they were given in.
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings.indexOf('Tilausten keräily hyllyistä')).toBeLessThan(headings.indexOf('Lavojen siirto trukilla'));
  });

  it('says the same in Swedish', async () => {
    await i18next.changeLanguage('sv');
    render(<TaskList tasks={[forklift]} />);
    expect(screen.getByRole('heading', { name: 'Avskiljbara uppgifter' })).toBeInTheDocument();
    expect(demands('Lavojen siirto trukilla')).toMatchObject({ Lyft: 'mycket', 'Fysisk belastning': 'något', Kundkontakter: 'inte alls', 'Stående och gående': 'lite' });
  });

  it('says so when the role has not been described as tasks', () => {
    render(<TaskList tasks={[]} />);
    expect(screen.getByText('Työtä ei ole vielä kuvattu tehtävinä.')).toBeInTheDocument();
  });
});

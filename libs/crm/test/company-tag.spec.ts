import { normalizeTag } from '../src/company-tag';

describe('normalizeTag', () => {
  it('folds case and white space to one spelling', () => {
    expect(normalizeTag('  Metalli ')).toBe('metalli');
    expect(normalizeTag('OPPISOPIMUS   kiinnostaa')).toBe('oppisopimus kiinnostaa');
    expect(normalizeTag('ÄÄNEKOSKI\tseutu')).toBe('äänekoski seutu');
  });

  it('makes composed and decomposed umlauts equal', () => {
    expect(normalizeTag('Ka\u0308ytto\u0308')).toBe(normalizeTag('Käyttö'));
  });

  it('refuses tags that are too short or too long', () => {
    expect(normalizeTag(' a ')).toBeNull();
    expect(normalizeTag('x'.repeat(41))).toBeNull();
    expect(normalizeTag('x'.repeat(40))).toBe('x'.repeat(40));
  });
});

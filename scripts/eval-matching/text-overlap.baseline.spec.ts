import { textOverlapScore, textTokens } from './text-overlap.baseline';

describe('textOverlapScore', () => {
  it('splits lower-cased words and keeps Finnish letters', () => {
    expect([...textTokens('Trukinkuljettaja, VARASTO-työ & Åbo 24/7')]).toEqual(['trukinkuljettaja', 'varasto', 'työ', 'åbo', '24', '7']);
  });

  it('is the Jaccard index of the word sets', () => {
    // Shared: varastotyöntekijä, tampere; union adds trukki and kokki: 4 words.
    expect(textOverlapScore('Varastotyöntekijä Tampere trukki', 'varastotyöntekijä, Tampere, kokki')).toBeCloseTo(2 / 4, 10);
    expect(textOverlapScore('kokki Helsinki', 'kokki helsinki')).toBe(1);
    expect(textOverlapScore('kokki', 'siivooja')).toBe(0);
  });

  it('scores 0 when either text has no words', () => {
    expect(textOverlapScore('', 'kokki')).toBe(0);
    expect(textOverlapScore('kokki', ' , ')).toBe(0);
  });
});

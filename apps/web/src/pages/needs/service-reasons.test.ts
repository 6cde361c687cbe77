import { describe, expect, it } from 'vitest';
import { adviceTopicsForNeed, reasonText } from './service-reasons';

describe('why a service is suggested', () => {
  it('turns the known Finnish reasons of the API into translation keys', () => {
    expect(reasonText('Työnantaja on valmis palkkatukeen')).toMatchObject({ key: 'reasons.measure.PAY_SUBSIDY', params: {} });
    expect(reasonText('Avoin täsmätyökykyisille: työkyvyn tuki').key).toBe('reasons.precisionCapable');
    expect(reasonText('Vaadittua osaamista voi kouluttaa: suorittaa MIG-hitsausta, liittää metalleja')).toMatchObject({
      key: 'reasons.trainSkills',
      params: { skills: 'suorittaa MIG-hitsausta, liittää metalleja' },
    });
  });

  it('keeps an unknown reason as it came', () => {
    expect(reasonText('Jokin uusi syy')).toEqual({ key: null, params: {}, original: 'Jokin uusi syy' });
  });
});

describe('why an advice article is shown', () => {
  it('names the topics that answer the choices made in the need', () => {
    const need = { measuresOpenTo: ['PAY_SUBSIDY'], adjustmentsOffered: ['WORKING_TIME'], anonymousRecruitment: true, openToPrecisionCapable: false };
    expect(adviceTopicsForNeed(['PAY_SUBSIDY', 'APPRENTICESHIP', 'ANONYMOUS_RECRUITMENT', 'WORKING_TIME'], need)).toEqual([
      'PAY_SUBSIDY',
      'ANONYMOUS_RECRUITMENT',
      'WORKING_TIME',
    ]);
    expect(adviceTopicsForNeed(['EMPLOYER_OBLIGATIONS'], need)).toEqual([]);
  });
});

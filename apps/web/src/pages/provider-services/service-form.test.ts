import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors/api-error';
import { emptyForm, formPath, inputOf, localizeServiceError, localProblems, missingTexts, newLocation, parseAmount } from './service-form';
import { actionsOf, countByStatus } from './service-status';
import { historyValue } from './service-history';

function filled() {
  const form = emptyForm();
  form.texts.fi = { name: 'Työkokeilu', summary: 'Kokeile työtä turvallisesti.', description: 'Kuukauden työkokeilu yrityksessä.' };
  form.categoryCodes = ['WORK_TRIAL'];
  form.employmentAreaIds = ['area-1'];
  return form;
}

describe('the service form', () => {
  it('sends the Finnish texts, leaves empty translations out and trims', () => {
    const form = filled();
    form.texts.sv.name = '  Arbetsprövning ';
    const input = inputOf(form);
    expect(input).toMatchObject({ nameFi: 'Työkokeilu', nameSv: 'Arbetsprövning', summarySv: null, nameEn: null, isFree: true, costOptions: [] });
  });

  it('drops areas and municipalities of a national service', () => {
    const form = filled();
    form.isNational = true;
    form.municipalityCodes = ['398'];
    expect(inputOf(form)).toMatchObject({ isNational: true, employmentAreaIds: [], municipalityCodes: [] });
  });

  it('sends a charged service with its price in euros, a comma or a point', () => {
    const form = filled();
    form.isFree = false;
    form.costAmount = '49,90';
    form.costUnit = 'henkilö';
    expect(inputOf(form).costOptions).toEqual([{ amount: 49.9, currency: 'EUR', unit: 'henkilö', descriptionFi: null }]);
    expect(parseAmount('120')).toBe(120);
    expect(parseAmount('12.5')).toBe(12.5);
    expect(parseAmount('abc')).toBeNaN();
  });

  it('finds numbers that are not numbers and locations without a municipality before sending', () => {
    const form = filled();
    form.minimumAge = 'kaksi';
    form.capacity = '12';
    form.isFree = false;
    form.costAmount = 'paljon';
    form.locations = [newLocation()];
    expect(localProblems(form)).toEqual([
      { path: 'minimumAge', key: 'wholeNumber' },
      { path: 'costOptions', key: 'amount' },
      { path: 'locations.0.municipalityCode', key: 'municipality' },
    ]);
    form.minimumAge = '18';
    form.costAmount = '10';
    form.locations[0].municipalityCode = '398';
    expect(localProblems(form)).toEqual([]);
    expect(inputOf(form)).toMatchObject({ minimumAge: 18, capacity: 12 });
  });

  it('marks which texts of a language are missing', () => {
    const form = filled();
    expect(missingTexts(form, 'fi')).toEqual([]);
    expect(missingTexts(form, 'sv')).toEqual(['name', 'summary', 'description']);
    form.texts.en.name = 'Work trial';
    expect(missingTexts(form, 'en')).toEqual(['summary', 'description']);
  });

  it('reads the server field paths of both validators as the form names its fields', () => {
    expect(formPath('input.nameFi')).toBe('nameFi');
    expect(formPath('input.locations[0].municipalityCode')).toBe('locations.0.municipalityCode');
    expect(formPath('input.locations.1.postalCode')).toBe('locations.1.postalCode');
    expect(formPath('input.costOptions[0].amount')).toBe('costOptions');
    const error = new ApiError('badInput', 'Bad', [
      { path: 'input.locations.1.postalCode', message: 'postalCode must be five digits' },
      { path: 'input.employmentAreaIds[0]', message: 'no such employment area' },
    ]);
    const localized = localizeServiceError(error, (key) => `msg:${key}`) as ApiError;
    expect(localized.fieldMessage('locations.1.postalCode')).toBe('msg:location.postalCode');
    expect(localized.fieldMessage('employmentAreaIds')).toBe('msg:employmentAreaIds');
  });
});

describe('statuses and history', () => {
  it('counts services by status, zero for the empty ones', () => {
    expect(countByStatus([{ status: 'DRAFT' }, { status: 'REJECTED' }, { status: 'DRAFT' }])).toEqual({ DRAFT: 2, SUBMITTED: 0, PUBLISHED: 0, REJECTED: 1, ARCHIVED: 0 });
  });

  it('offers what the API allows in each status', () => {
    expect(actionsOf('DRAFT')).toEqual({ edit: true, submit: true, archive: false });
    expect(actionsOf('REJECTED').submit).toBe(true);
    expect(actionsOf('PUBLISHED')).toEqual({ edit: true, submit: false, archive: true });
    expect(actionsOf('ARCHIVED')).toEqual({ edit: false, submit: false, archive: false });
  });

  it('shows history values as short texts', () => {
    expect(historyValue(null, '–')).toBe('–');
    expect(historyValue(['fi', 'sv'], '–')).toBe('fi, sv');
    expect(historyValue({ amount: 10, unit: 'h' }, '–')).toBe('10 h');
  });
});

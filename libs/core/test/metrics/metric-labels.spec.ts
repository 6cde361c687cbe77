import { BoundedLabelSet, errorCodeLabels, operationLabels, OTHER_LABEL } from '../../src/metrics/metric-labels';

describe('BoundedLabelSet', () => {
  it('admits operation names up to its capacity, then answers "other" for newcomers only', () => {
    const labels = operationLabels(2);
    expect(labels.label('ServiceSearch')).toBe('ServiceSearch');
    expect(labels.label('NeedDetails')).toBe('NeedDetails');
    expect(labels.label('Third')).toBe(OTHER_LABEL);
    expect(labels.label('ServiceSearch')).toBe('ServiceSearch');
    expect(labels.size()).toBe(2);
  });

  it('refuses names of the wrong form without spending capacity on them', () => {
    const labels = operationLabels(5);
    for (const hostile of ['', '1abc', 'a b', 'x'.repeat(65), 'drop"}', 'nimi.sukunimi@example.fi', null, undefined]) {
      expect(labels.label(hostile)).toBe(OTHER_LABEL);
    }
    expect(labels.size()).toBe(0);
    expect(labels.label('x'.repeat(64))).toBe('x'.repeat(64));
  });

  it('keeps error codes to upper-case identifiers', () => {
    const codes = errorCodeLabels();
    expect(codes.label('BAD_USER_INPUT')).toBe('BAD_USER_INPUT');
    expect(codes.label('bad input')).toBe('OTHER');
    expect(new BoundedLabelSet(/^a$/, 0, 'none').label('a')).toBe('none');
  });
});

import { pathOnly, safeError } from '../../src/logging/log-privacy';

describe('log privacy', () => {
  it('keeps the path of a URL and drops its query string', () => {
    expect(pathOnly('/graphql?query=q&variables=%7B%22email%22%3A%22a%40b.fi%22%7D')).toBe('/graphql');
    expect(pathOnly('/hsds/services#x')).toBe('/hsds/services');
    expect(pathOnly('/health')).toBe('/health');
    expect(pathOnly(undefined)).toBe('');
  });

  it("leaves out an error's parameters and detail", () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "uq_app_user_email"'), {
      code: '23505',
      detail: 'Key (email)=(maija.meikalainen@example.fi) already exists.',
      parameters: ['maija.meikalainen@example.fi', 'Maija Meikäläinen'],
    });
    const logged = JSON.stringify(safeError(error));
    expect(logged).toContain('uq_app_user_email');
    expect(logged).toContain('23505');
    expect(logged).not.toContain('maija');
    expect(logged).not.toContain('Meikäläinen');
  });
});

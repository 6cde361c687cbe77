import { fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../errors/api-error';
import { initTestI18n } from '../i18n/test-i18n';
import { fieldError, FormErrors } from './FormErrors';

const fields = [
  { path: 'title', inputId: 'need-title', label: 'Otsikko' },
  { path: 'hoursMin', inputId: 'need-hours-min', label: 'Tunnit vähintään' },
];

describe('form errors from the server', () => {
  beforeAll(() => {
    initTestI18n('fi');
  });

  it('lists each bad field in the error summary, linked to its input', () => {
    const error = new ApiError('badInput', 'Invalid input', [
      { path: 'input.title', message: 'title should not be empty' },
      { path: 'input.hoursMin', message: 'hoursMin must not be greater than hoursMax' },
    ]);
    render(
      <>
        <input id="need-title" aria-label="Otsikko" />
        <input id="need-hours-min" aria-label="Tunnit vähintään" />
        <FormErrors error={error} fields={fields} />
      </>,
    );
    expect(screen.getByRole('heading', { name: 'Lomakkeessa on 2 virhettä' })).toBeInTheDocument();
    const title = screen.getByRole('link', { name: /Otsikko: title should not be empty/ });
    // The design system's summary link moves focus to the field it names.
    fireEvent.click(title);
    expect(document.activeElement).toBe(screen.getByLabelText('Otsikko'));
    fireEvent.click(screen.getByRole('link', { name: /Tunnit vähintään: hoursMin must not be greater/ }));
    expect(document.activeElement).toBe(screen.getByLabelText('Tunnit vähintään'));
    expect(fieldError(error, 'title')).toBe('title should not be empty');
    expect(fieldError(error, 'positions')).toBeUndefined();
  });

  it('shows a calm message, not the server text, for a server fault', () => {
    render(<FormErrors error={new ApiError('server', 'Internal server error at x.ts:12')} fields={fields} />);
    expect(screen.getByText('Jokin meni vikaan')).toBeInTheDocument();
    expect(screen.queryByText(/x\.ts/)).not.toBeInTheDocument();
  });

  it('says nothing when there is no error', () => {
    const { container } = render(<FormErrors error={null} fields={fields} />);
    expect(container).toBeEmptyDOMElement();
  });
});

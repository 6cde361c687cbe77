import { useTranslation } from 'react-i18next';
import type { MunicipalityPickerTexts } from '../../shared/forms/MunicipalityPicker';

/** The municipality picker's texts in the person's language. */
export function useMunicipalityTexts(label: string, hint?: string): MunicipalityPickerTexts {
  const { t } = useTranslation('companies');
  return {
    label,
    hint,
    placeholder: t('municipalityPicker.placeholder'),
    clear: t('municipalityPicker.clear'),
    noItems: t('municipalityPicker.noItems'),
    loading: t('municipalityPicker.loading'),
    available: (count) => t('municipalityPicker.available', { count }),
  };
}

import { TextInput } from 'suomifi-ui-components';
import { statusProps, type TextFieldProps } from './field-props';

/** A whole-number text field whose value stays the typed text (the form checks and converts it). */
export function NumberField({
  id,
  label,
  hint,
  optionalText,
  min,
  max,
  value,
  onChange,
  problem,
}: TextFieldProps & { min: number; max: number }) {
  return (
    <TextInput
      id={id}
      type="number"
      min={min}
      max={max}
      labelText={label}
      hintText={hint}
      optionalText={optionalText}
      value={value}
      onChange={(typed) => onChange(typed == null ? '' : String(typed))}
      {...statusProps(problem)}
    />
  );
}

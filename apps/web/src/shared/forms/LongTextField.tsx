import { Textarea } from 'suomifi-ui-components';
import { statusProps, type TextFieldProps } from './field-props';

/** A full-width text area for free text, growing downwards; hands on the text, not the event. */
export function LongTextField({
  id,
  label,
  hint,
  optionalText,
  rows,
  value,
  onChange,
  problem,
}: TextFieldProps & { rows?: number }) {
  return (
    <Textarea
      id={id}
      labelText={label}
      hintText={hint}
      optionalText={optionalText}
      value={value}
      // Read the text now: the form's update function runs later.
      onChange={(event) => onChange(event.target.value)}
      fullWidth
      resize="vertical"
      rows={rows}
      {...statusProps(problem)}
    />
  );
}

import { FinnishBusinessIds } from 'finnish-business-ids';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** Y-tunnus: seven digits, a dash and a check digit that matches. */
export function isValidBusinessId(value: unknown): value is string {
  return typeof value === 'string' && FinnishBusinessIds.isValidBusinessId(value);
}

export function IsBusinessId(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isBusinessId',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be a valid Y-tunnus (1234567-8) with a matching check digit`, ...options },
      validator: { validate: (value: unknown) => isValidBusinessId(value) },
    });
}

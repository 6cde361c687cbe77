import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { CoreException } from './domain.exception';
import { FieldProblem } from './error-code';

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

/**
 * The global pipe. Field paths are given from the GraphQL argument down (`input.code`,
 * `filter.regionCode`), the same way the domain exceptions name fields.
 */
@Injectable()
export class ArgumentValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidUnknownValues: true,
      exceptionFactory: (errors) => CoreException.invalidInput(flattenValidationErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // An optional argument left out: nothing to validate (the schema already enforces required ones).
    if (value === undefined || value === null) return value;
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      // @Args('input') has a name; @Args() with an ArgsType has none and its fields are top-level.
      if (error instanceof CoreException && metadata.data && typeof metadata.data === 'string') {
        throw CoreException.invalidInput(error.fields.map((f) => ({ ...f, path: `${metadata.data}.${f.path}` })));
      }
      throw error;
    }
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ArgumentValidationPipe();
}

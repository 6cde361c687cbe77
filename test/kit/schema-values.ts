import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  GraphQLInputType,
  GraphQLOutputType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/**
 * A plausible value of an input type: what a well-behaved client might send. Required fields of
 * input objects are filled, optional ones left out; ids are fresh UUIDs that match nothing.
 */
export function fillerValue(type: GraphQLInputType, name = ''): unknown {
  if (isNonNullType(type)) return fillerValue(type.ofType, name);
  if (isListType(type)) return [fillerValue(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = fillerValue(field.type, field.name);
    }
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
        return name === 'first' ? 20 : 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return false;
      case 'DateTime':
        return '2030-01-15T09:00:00Z';
      case 'JSON':
        return {};
      default:
        return /email/i.test(name) ? 'testi.kayttaja@ytmt.example' : 'Testi';
    }
  }
  return null;
}

/** The smallest selection valid on an output type: `__typename` for objects, nothing for leaves. */
export function minimalSelection(type: GraphQLOutputType): string {
  return isCompositeType(getNamedType(type)) ? ' { __typename }' : '';
}

import { ClientErrorCode, DomainException, FieldProblem } from '@ytmt/core';

export enum RegionsErrorCode {
  INVALID_MUNICIPALITY_CODE = 'INVALID_MUNICIPALITY_CODE',
  UNKNOWN_MUNICIPALITY = 'UNKNOWN_MUNICIPALITY',
  INVALID_POSTAL_CODE = 'INVALID_POSTAL_CODE',
  UNKNOWN_POSTAL_CODE = 'UNKNOWN_POSTAL_CODE',
  EMPLOYMENT_AREA_NOT_FOUND = 'EMPLOYMENT_AREA_NOT_FOUND',
  EMPLOYMENT_AREA_CODE_TAKEN = 'EMPLOYMENT_AREA_CODE_TAKEN',
  MUNICIPALITY_IN_OTHER_AREA = 'MUNICIPALITY_IN_OTHER_AREA',
  NOT_ALLOWED = 'NOT_ALLOWED',
}

const CLIENT_CODES: Record<RegionsErrorCode, ClientErrorCode> = {
  [RegionsErrorCode.INVALID_MUNICIPALITY_CODE]: ClientErrorCode.BAD_USER_INPUT,
  [RegionsErrorCode.UNKNOWN_MUNICIPALITY]: ClientErrorCode.BAD_USER_INPUT,
  [RegionsErrorCode.INVALID_POSTAL_CODE]: ClientErrorCode.BAD_USER_INPUT,
  [RegionsErrorCode.UNKNOWN_POSTAL_CODE]: ClientErrorCode.NOT_FOUND,
  [RegionsErrorCode.EMPLOYMENT_AREA_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [RegionsErrorCode.EMPLOYMENT_AREA_CODE_TAKEN]: ClientErrorCode.CONFLICT,
  [RegionsErrorCode.MUNICIPALITY_IN_OTHER_AREA]: ClientErrorCode.CONFLICT,
  [RegionsErrorCode.NOT_ALLOWED]: ClientErrorCode.FORBIDDEN,
};

export class RegionsException extends DomainException<RegionsErrorCode> {
  get clientCode(): ClientErrorCode {
    return CLIENT_CODES[this.code];
  }

  static field(code: RegionsErrorCode, path: string, message: string): RegionsException {
    const fields: FieldProblem[] = [{ path, message }];
    return new RegionsException(code, `${path}: ${message}`, fields);
  }
}

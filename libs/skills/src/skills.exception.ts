import { ClientErrorCode, DomainException, FieldProblem } from '@ytmt/core';

export enum SkillsErrorCode {
  INVALID_OCCUPATION_URI = 'INVALID_OCCUPATION_URI',
  INVALID_SKILL_URI = 'INVALID_SKILL_URI',
  TEXT_WITHOUT_WORDS = 'TEXT_WITHOUT_WORDS',
  OCCUPATION_NOT_FOUND = 'OCCUPATION_NOT_FOUND',
  SKILL_NOT_FOUND = 'SKILL_NOT_FOUND',
}

const CLIENT_CODES: Record<SkillsErrorCode, ClientErrorCode> = {
  [SkillsErrorCode.INVALID_OCCUPATION_URI]: ClientErrorCode.BAD_USER_INPUT,
  [SkillsErrorCode.INVALID_SKILL_URI]: ClientErrorCode.BAD_USER_INPUT,
  [SkillsErrorCode.TEXT_WITHOUT_WORDS]: ClientErrorCode.BAD_USER_INPUT,
  [SkillsErrorCode.OCCUPATION_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [SkillsErrorCode.SKILL_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
};

export class SkillsException extends DomainException<SkillsErrorCode> {
  get clientCode(): ClientErrorCode {
    return CLIENT_CODES[this.code];
  }

  static field(code: SkillsErrorCode, path: string, message: string): SkillsException {
    const fields: FieldProblem[] = [{ path, message }];
    return new SkillsException(code, `${path}: ${message}`, fields);
  }
}

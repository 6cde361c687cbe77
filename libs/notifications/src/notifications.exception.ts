import { ClientErrorCode, DomainException, FieldProblem } from '@ytmt/core';

export enum NotificationsErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
}

const CLIENT_CODES: Record<NotificationsErrorCode, ClientErrorCode> = {
  [NotificationsErrorCode.INVALID_INPUT]: ClientErrorCode.BAD_USER_INPUT,
};

export class NotificationsException extends DomainException<NotificationsErrorCode> {
  get clientCode(): ClientErrorCode {
    return CLIENT_CODES[this.code];
  }

  static invalid(fields: FieldProblem[]): NotificationsException {
    return new NotificationsException(NotificationsErrorCode.INVALID_INPUT, fields.map((f) => `${f.path}: ${f.message}`).join('; '), fields);
  }
}

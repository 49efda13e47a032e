/**
 * A problem the user can fix: its message is Spanish, shown as is, and says what to type.
 * Anything else that is thrown is a bug and reaches the platform's error handler.
 */
export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export type UserErrorCode =
  | 'invalid_arguments'
  | 'no_plan'
  | 'activity_not_found'
  | 'activity_retired'
  | 'not_allowed'
  | 'office_not_found'
  | 'nothing_to_undo';

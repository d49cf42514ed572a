/** An error for people: Chinese for the user, English for logs. Never carries a stack. */
export interface UserError {
  code: string;
  /** Shown to the user (Simplified Chinese). */
  message: string;
  /** Written to logs (English). */
  detail: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: UserError };

export const UserError = {
  create(code: string, message: string, detail: string): UserError {
    return { code, message, detail };
  },
  ok<T>(value: T): Result<T> {
    return { ok: true, value };
  },
  fail<T = never>(code: string, message: string, detail: string): Result<T> {
    return { ok: false, error: { code, message, detail } };
  },
};

/** Thrown inside services and turned into a response at the edge. */
export class UserFacingError extends Error {
  readonly status: number;
  readonly userError: UserError;
  constructor(status: number, error: UserError) {
    super(error.detail);
    this.status = status;
    this.userError = error;
  }
}

/** Errors shaped like Office.js's `OfficeExtension.Error`: callers branch on `code`. */

export const FakeErrorCode = {
  propertyNotLoaded: 'PropertyNotLoaded',
  itemNotFound: 'ItemNotFound',
  itemAlreadyExists: 'ItemAlreadyExists',
  accessDenied: 'AccessDenied',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  apiNotFound: 'ApiNotFound',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
} as const;

export type FakeErrorCodeValue = (typeof FakeErrorCode)[keyof typeof FakeErrorCode];

export class FakeOfficeError extends Error {
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };

  constructor(
    readonly code: FakeErrorCodeValue,
    message: string,
    location?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation: location };
  }
}

/**
 * Limits of a message between citizen and authority: checked by the server when it accepts one
 * and by the portal before sending, so both say the same (one source for the contract).
 */
export const MESSAGE_LIMITS = {
  textMaxLength: 10_000,
  maxFiles: 5,
  fileMaxBytes: 5 * 1024 * 1024,
  totalMaxBytes: 10 * 1024 * 1024,
  mediaTypes: ['application/pdf', 'image/png', 'image/jpeg'],
  nameMaxLength: 200,
} as const;

/** Path the development IdP is mounted at; its issuer is `<publicUrl>/idp`. */
export const DEV_IDP_PATH = '/idp';

/** Client id under which the server is registered at the development IdP. */
export const DEV_CLIENT_ID = 'amtsweg';

/** Resource indicator (RFC 8707) of the API at the development IdP. */
export const API_RESOURCE = 'urn:amtsweg:api';

/** Default `aud` of access tokens for the API. */
export const API_AUDIENCE = 'amtsweg-api';

/** Longest lifetime of an accepted bearer token unless configured (`AMTSWEG_MAX_TOKEN_LIFETIME`). */
export const DEFAULT_MAX_TOKEN_LIFETIME = 3600;

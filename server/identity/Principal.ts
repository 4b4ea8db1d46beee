/**
 * Assurance level of an identity (Vertrauensniveau), lowest first. They follow the eIDAS levels
 * low / substantial / high; `basic` is eIDAS "low" (e.g. user name and password, ELSTER without
 * certificate), `high` is the online ID card (eID, Personalausweis).
 */
export type Assurance = 'basic' | 'substantial' | 'high';

/** Who is calling the API, as resolved from a session cookie or a bearer token. */
export interface Principal {
  /** Stable subject identifier at the identity provider. */
  sub: string;
  /** Display name. */
  name: string;
  /** citizen (Bürger:in), company representative, staff of an authority, or procedure designer (ministry). */
  kind: 'citizen' | 'company' | 'staff' | 'designer';
  /** Staff only: the authority they work for, as used in procedure.json (e.g. 'gewerbeamt'). */
  authority?: string;
  assurance: Assurance;
  email?: string;
}

/** What `authenticate()` puts on `ctx.state`. */
export interface IdentityState {
  /** The caller; undefined for an anonymous request. */
  principal?: Principal;
}

/** Key builders of the abonnementen table (the only code that knows its layout). */

/** gsi1: the deliveries waiting for an attempt, by the time of their next attempt (sparse: only `bezig`). */
export const WACHTRIJ_INDEX = { naam: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' } as const;
export const WACHTRIJ = 'wachtrij';

/** The subscriptions of one organisation. */
export const abonnementPk = (org: string) => `org#${org}`;
export const abonnementSk = (id: string) => `abo#${id}`;
/** The deliveries of one subscription, by notification id (a ULID: sorted by time). */
export const afleveringPk = (abonnementId: string) => `afl#${abonnementId}`;
export const wachtrijSk = (volgendePoging: string, abonnementId: string, notificatieId: string) =>
  `${volgendePoging}#${abonnementId}#${notificatieId}`;

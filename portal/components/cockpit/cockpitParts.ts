/** The five parts of the Datencockpit, in the order of its navigation; each is its own URL under `/cockpit/`. */
export const COCKPIT_PARTS = ['postfach', 'zugriffe', 'einwilligungen', 'daten', 'einstellungen'] as const;

/** One part of the Datencockpit (its path segment). */
export type CockpitPart = (typeof COCKPIT_PARTS)[number];

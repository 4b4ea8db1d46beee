import type { ScenarioEntry } from '../../engine/index.js';

/** The file name a scenario downloads under: `scenario.<procedure>.json` (the CLI tests replay `scenario*.json`). */
export const scenarioFileName = (procedure: string) => `scenario.${procedure}.json`;

/** Offers a scenario as a JSON file download, in the format `amtsweg simulate` reads. */
export function downloadScenario(procedure: string, scenario: ScenarioEntry[]): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(scenario, null, 2)}\n`], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = scenarioFileName(procedure);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import elkBundled from 'elkjs/lib/elk.bundled.js';
import { afterAll, describe, expect, it } from 'vitest';
import { placementsFromElk, resolveDefinition, toElkGraph } from '../../engine/index.js';
import type { ProcedureConfig } from '../../engine/index.js';
import { projectRoot } from '../../scripts/index.js';
import { LayoutFailure, createLayoutService } from './layoutService.js';

const baugenehmigung = JSON.parse(readFileSync(join(projectRoot, 'definitions/baugenehmigung/procedure.json'), 'utf8')) as ProcedureConfig;

describe('the server\'s layout service (ELK in a worker thread)', () => {
  const service = createLayoutService();
  afterAll(() => service.close());

  it('places every state of Baugenehmigung exactly where ELK in the designer\'s browser would', async () => {
    const placements = await service.layout(baugenehmigung);
    expect(Object.keys(placements).toSorted()).toEqual(resolveDefinition(baugenehmigung).states.map((s) => s.id).toSorted());
    // The same graph through elkjs in this thread: the worker thread changes where ELK runs, not what it computes.
    const here = placementsFromElk(await new elkBundled.default({ algorithms: ['layered'] }).layout(toElkGraph(baugenehmigung)));
    expect(placements).toEqual(here);
    // Parallel statements side by side: fire and monument protection in one row.
    expect(placements['verfahren.stellungnahmen.brandschutz']!.y).toBe(placements['verfahren.stellungnahmen.denkmalschutz']!.y);
  });

  it('says that a statechart that cannot be drawn is the definition\'s fault, not ELK\'s', async () => {
    // A draft saved half-edited: no machine yet.
    const broken = { ...baugenehmigung, machine: null } as unknown as ProcedureConfig;
    const failure = await service.layout(broken).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(LayoutFailure);
    expect((failure as LayoutFailure).reason).toBe('definition');
  });

  it('gives up on a layout past its time limit, without touching another service\'s thread', async () => {
    const impatient = createLayoutService({ timeoutMs: 1 });
    const failure = await impatient.layout(baugenehmigung).catch((err: unknown) => err);
    expect((failure as LayoutFailure).reason).toBe('elk');
    expect((failure as Error).message).toMatch(/longer than 1 ms/);
    await impatient.close();
    // The long-lived service still answers (its thread was never the impatient one's).
    expect(Object.keys(await service.layout(baugenehmigung)).length).toBe(resolveDefinition(baugenehmigung).states.length);
  });
});

// Drives one case along one generated path through the HTTP API, waits for the deadlines the
// path fires, and checks that the case took exactly the path before its history is kept.
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { FristCalendar } from '../../../engine/index.js';
import { waitFor } from '../../../scripts/index.js';
import type { Principal } from '../../../server/index.js';
import { citizenActsFirst } from '../../../server/access/drafts.js';
import { caseWorkflow, view } from '../../../workflows/index.js';
import type { Store } from '../../../store/index.js';
import type { TestApi } from '../api.js';
import { actorsFor, signToken } from './actors.js';
import type { TokenIssuer } from './actors.js';
import { DEADLINE_STEP_SECONDS } from './pathPlan.js';
import type { PathPlan } from './pathPlan.js';

/** What driving a path needs: the API, the Temporal client (to start staff-opened cases and to watch), the store. */
export interface DriveContext {
  api: TestApi;
  client: Client;
  store: Store;
  taskQueue: string;
  issuer: TokenIssuer;
  /** The Fristen calendar of each authority, as the API passes it at a case's start. */
  calendars: Record<string, FristCalendar>;
  /** Opens a case of `plan` over the API while the API offers the plan's definition for its procedure. */
  openWith<T>(plan: PathPlan, open: () => Promise<T>): Promise<T>;
}

// Tokens live an hour (the API refuses longer ones); a capture may run longer.
const tokens = new Map<string, { token: Promise<string>; at: number }>();

/** Calls the API as `principal`; fails on any status but the expected one. */
async function call(ctx: DriveContext, principal: Principal, method: string, path: string, body: unknown, expected: number): Promise<any> {
  if (!(Date.now() - (tokens.get(principal.sub)?.at ?? 0) < 30 * 60_000)) tokens.set(principal.sub, { token: signToken(ctx.issuer, principal), at: Date.now() });
  const res = await ctx.api.call(method, path, body, { headers: { authorization: `Bearer ${await tokens.get(principal.sub)!.token}` } });
  if (res.status !== expected) throw new Error(`${method} ${path} as ${principal.sub}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Opens the case: over the API where a citizen acts first, else as the authority does (on Temporal, as the tender suites do). */
async function openCase(ctx: DriveContext, plan: PathPlan): Promise<string> {
  const def = plan.definition;
  const first = plan.steps[0]!.event;
  if (citizenActsFirst(def)) {
    const [citizen] = actorsFor(def, first.type, first.actor!.role);
    return ctx.openWith(plan, async () => (await call(ctx, citizen!, 'POST', '/api/cases', { procedure: def.id }, 201)).id as string);
  }
  const caseId = randomUUID();
  await ctx.client.workflow.start(caseWorkflow, { workflowId: caseId, taskQueue: ctx.taskQueue, args: [{ caseId, definition: def, calendar: ctx.calendars[def.authority] ?? {} }] });
  await waitFor(`case ${caseId} projected`, 60_000, async () => {
    if (!(await ctx.store.getCase(caseId))) throw new Error('not yet');
  });
  return caseId;
}

/** Runs `plan` as one case to its end; returns the case (workflow) id once the workflow has completed. */
export async function drivePath(ctx: DriveContext, plan: PathPlan): Promise<string> {
  const def = plan.definition;
  const caseId = await openCase(ctx, plan);
  const handle = ctx.client.workflow.getHandle<typeof caseWorkflow>(caseId);
  const expected = plan.steps.map((s) => plan.deadlines[s.event.type] ?? s.event.type);
  const joined = new Set<string>();
  for (const [i, step] of plan.steps.entries()) {
    if (!step.event.actor) {
      const fired = expected.slice(0, i + 1);
      await waitFor(`${plan.name}: deadline ${expected[i]}`, (DEADLINE_STEP_SECONDS * plan.steps.length + 60) * 1000, async () => {
        const seen = (await handle.query(view)).history.map((h) => h.type);
        if (seen.length < fired.length) throw new Error(`history so far: ${seen.join(', ')}`);
      });
      continue;
    }
    for (const actor of actorsFor(def, step.event.type, step.event.actor.role)) {
      if (def.roles[step.event.actor.role]?.joinable && !joined.has(actor.sub)) {
        await call(ctx, actor, 'POST', `/api/cases/${caseId}/participation`, undefined, 200);
        joined.add(actor.sub);
      }
      await call(ctx, actor, 'POST', `/api/cases/${caseId}/events`, { type: step.event.type, data: step.event.data ?? {} }, 200);
    }
  }
  const final = await Promise.race([
    handle.result(),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${plan.name}: case ${caseId} did not complete`)), 180_000).unref()),
  ]);
  const took = final.history.map((h) => h.type);
  if (JSON.stringify(took) !== JSON.stringify(expected) || JSON.stringify(final.state) !== plan.final) {
    throw new Error(`${plan.procedure}/${plan.name}: the case took ${took.join(' > ')} to ${JSON.stringify(final.state)}, not the path`);
  }
  return caseId;
}

// The traffic: simulated citizens open an enquiry (`anfrage`) and submit it, each request with an
// Idempotency-Key kept across retries; some withdraw it again, the rest are answered by clerks,
// who take submitted cases from a shared queue (the workbench's queue, in short) and answer them.
import type { ChaosClient } from './httpClient.js';
import type { Prng } from './prng.js';
import type { Person } from './tokens.js';

/** What one submission went through, as the client saw it. */
export interface Submission {
  n: number;
  citizen: Person;
  path: 'answered' | 'withdrawn';
  caseId?: string;
  /** Every case id an answer to the create key named (more than one: a doubled case). */
  idsSeen: Set<string>;
  acknowledgedAt?: number;
  closedAt?: number;
  /** Unexpected answers (not 2xx after retries), kept for the report. */
  errors: string[];
}

/** Tokens by subject, signed once. */
export type TokenOf = (person: Person) => Promise<string>;

/** The persons and paths of a run, fixed by the seed before any traffic. */
export function planSubmissions(prng: Prng, count: number, seed: number): { submissions: Submission[]; clerks: Person[] } {
  const citizens = Array.from({ length: Math.max(1, Math.ceil(count / 5)) }, (_, i): Person => ({ sub: `chaos-${seed}-citizen-${i}`, kind: 'citizen', email: `citizen-${i}@example.org` }));
  const clerks = Array.from({ length: Math.max(4, Math.ceil(count / 50)) }, (_, i): Person => ({ sub: `chaos-${seed}-clerk-${i}`, kind: 'staff', authority: 'buergeramt', email: `clerk-${i}@example.org` }));
  const submissions = Array.from({ length: count }, (_, n): Submission => ({
    n, citizen: citizens[n % citizens.length]!, path: prng.next() < 0.1 ? 'withdrawn' : 'answered', idsSeen: new Set(), errors: [],
  }));
  return { submissions, clerks };
}

/** Drives the submissions and the clerks; resolves when every case was closed or gave up. */
export class Load {
  private readonly queue: Submission[] = [];
  private readonly preferences = new Map<string, Promise<void>>();
  private citizensDone = false;
  acknowledged = 0;
  closed = 0;
  /** Answers a clerk put back: 404 while the case's projection still showed it unsubmitted. */
  notYetVisible = 0;

  constructor(private readonly client: ChaosClient, private readonly tokenOf: TokenOf, private readonly seed: number) {}

  /** Runs `submissions` with `concurrency` citizens at a time and `clerks` answering. */
  async run(submissions: Submission[], concurrency: number, clerks: Person[]): Promise<void> {
    let next = 0;
    const citizen = async () => {
      while (next < submissions.length) await this.submit(submissions[next++]!);
    };
    const answering = Promise.all(clerks.map((c) => this.clerk(c)));
    await Promise.all(Array.from({ length: concurrency }, citizen));
    this.citizensDone = true;
    await answering;
  }

  /** One citizen's submission: e-mail chosen once, the case opened, submitted, maybe withdrawn. */
  async submit(s: Submission): Promise<void> {
    const token = await this.tokenOf(s.citizen);
    const key = (step: string) => `chaos-${this.seed}-${s.n}-${step}`;
    try {
      if (!this.preferences.has(s.citizen.sub)) {
        this.preferences.set(s.citizen.sub, this.client.call('PUT', '/api/me/preferences', { token, body: { channels: ['portal', 'email'], email: s.citizen.email } })
          .then((a) => { if (a.status !== 200) throw new Error(`preferences: ${a.status} ${JSON.stringify(a.body)}`); }));
      }
      await this.preferences.get(s.citizen.sub);
      const created = await this.client.call('POST', '/api/cases', { token, key: key('open'), body: { procedure: 'anfrage' } });
      if (created.status !== 201) throw new Error(`open: ${created.status} ${JSON.stringify(created.body)}`);
      s.caseId = created.body.id as string;
      s.idsSeen.add(s.caseId);
      const data = { betreff: `Anfrage Nummer ${s.n}`, nachricht: `Simulierte Anfrage ${s.n} des Laufs ${this.seed}` };
      const submitted = await this.event(s, token, key('submit'), 'SUBMIT', data);
      if (submitted !== 'submitted') throw new Error(`submit: state ${submitted}`);
      s.acknowledgedAt = Date.now();
      this.acknowledged += 1;
      if (s.path === 'withdrawn') {
        if ((await this.event(s, token, key('withdraw'), 'WITHDRAW')) !== 'withdrawn') throw new Error('withdraw did not close the case');
        this.close(s);
      } else {
        this.queue.push(s);
      }
    } catch (err) {
      s.errors.push((err as Error).message);
    }
  }

  private async event(s: Submission, token: string, key: string, type: string, data?: Record<string, unknown>): Promise<string> {
    const a = await this.client.call('POST', `/api/cases/${s.caseId}/events`, { token, key, body: { type, ...(data ? { data } : {}) } });
    if (a.status !== 200) throw new Error(`${type}: ${a.status} ${JSON.stringify(a.body)}`);
    return a.body.state as string;
  }

  private close(s: Submission) {
    s.closedAt = Date.now();
    this.closed += 1;
  }

  /** A clerk: answers queued cases until the citizens are done and the queue is empty. */
  private async clerk(person: Person): Promise<void> {
    const token = await this.tokenOf(person);
    for (;;) {
      const s = this.queue.shift();
      if (!s) {
        if (this.citizensDone) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
        continue;
      }
      try {
        const state = await this.event(s, token, `chaos-${this.seed}-${s.n}-answer`, 'ANSWER', { text: `Antwort auf Anfrage ${s.n}` });
        if (state !== 'answered') throw new Error(`answer: state ${state}`);
        this.close(s);
      } catch (err) {
        // The workbench lists a case once its projection shows it submitted; until then (the
        // projection lags while a worker or PostgreSQL is down, and the workflow cannot answer
        // for it) staff get 404. A clerk who takes the id straight from the citizen tries later.
        if ((err as Error).message.startsWith('ANSWER: 404') && this.notYetVisible < 10_000) {
          this.notYetVisible += 1;
          setTimeout(() => this.queue.push(s), 2_000);
          await new Promise((resolve) => setTimeout(resolve, 2_100));
        } else {
          s.errors.push((err as Error).message);
        }
      }
    }
  }
}

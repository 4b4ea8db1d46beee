import { parseArgs } from 'node:util';
import { generatePaths } from '../../engine/index.js';
import type { Coverage } from '../../engine/index.js';
import type { Command } from '../Command.js';
import { loadProcedure } from '../loadProcedure.js';
import { stateLabel as label } from '../stateLabel.js';

const percent = (c: Coverage) => (c.total ? (100 * c.reached) / c.total : 100).toFixed(1);

/** `amtsweg paths <procedure>`: the generated paths and their coverage. */
export const paths: Command = {
  name: 'paths',
  summary: 'list all paths from the initial state to a final state, with coverage',
  usage: 'amtsweg paths <procedure> [--json] [--lang de|en]\n\nGenerates every simple path (sample data from the forms\' `examples`) and prints the\nstates and transitions they cover; a state a step passes through (left at once by an\neventless transition) is shown in parentheses. When an event is never sent because its form has no valid sample\ninput, a hint says which and why. Exit 1 when transition coverage is below 100 %.',
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false }, lang: { type: 'string', default: 'en' } } });
    const lang = values.lang === 'de' ? 'de' : 'en';
    if (!positionals[0]) throw new Error('usage: amtsweg paths <procedure>');
    const def = loadProcedure(positionals[0]);
    if (!def) return 1;
    const report = generatePaths(def);
    const { states, transitions } = report.coverage;
    if (values.json) {
      console.log(JSON.stringify(report, null, 2));
    } else {
      report.paths.forEach((p, i) => {
        const steps = p.steps.map((s) => {
          const event = s.event.type.startsWith('xstate.after.') ? `⏱ ${s.event.type.split('.')[2]}` : `${s.event.type}${s.sample !== undefined ? `#${s.sample + 1}` : ''}`;
          return `${event} → ${(s.passed ?? []).map((p) => `(${p}) → `).join('')}${label(s.state)}`;
        });
        console.log(`${String(i + 1).padStart(3)}. ${label(report.initial.state)} — ${steps.join(' — ')}`);
      });
      console.log(`${report.paths.length} paths${report.truncated ? ' (truncated)' : ''}`);
      console.log(`states: ${states.reached}/${states.total} (${percent(states)} %)${states.missing.length ? ` missing: ${states.missing.join(', ')}` : ''}`);
      console.log(`transitions: ${transitions.reached}/${transitions.total} (${percent(transitions)} %)${transitions.missing.length ? ` missing: ${transitions.missing.join(', ')}` : ''}`);
      // Why paths stop short: an event no sample data can be generated for is never sent.
      for (const problem of report.unsent) console.log(`hint: ${problem.path}: ${problem.message[lang]}`);
    }
    return transitions.reached === transitions.total ? 0 : 1;
  },
};

// The page of `npm run bench:designer` (not part of any app): the statechart canvas on a generated
// procedure of ?states=N states, starting without a stored layout (ELK in its worker) or with the
// one the bench script hands in as `benchLayout`. With ?open=list the page first plays the
// designer's procedures list: ELK's worker is warmed up as the list does (`warmLayoutWorker`), and
// the diagram opens when the bench script presses "Öffnen"; times then count from that press. It records
// when every state box is drawn, and counts frames on request while the bench script drags a box.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { resolveDefinition } from '../../../engine/index.js';
import type { Placements } from '../../../engine/index.js';
import { createI18n } from '../../../ui/index.js';
import { layoutTiming, warmLayoutWorker } from '../layoutStatechart.js';
import { StatechartCanvas } from '../StatechartCanvas.js';
import { canvasTexts } from '../texts.js';
import { generateStatechart } from '../generateStatechart.js';

const bench = globalThis as unknown as { benchStart: number; benchWarm?: boolean; benchLaidOut?: number; benchElk?: typeof layoutTiming; benchDrawn?: number; benchFrames?: number; benchLayout?: Placements; countFrames(): void; stopFrames(): void };
bench.benchStart = performance.now();
const definition = generateStatechart(Number(new URLSearchParams(location.search).get('states') ?? 300));
const expected = resolveDefinition(definition).states.length;
(globalThis as unknown as { benchStates: number }).benchStates = expected;

// Every state box drawn: in the DOM and made visible by React Flow once measured.
const watch = new MutationObserver(() => {
  const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
  if (nodes.length < expected || bench.benchDrawn !== undefined) return;
  if ([...nodes].every((n) => n.style.visibility !== 'hidden') && document.querySelector('[data-ready=true]')) {
    requestAnimationFrame(() => { bench.benchDrawn = performance.now() - bench.benchStart; watch.disconnect(); });
  }
});
watch.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'data-ready'] });

let counting = false;
bench.countFrames = () => {
  bench.benchFrames = 0;
  counting = true;
  const tick = () => { if (!counting) return; bench.benchFrames! += 1; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
};
bench.stopFrames = () => { counting = false; };

const fromList = new URLSearchParams(location.search).get('open') === 'list';

/** The procedures list's part: warms ELK up like the designer's list, opens the diagram on request. */
function Bench() {
  const [open, setOpen] = useState(!fromList);
  useEffect(() => {
    if (fromList) void warmLayoutWorker().then(() => { bench.benchWarm = true; });
  }, []);
  if (!open) return <button type="button" onClick={() => { bench.benchStart = performance.now(); setOpen(true); }}>Öffnen</button>;
  return <Diagram />;
}

function Diagram() {
  // A layout handed in by the bench script (`benchLayout`): the diagram as it opens once its layout is stored.
  const [layout, setLayout] = useState<Placements>(bench.benchLayout ?? {});
  const [selected, setSelected] = useState<string | null>(null);
  return <StatechartCanvas definition={definition} selectedPath={selected} onSelect={setSelected} layout={layout} onLayoutChange={(next) => { bench.benchLaidOut ??= performance.now() - bench.benchStart; bench.benchElk ??= { ...layoutTiming }; bench.benchLayout = next; setLayout(next); }} />;
}

const i18n = createI18n(canvasTexts);
createRoot(document.getElementById('root')!).render(<I18nextProvider i18n={i18n}><Bench /></I18nextProvider>);

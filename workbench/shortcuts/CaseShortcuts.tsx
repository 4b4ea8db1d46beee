import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ShortcutHelp } from './ShortcutHelp.js';
import { useShortcuts } from './useShortcuts.js';

/** The case page's shortcuts: `g` then `q` back to the queue, `?` shows the help. */
export function CaseShortcuts() {
  const [help, setHelp] = useState(false);
  const navigate = useNavigate();
  useShortcuts({
    'g q': () => void navigate('/'),
    '[Shift]+?': () => setHelp(true),
  });
  return <ShortcutHelp scope="case" open={help} onOpenChange={setHelp} />;
}

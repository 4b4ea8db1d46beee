import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

/**
 * A KERN dialog as a native modal `<dialog>`: focus starts on its title, the rest of the page
 * is inert while it is open, Esc calls `onCancel`. `footer` holds the buttons.
 */
export function ModalDialog({ id, title, children, footer, onCancel }: { id: string; title: string; children: ReactNode; footer: ReactNode; onCancel: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const node = dialog.current!;
    node.showModal();
    heading.current?.focus();
    return () => node.close();
  }, []);
  return (
    <dialog ref={dialog} className="kern-dialog wb-dialog" aria-labelledby={`${id}-title`} onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <header className="kern-dialog__header">
        <h2 className="kern-title" id={`${id}-title`} tabIndex={-1} ref={heading}>{title}</h2>
      </header>
      <section className="kern-dialog__body">{children}</section>
      <footer className="kern-dialog__footer">{footer}</footer>
    </dialog>
  );
}

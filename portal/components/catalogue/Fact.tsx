import type { ReactNode } from 'react';

/** One term and its value in a KERN description list (`<dl class="kern-description-list">`). */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{term}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

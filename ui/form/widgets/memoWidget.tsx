import { memo } from 'react';
import type { ComponentType } from 'react';
import type { WidgetProps } from '@rjsf/utils';

/**
 * A widget that skips re-rendering when its props did not change. RJSF re-renders the whole
 * form on every keystroke and accepts only plain function components as widgets (not the
 * object `memo` returns), so a plain function hands the props to the memoised one.
 */
export function memoWidget(name: string, widget: ComponentType<WidgetProps>): (props: WidgetProps) => React.JSX.Element {
  const Memoised = memo(widget);
  const Widget = (props: WidgetProps) => <Memoised {...props} />;
  Widget.displayName = name;
  return Widget;
}

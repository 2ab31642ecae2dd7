// Wide blocks scroll sideways inside their own box instead of widening the
// page: tables get a scrolling wrapper, code blocks scroll themselves. Both
// take keyboard focus so a reader without a mouse can scroll them too.
import { createElementBeside, elementsBelow, named, someAbove } from './dom';

export function prepareBlocks(root: ParentNode): void {
  for (const table of elementsBelow(root, named('TABLE'))) {
    if (someAbove(table, named('TABLE'))) continue;
    const wrapper = createElementBeside(table, 'div');
    wrapper.className = 'table-scroll';
    wrapper.setAttribute('tabindex', '0');
    table.replaceWith(wrapper);
    wrapper.append(table);
  }
  for (const pre of elementsBelow(root, named('PRE'))) pre.setAttribute('tabindex', '0');
}

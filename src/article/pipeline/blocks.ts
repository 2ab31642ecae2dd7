// Wide blocks scroll sideways inside their own box instead of widening the
// page: tables get a scrolling wrapper, code blocks scroll themselves. Both
// take keyboard focus so a reader without a mouse can scroll them too.
import { createElementBeside } from './dom';

export function prepareBlocks(root: ParentNode): void {
  for (const table of root.querySelectorAll('table')) {
    if (table.parentElement?.closest('table')) continue;
    const wrapper = createElementBeside(table, 'div');
    wrapper.className = 'table-scroll';
    wrapper.setAttribute('tabindex', '0');
    table.replaceWith(wrapper);
    wrapper.append(table);
  }
  for (const pre of root.querySelectorAll('pre')) pre.setAttribute('tabindex', '0');
}

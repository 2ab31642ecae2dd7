// Each code block gets a bar above it: its language, when the block names
// one (`class="language-x"` on the <pre> or its <code>, as Markdown renderers
// and many raw-HTML posts write it), and a "Copy code" button, which the
// article view's click handler serves. The block keeps its own scrolling and
// focus (blocks.ts); the bar stays put while a long line scrolls.
import { createElementBeside, elementsBelow, named, someAbove } from './dom';

const NAMES: Record<string, string> = {
  bash: 'Shell', sh: 'Shell', shell: 'Shell', zsh: 'Shell', console: 'Shell',
  c: 'C', cpp: 'C++', 'c++': 'C++', cs: 'C#', csharp: 'C#', css: 'CSS', diff: 'Diff', go: 'Go', golang: 'Go',
  html: 'HTML', java: 'Java', javascript: 'JavaScript', js: 'JavaScript', jsx: 'JSX', json: 'JSON',
  kotlin: 'Kotlin', kt: 'Kotlin', markdown: 'Markdown', md: 'Markdown', php: 'PHP', python: 'Python', py: 'Python',
  ruby: 'Ruby', rb: 'Ruby', rust: 'Rust', rs: 'Rust', sql: 'SQL', swift: 'Swift', ts: 'TypeScript',
  tsx: 'TSX', typescript: 'TypeScript', xml: 'XML', yaml: 'YAML', yml: 'YAML',
};

const LANGUAGE_CLASS = /(?:^|\s)language-([\w+#-]+)/i;

/** The language a block names, for people: `language-py` → "Python", an unknown one as written. */
export function codeLanguage(pre: Element): string | undefined {
  const code = [...pre.children].find(named('CODE'));
  const token = LANGUAGE_CLASS.exec(pre.className)?.[1] ?? LANGUAGE_CLASS.exec(code?.className ?? '')?.[1];
  if (!token) return undefined;
  return NAMES[token.toLowerCase()] ?? token;
}

export function addCodeBars(root: ParentNode, copyLabel: string): void {
  for (const pre of elementsBelow(root, named('PRE'))) {
    if (someAbove(pre, named('PRE'))) continue;
    const block = createElementBeside(pre, 'div');
    block.className = 'code-block';
    const bar = block.appendChild(createElementBeside(pre, 'div'));
    bar.className = 'code-bar';
    const language = codeLanguage(pre);
    if (language) {
      const label = bar.appendChild(createElementBeside(pre, 'span'));
      label.className = 'code-language';
      label.textContent = language;
    }
    const button = bar.appendChild(createElementBeside(pre, 'button'));
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = copyLabel;
    pre.replaceWith(block);
    block.append(pre);
  }
}

import { readFileSync } from 'node:fs';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { runPipeline } from './pipeline/pipeline';
import type { TocNode } from './pipeline/toc';
import { TocPanel } from './toc-panel';
import { TocState } from './toc-state';

const seed = runPipeline(
  { html: readFileSync('test/fixtures/article/36kr-seed.html', 'utf8') },
  { baseUrl: 'https://36kr.com/p/1', pageOrigin: 'http://localhost', copyLinkLabel: 'Copy link to section' },
);

function renderToc(toc: readonly TocNode[] = seed.toc) {
  const state = new TocState(toc);
  const onNavigate = vi.fn();
  render(<TocPanel toc={toc} state={state} onNavigate={onNavigate} />);
  return { state, onNavigate, nav: screen.getByRole('navigation', { name: 'Table of contents' }) };
}

const fold = (nav: HTMLElement, name: string) => within(nav).getByRole('button', { name });
const links = (nav: HTMLElement) => within(nav).queryAllByRole('link').map((link) => link.textContent);

describe('TocPanel', () => {
  it('is a navigation landmark of nested lists whose entries link to the headings', () => {
    const { nav } = renderToc();
    const top = within(nav).getByRole('link', { name: '01 2022 微信公开课五大亮点' });
    expect(top).toHaveAttribute('href', '#01-2022-微信公开课五大亮点');
    const sub = within(nav).getByRole('link', { name: '① 视频号内容生态：百万点赞爆款频出' });
    // ol > li > ol > li > ol > li: one list level per outline level.
    expect(sub.closest('li')?.parentElement?.closest('li')?.parentElement?.closest('li')).toBe(top.closest('li'));
  });

  it('opens a short outline fully unfolded', () => {
    const { nav } = renderToc();
    expect(links(nav)).toHaveLength(14);
    expect(fold(nav, '01 2022 微信公开课五大亮点')).toHaveAttribute('aria-expanded', 'true');
  });

  it('folds and unfolds a branch with its button, which controls the branch list', async () => {
    const { nav } = renderToc();
    const button = fold(nav, '01 2022 微信公开课五大亮点');
    const list = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(list.tagName).toBe('OL');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(list).not.toBeVisible();
    expect(links(nav)).toEqual(['01 2022 微信公开课五大亮点', '02 从微信公开课看，2022 有何新机会？', '1）内容创作者：视频号入场新时机', '2）品牌商家：私域能力升级', '03 结语']);
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(links(nav)).toHaveLength(14);
  });

  it('collapses all to the top level and expands all again', async () => {
    const { nav } = renderToc();
    await userEvent.click(within(nav).getByRole('button', { name: 'Collapse all' }));
    expect(links(nav)).toEqual(['01 2022 微信公开课五大亮点', '02 从微信公开课看，2022 有何新机会？', '03 结语']);
    expect(within(nav).getAllByRole('button', { expanded: false }).map((button) => button.getAttribute('aria-label'))).toEqual(['01 2022 微信公开课五大亮点', '02 从微信公开课看，2022 有何新机会？']);
    await userEvent.click(within(nav).getByRole('button', { name: 'Expand all' }));
    expect(links(nav)).toHaveLength(14);
  });

  it('marks the section in view with aria-current="location" and unfolds its branch', async () => {
    const { nav, state } = renderToc();
    await userEvent.click(within(nav).getByRole('button', { name: 'Collapse all' }));
    act(() => state.spy('-推出创作者激励计划'));
    expect(within(nav).getByRole('link', { name: '③ 推出“创作者激励计划”' })).toHaveAttribute('aria-current', 'location');
    expect(fold(nav, '1）视频号首开场成 C 位：内容生态与创作激励')).toHaveAttribute('aria-expanded', 'true');
    act(() => state.spy('03结语'));
    expect(within(nav).getByRole('link', { name: '03 结语' })).toHaveAttribute('aria-current', 'location');
    expect(nav.querySelectorAll('[aria-current]')).toHaveLength(1);
  });

  it('keeps the section the reader jumped to current until the reader scrolls', () => {
    const { nav, state } = renderToc();
    act(() => state.pin('03结语'));
    act(() => state.spy('02-从微信公开课看2022-有何新机会'));
    expect(within(nav).getByRole('link', { name: '03 结语' })).toHaveAttribute('aria-current', 'location');
    act(() => state.unpin());
    expect(within(nav).getByRole('link', { name: '02 从微信公开课看，2022 有何新机会？' })).toHaveAttribute('aria-current', 'location');
  });

  it('hands a click on an entry to onNavigate instead of the browser', async () => {
    const { nav, onNavigate } = renderToc();
    await userEvent.click(within(nav).getByRole('link', { name: '03 结语' }));
    expect(onNavigate).toHaveBeenCalledWith('03结语');
  });

  it('opens a long outline at its top level only', () => {
    const toc = Array.from({ length: 40 }, (_, i): TocNode => ({
      id: `part-${i}`,
      text: `Part ${i}`,
      depth: 1,
      children: [{ id: `part-${i}-a`, text: `Part ${i} a`, depth: 2, children: [] }],
    }));
    const { nav } = renderToc(toc);
    expect(links(nav)).toHaveLength(40);
  });

  it('has no expand and collapse buttons for a flat outline', () => {
    const { nav } = renderToc([{ id: 'a', text: 'A', depth: 1, children: [] }]);
    expect(within(nav).queryByRole('button')).toBeNull();
  });

  it('opens as a panel from its toggle on narrow screens and closes with Escape', async () => {
    renderToc();
    const toggle = screen.getByRole('button', { name: 'Table of contents' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAttribute('aria-controls', screen.getByRole('navigation').id);
    await userEvent.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });
});

describe('TocPanel with a long flat outline', () => {
  const toc = Array.from({ length: 1000 }, (_, i): TocNode => ({ id: `s-${i}`, text: `Section ${i}`, depth: 1, children: [] }));

  it('renders a page of entries and more on "Show more"', async () => {
    const { nav } = renderToc(toc);
    expect(links(nav)).toHaveLength(100);
    await userEvent.click(within(nav).getByRole('button', { name: 'Show 100 more' }));
    expect(links(nav)).toHaveLength(200);
  });

  it('renders up to the current entry when the reader is far down the article', () => {
    const { nav, state } = renderToc(toc);
    act(() => state.spy('s-730'));
    expect(within(nav).getByRole('link', { name: 'Section 730' })).toHaveAttribute('aria-current', 'location');
    expect(links(nav)).toHaveLength(731);
  });
});

// <nav aria-label="Categories">: All first, the category hierarchy as a
// foldable tree, then the tags that are in no category path. On narrow
// screens the same nav folds behind a toggle button.
import { useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { useLocation } from 'react-router';
import { ancestorsOf, limitDepth, treeNodes, type TagCount } from '../feed/categories';
import { categoryPath, type CategoryNode } from '../feed/model';
import { t } from '../lib/i18n';
import { ViewLink } from '../ui/view-link';

type Props = {
  total: number;
  tags: TagCount[];
  tree: CategoryNode[];
  current: string | undefined;
  /** Lets the list's `g c` shortcut move focus here. */
  handleRef: Ref<CategoryNavHandle>;
};

export type CategoryNavHandle = { focus: () => void };

/** Small trees start open; large ones show only the branch of the current category. */
const OPEN_TREE_MAX_NODES = 40;
/** Deeper categories are listed flat under their ancestor at this depth. */
const MAX_NESTING = 8;

function CategoryLink({ name, count, current }: { name: string | null; count: number; current: boolean }) {
  return (
    <ViewLink
      to={name === null ? '/' : categoryPath(name)}
      aria-current={current ? 'page' : undefined}
      className="category-link"
    >
      <span className="category-name">{name ?? t('all')}</span> <span className="count">{count}</span>
    </ViewLink>
  );
}

/** opened: the branches that start open; null: all of them. */
type TreeProps = { counts: Map<string, number>; current: string | undefined; opened: Set<CategoryNode> | null };

function TreeNode({ node, ...props }: TreeProps & { node: CategoryNode }) {
  const id = useId();
  const [open, setOpen] = useState(props.opened === null || props.opened.has(node));
  const link = <CategoryLink name={node.name} count={props.counts.get(node.name) ?? node.count} current={node.name === props.current} />;
  if (node.children.length === 0) return <li>{link}</li>;
  return (
    <li>
      <div className="tree-row">
        <button
          type="button"
          className="tree-toggle"
          aria-expanded={open}
          aria-controls={id}
          aria-label={t('subcategories', { name: node.name })}
          onClick={() => setOpen(!open)}
        />
        {link}
      </div>
      <ul id={id} hidden={!open}>
        {node.children.map((child) => <TreeNode key={child.name} node={child} {...props} />)}
      </ul>
    </li>
  );
}

export function CategoryNav({ total, tags, tree: fullTree, current, handleRef }: Props) {
  const panelId = useId();
  const navRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // The narrow-screen panel is open for one page: moving elsewhere closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  const counts = useMemo(() => new Map(tags.map((tag) => [tag.name, tag.count])), [tags]);
  const tree = useMemo(() => limitDepth(fullTree, MAX_NESTING), [fullTree]);
  const nodes = useMemo(() => Array.from(treeNodes(tree)), [tree]);
  const inTree = useMemo(() => new Set(nodes.map((node) => node.name)), [nodes]);
  const opened = useMemo(() => (nodes.length <= OPEN_TREE_MAX_NODES ? null : ancestorsOf(tree, current)), [tree, nodes, current]);
  const otherTags = useMemo(() => tags.filter((tag) => !inTree.has(tag.name)), [tags, inTree]);

  useEffect(() => {
    if (!open) return;
    // A tap or click outside the open panel closes it.
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !navRef.current?.contains(event.target)) setOpenOn(null);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  useImperativeHandle(handleRef, () => ({
    focus() {
      setOpenOn(pathname);
      // After the panel is shown: a hidden link cannot take focus.
      requestAnimationFrame(() => {
        const nav = navRef.current;
        (nav?.querySelector<HTMLElement>('[aria-current="page"]') ?? nav?.querySelector<HTMLElement>('.category-link'))?.focus();
      });
    },
  }), [pathname]);

  return (
    <nav aria-label={t('categories')} className="category-nav" ref={navRef} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button type="button" className="category-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {current ?? t('all')}
      </button>
      <div id={panelId} className="category-panel" data-open={open}>
        <ul className="category-list">
          <li><CategoryLink name={null} count={total} current={current === undefined} /></li>
          {tree.map((node) => <TreeNode key={node.name} node={node} counts={counts} current={current} opened={opened} />)}
        </ul>
        {otherTags.length > 0 && (
          <>
            <h2 className="category-heading">{t('tags')}</h2>
            <ul className="category-list tags">
              {otherTags.map((tag) => (
                <li key={tag.name}><CategoryLink name={tag.name} count={tag.count} current={tag.name === current} /></li>
              ))}
            </ul>
          </>
        )}
      </div>
    </nav>
  );
}

// "Mark all as read" offers "Undo", which takes back the marks it added and
// leaves those the reader had before.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, expect, it } from 'vitest';
import { ReadControls } from './read-controls';
import { readKey } from './read-state';
import { markRead, readMarks, resetReadMarks } from './read-store';

const feed = 'https://example.org/feed.json';
const isRead = (slug: string) => readMarks().has(readKey(feed, slug));

afterEach(() => resetReadMarks());

it('“Mark all as read” says what it did and “Undo” restores the previous read marks', async () => {
  const user = userEvent.setup();
  markRead(feed, ['b']);
  render(
    <MemoryRouter>
      <ReadControls feedUrl={feed} allSlugs={async () => ['a', 'b', 'c']} />
    </MemoryRouter>,
  );
  expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();

  await user.click(screen.getByRole('button', { name: 'Mark all as read' }));
  expect(await screen.findByRole('status')).toHaveTextContent('Marked 3 articles as read');
  expect(['a', 'b', 'c'].map(isRead)).toEqual([true, true, true]);

  await user.click(screen.getByRole('button', { name: 'Undo' }));
  expect(['a', 'b', 'c'].map(isRead)).toEqual([false, true, false]);
  expect(screen.getByRole('status')).toHaveTextContent('Read marks restored');
  expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  expect(JSON.parse(localStorage.getItem('ruwei:read')!)).toMatchObject({ read: [[readKey(feed, 'b'), expect.any(Number)]] });
});

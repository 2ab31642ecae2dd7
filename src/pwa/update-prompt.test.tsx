import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { offerUpdate } from './update-offer';
import { UpdatePrompt } from './update-prompt';

test('shows nothing until a new version waits; then a "Reload" button that alone applies it', async () => {
  render(<UpdatePrompt />);
  expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
  const apply = vi.fn();
  act(() => offerUpdate(apply));
  expect(screen.getByRole('status')).toHaveTextContent('A new version is ready.');
  expect(apply).not.toHaveBeenCalled();
  await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
  expect(apply).toHaveBeenCalledOnce();
});

import { act, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { OfflineStatus } from './offline-status';

afterEach(() => vi.restoreAllMocks());

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => void window.dispatchEvent(new Event(offline ? 'offline' : 'online')));
}

test('says "Offline" in its status region while the network is down, and nothing once it is back', () => {
  render(<OfflineStatus />);
  expect(screen.queryByRole('status')).toBeNull();
  goOffline(true);
  expect(screen.getByRole('status')).toHaveTextContent('Offline');
  goOffline(false);
  expect(screen.queryByRole('status')).toBeNull();
});

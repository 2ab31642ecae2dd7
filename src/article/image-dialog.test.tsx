import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, renderApp, stubFetch } from '../../test/render-app';

function feedWith(items: Record<string, unknown>[]) {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Pictures', items };
}

const withPictures = {
  id: 'p',
  title: 'Pictures',
  image: 'http://img.test/lead.png',
  content_html: '<p><img src="https://img.test/lead.png"></p><p>Text</p><p><img src="https://img.test/map.png" alt="A map"></p>',
};

async function open(item: Record<string, unknown>) {
  stubFetch({ '/feed.json': { body: feedWith([item]) } });
  renderApp(`/article/${String(item.id)}`);
  await screen.findByRole('heading', { level: 1 });
}

beforeAll(() => {
  // jsdom has <dialog> without its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

describe('article images', () => {
  it('open larger in a dialog from a button named after the image, and focus returns to it', async () => {
    const user = userEvent.setup();
    await open(withPictures);
    const opener = screen.getByRole('button', { name: 'Open image: A map' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'A map' });
    expect(within(dialog).getByRole('img', { name: 'A map' })).toHaveAttribute('src', 'https://img.test/map.png');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(dialog).not.toHaveAttribute('open');
    expect(opener).toHaveFocus();
  });

  it('leave the hero out when the body starts with the same picture', async () => {
    await open(withPictures);
    expect(document.querySelector('.article-hero')).toBeNull();
    expect(screen.getAllByRole('button', { name: /^Open image/ })).toHaveLength(2);
  });

  it('keep a hero that differs from the body’s first picture, and say so when it fails to load', async () => {
    await open({ ...withPictures, id: 'q', image: '/hero.png' });
    const hero = document.querySelector<HTMLImageElement>('.article-hero img')!;
    expect(hero.src).toBe(`${ORIGIN}/hero.png`);
    fireEvent.error(hero);
    expect(within(document.querySelector('.article-hero')!).getByText('Image unavailable')).toBeInTheDocument();
  });

  it('a broken body image is a note, not a button', async () => {
    await open(withPictures);
    fireEvent.error(screen.getByRole('img', { name: 'A map' }));
    expect(screen.queryByRole('button', { name: 'Open image: A map' })).toBeNull();
    expect(screen.getByText('A map')).toHaveClass('image-fallback');
  });
});

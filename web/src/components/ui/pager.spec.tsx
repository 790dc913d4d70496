/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '@web/i18n/i18n-context';
import { Pager } from './pager';
import { usePager } from './use-pager';

/** A fake server: three pages of two rows, the cursor being the index of the next row. */
function Harness() {
  const pager = usePager();
  const start = Number(pager.page.after ?? 0);
  const nodes = [start, start + 1];
  const connection = {
    nodes,
    totalCount: 6,
    pageInfo: { endCursor: String(start + 2), hasNextPage: start + 2 < 6 },
  };
  return (
    <I18nProvider initialLocale="en">
      <output data-testid="after">{pager.page.after ?? 'none'}</output>
      <Pager connection={connection} pager={pager} />
    </I18nProvider>
  );
}

describe('Pager with usePager', () => {
  it('moves forward by the end cursor and back through the cursors already visited', () => {
    render(<Harness />);
    const previous = screen.getByRole('button', { name: 'Previous page' });
    const next = screen.getByRole('button', { name: 'Next page' });
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(pages.textContent).toContain('2 of 6 · page 1');
    expect((previous as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(next);
    expect(screen.getByTestId('after').textContent).toBe('2');
    expect(pages.textContent).toContain('page 2');
    fireEvent.click(next);
    expect(screen.getByTestId('after').textContent).toBe('4');
    expect((next as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(previous);
    expect(screen.getByTestId('after').textContent).toBe('2');
    fireEvent.click(previous);
    expect(screen.getByTestId('after').textContent).toBe('none');
    expect((previous as HTMLButtonElement).disabled).toBe(true);
  });
});

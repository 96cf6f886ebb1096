import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MenuButton, MenuItem, MenuSeparator } from './menu';

afterEach(cleanup);

function Harness({ onSelect }: { onSelect: (item: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <p>Outside</p>
      <MenuButton label="New briefing" menuLabel="Templates" open={open} onOpenChange={setOpen}>
        <MenuItem title="Meeting readout" detail="After a meeting" autoFocus onSelect={() => onSelect('readout')} />
        <MenuItem title="Press release" onSelect={() => onSelect('release')} />
        <MenuSeparator />
        <MenuItem title="Manage templates…" onSelect={() => onSelect('manage')} />
      </MenuButton>
    </div>
  );
}

const item = (name: RegExp) => screen.getByRole('menuitem', { name });

describe('MenuButton', () => {
  it('opens on the first item and moves with the arrow keys, Home and End, as a native menu does', () => {
    render(<Harness onSelect={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'New briefing' }));
    expect(screen.getByRole('button', { name: 'New briefing' }).getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(item(/Meeting readout/));
    const menu = screen.getByRole('menu', { name: 'Templates' });
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(item(/Press release/));
    fireEvent.keyDown(menu, { key: 'End' });
    expect(document.activeElement).toBe(item(/Manage templates/));
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(item(/Meeting readout/));
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(item(/Manage templates/));
    fireEvent.keyDown(menu, { key: 'Home' });
    expect(document.activeElement).toBe(item(/Meeting readout/));
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('closes when an item is chosen, then acts', () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: 'New briefing' }));
    fireEvent.click(item(/Press release/));
    expect(onSelect).toHaveBeenCalledWith('release');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('closes on a click outside it', () => {
    render(<Harness onSelect={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'New briefing' }));
    fireEvent.mouseDown(screen.getByText('Outside'));
    expect(screen.queryByRole('menu')).toBeNull();
  });
});

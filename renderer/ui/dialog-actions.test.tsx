import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DialogActions } from './dialog-actions';

describe('DialogActions', () => {
  afterEach(cleanup);

  it('puts the dialog’s own buttons first, then Cancel, then the main action, which submits the form', () => {
    const submit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    const cancel = vi.fn();
    render(
      <form onSubmit={submit}>
        <DialogActions cancel={{ onClick: cancel }} primary={{ label: 'Save template' }}>
          <button type="button">Copy</button>
        </DialogActions>
      </form>,
    );
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Copy', 'Cancel', 'Save template']);
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    expect(submit).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it('shows the error above the buttons as an alert a field can point at, and nothing without one', () => {
    const { rerender } = render(<DialogActions error="The template could not be saved: the disk is full." errorId="save-error" cancel={{ label: 'Close', disabled: true }} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('The template could not be saved: the disk is full.');
    expect(alert.id).toBe('save-error');
    expect(alert.compareDocumentPosition(screen.getByRole('button', { name: 'Close' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveProperty('disabled', true);
    rerender(<DialogActions cancel={{ label: 'Close' }} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('gives a main action with its own handler a plain button, not a submit', () => {
    const close = vi.fn();
    render(<DialogActions primary={{ label: 'Close', onClick: close }} />);
    const button = screen.getByRole('button', { name: 'Close' });
    expect(button.getAttribute('type')).toBe('button');
    fireEvent.click(button);
    expect(close).toHaveBeenCalled();
  });
});

import { useEffect, useRef, type ReactNode } from 'react';
import { DialogErrorMessage } from './dialog-error-message';
import { ErrorBoundary } from './error-boundary';
import { useReturnFocus } from './return-focus';

export interface ModalDialogProps {
  title: string;
  children: ReactNode;
  onClose: () => void;
  /** Extra class for a dialog that needs more room than the standard width. */
  className?: string;
}

/**
 * A modal dialog on the native <dialog> element: focus is trapped, Escape
 * closes it and the rest of the window is inert, as in a desktop app. When it goes, the keyboard goes back to
 * what had it before (see `useReturnFocus`).
 */
export function ModalDialog({ title, children, onClose, className }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useReturnFocus();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={className ? `modal ${className}` : 'modal'}
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 className="modal-title">{title}</h2>
      {/* A dialog that fails to render says so and can still be closed; the window behind it stays. */}
      <ErrorBoundary fallback={() => <DialogErrorMessage onClose={onClose} />}>{children}</ErrorBoundary>
    </dialog>
  );
}

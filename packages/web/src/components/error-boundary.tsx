import { Component } from 'react';
import type { ReactNode } from 'react';

/**
 * A page that throws while rendering, or a chunk that fails to load (typically after an upgrade
 * of the server), shows a way out instead of a blank screen. React offers this only as a class.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice notice-error" role="alert">
        <h1>This page could not be shown</h1>
        <p>Reload the page to try again. If you were in the middle of something, nothing was sent unless you saw it confirmed.</p>
      </div>
    );
  }
}

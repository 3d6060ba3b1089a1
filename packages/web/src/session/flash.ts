/**
 * A message (and an e-mail to prefill) handed from one page to the next, e.g. "your password is
 * set" from the setup page to the sign-in page. Read once, kept in memory only.
 */
export interface Flash {
  message: string;
  email?: string;
}

let current: Flash | undefined;

export function setFlash(flash: Flash): void {
  current = flash;
}

export function takeFlash(): Flash | undefined {
  const flash = current;
  current = undefined;
  return flash;
}

import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { navigationCount } from '../router/router.tsx';

const SITE = 'xmppsec';

/**
 * Every page has one: it names the document and, after an in-app navigation, moves focus to the
 * page's heading so keyboard and screen-reader users start at the new content.
 */
export function Page({ title, lede, actions, children }: { title: string; lede?: ReactNode; actions?: ReactNode; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title === SITE ? SITE : `${title} · ${SITE}`;
    if (navigationCount() > 0) heading.current?.focus();
  }, [title]);
  return (
    <>
      <div className="page-head">
        <div>
          <h1 tabIndex={-1} ref={heading}>{title}</h1>
          {lede ? <p className="lede">{lede}</p> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {children}
    </>
  );
}

import { generate } from 'lean-qr/nano';
import { useMemo } from 'react';

const QUIET_ZONE = 4;

/**
 * A QR code drawn in the browser as one SVG path (nothing leaves the page, and no inline style is
 * needed under the strict Content-Security-Policy).
 */
export function QrCode({ text, label, size = 220 }: { text: string; label: string; size?: number }) {
  const { path, modules } = useMemo(() => qrPath(text), [text]);
  const extent = modules + 2 * QUIET_ZONE;
  return (
    <svg className="qr-code" role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${extent} ${extent}`} shapeRendering="crispEdges">
      <rect width={extent} height={extent} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}

export function qrPath(text: string): { path: string; modules: number } {
  const code = generate(text);
  const parts: string[] = [];
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (code.get(x, y)) parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { path: parts.join(''), modules: code.size };
}

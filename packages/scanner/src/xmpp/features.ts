import type { StreamFeatures } from '../report/types.ts';
import { child, NS, type XmlElement } from './xml-stream.ts';

/** Reads the parts of `<stream:features/>` that matter for security. */
export function parseFeatures(features: XmlElement): StreamFeatures {
  const starttls = child(features, 'starttls', NS.tls);
  const mechanisms = child(features, 'mechanisms', NS.sasl);
  const compression = child(features, 'compression', NS.compressFeature);
  return {
    starttls: starttls ? (child(starttls, 'required') ? 'required' : 'offered') : 'none',
    mechanisms: (mechanisms?.children ?? []).filter((m) => m.name === 'mechanism').map((m) => m.text.trim()).filter((m) => m !== '').slice(0, 64),
    compression: (compression?.children ?? []).filter((m) => m.name === 'method').map((m) => m.text.trim()).slice(0, 16),
    dialback: child(features, 'dialback', NS.dialbackFeature) !== undefined,
    namespaces: [...new Set(features.children.map((c) => c.ns))].slice(0, 64),
  };
}

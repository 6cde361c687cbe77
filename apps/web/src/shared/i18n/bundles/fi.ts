import { toNamespaces } from '../namespaces';

// Only the chosen language's texts load with the page; the others load when someone picks them.
export default toNamespaces(import.meta.glob<{ default: Record<string, unknown> }>('../locales/fi/*.json', { eager: true }));

export type Dictionary = Record<string, unknown>;

/** `{ './locales/fi/needs.json': module }` → `{ needs: dictionary }`: each file is one namespace. */
export function toNamespaces(files: Record<string, { default: Dictionary }>): Record<string, Dictionary> {
  const namespaces: Record<string, Dictionary> = {};
  for (const [path, module] of Object.entries(files)) {
    const name = /([\w-]+)\.json$/.exec(path)?.[1];
    if (name) namespaces[name] = module.default;
  }
  return namespaces;
}

/**
 * Reads the libraries' source to find which library owns each table and where a library's code
 * reaches another library's table: in SQL text (string and template literals), in TypeORM query
 * builder calls naming a table, or through another library's entity class handed to TypeORM.
 * Used by the architecture test; the migrations (the schema's history) are not application code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as ts from 'typescript';

export const ROOT = join(__dirname, '..', '..');
const LIBS_DIR = join(ROOT, 'libs');

export interface TableReference {
  library: string;
  file: string;
  line: number;
  table: string;
  owner: string;
  via: 'sql' | 'query-builder' | 'entity';
}

export interface OwnershipMap {
  /** table name → owning library */
  tables: Map<string, string>;
  /** entity class name → { library, table } */
  entities: Map<string, { library: string; table: string }>;
}

export function libraries(): string[] {
  return readdirSync(LIBS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Production source files of a library: its src tree without specs and migrations. */
export function sourceFiles(library: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === 'migrations' || entry.name === 'node_modules') continue;
        walk(path);
      } else if (entry.name.endsWith('.ts') && !/\.(spec|integration-spec|e2e-spec)\.ts$/.test(entry.name)) {
        out.push(path);
      }
    }
  };
  walk(join(LIBS_DIR, library, 'src'));
  return out.sort();
}

function parse(path: string): ts.SourceFile {
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
}

/**
 * Tables are owned by the library that declares their entity; tables without an entity (search
 * documents, vocabularies, facet tables) by the library whose name prefixes them, given here.
 */
const ENTITYLESS_TABLE_OWNERS: ReadonlyArray<[prefix: string, library: string]> = [
  ['service_search_', 'catalogue'],
  ['need_search_', 'needs'],
  ['advice_search_', 'advice'],
];

export function migrationTables(): string[] {
  const dir = join(LIBS_DIR, 'core', 'src', 'database', 'migrations');
  const names = new Set<string>();
  for (const file of readdirSync(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const match of text.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_][a-z0-9_]*)"?/g)) names.add(match[1]);
  }
  return [...names].sort();
}

export function ownershipMap(): OwnershipMap {
  const tables = new Map<string, string>();
  const entities = new Map<string, { library: string; table: string }>();
  for (const library of libraries()) {
    for (const file of sourceFiles(library)) {
      const source = parse(file);
      source.forEachChild(function visit(node) {
        if (ts.isClassDeclaration(node) && node.name) {
          for (const decorator of ts.getDecorators(node) ?? []) {
            const call = decorator.expression;
            if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== 'Entity') continue;
            const arg = call.arguments[0];
            let table: string | undefined;
            if (arg && ts.isStringLiteralLike(arg)) table = arg.text;
            if (arg && ts.isObjectLiteralExpression(arg)) {
              for (const prop of arg.properties) {
                if (ts.isPropertyAssignment(prop) && prop.name.getText(source) === 'name' && ts.isStringLiteralLike(prop.initializer)) {
                  table = prop.initializer.text;
                }
              }
            }
            if (!table) continue;
            tables.set(table, library);
            entities.set(node.name.text, { library, table });
          }
        }
        node.forEachChild(visit);
      });
    }
  }
  for (const table of migrationTables()) {
    if (tables.has(table)) continue;
    const owner = ENTITYLESS_TABLE_OWNERS.find(([prefix]) => table.startsWith(prefix));
    if (owner) tables.set(table, owner[1]);
  }
  return { tables, entities };
}

const SQL_HINT = /\b(select|insert\s+into|update|delete\s+from|from|join|with)\b/i;
const TABLE_AFTER_KEYWORD = /\b(?:from|join|into|update|table|references|using|exists)\s+(?:only\s+)?"?([a-z_][a-z0-9_]*)"?/gi;
const FROM_LIST = /\bfrom\s+([\s\S]*?)(?=\bwhere\b|\bjoin\b|\binner\b|\bleft\b|\bright\b|\bcross\b|\bgroup\b|\border\b|\blimit\b|\bon\b|\bunion\b|\)|;|$)/gi;
const QUERY_BUILDER_TABLE_METHODS = new Set([
  'from', 'innerJoin', 'leftJoin', 'innerJoinAndSelect', 'leftJoinAndSelect', 'innerJoinAndMapOne', 'leftJoinAndMapOne',
  'innerJoinAndMapMany', 'leftJoinAndMapMany', 'into', 'update', 'delete', 'insert', 'createQueryBuilder',
]);
const ENTITY_METHODS = new Set([
  ...QUERY_BUILDER_TABLE_METHODS, 'getRepository', 'InjectRepository', 'forFeature', 'find', 'findOne', 'findOneBy', 'findBy',
  'count', 'countBy', 'exists', 'existsBy', 'save', 'upsert', 'remove', 'softDelete', 'increment', 'decrement', 'query',
  'withRepository', 'getMetadata', 'hasMetadata', 'create', 'merge', 'preload', 'findAndCount', 'findOneByOrFail', 'findOneOrFail',
]);

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((span) => ' __expr__ ' + span.literal.text).join('');
  }
  return undefined;
}

/** Table names a piece of SQL text names after FROM, JOIN, INTO, UPDATE… and in FROM lists. */
export function tablesInSql(text: string, known: ReadonlyMap<string, string>): string[] {
  if (!SQL_HINT.test(text)) return [];
  const found = new Set<string>();
  for (const match of text.matchAll(TABLE_AFTER_KEYWORD)) {
    const name = match[1].toLowerCase();
    if (known.has(name)) found.add(name);
  }
  for (const match of text.matchAll(FROM_LIST)) {
    for (const part of match[1].split(',')) {
      const name = part.trim().replace(/^"/, '').split(/[\s"(]/)[0]?.toLowerCase();
      if (name && known.has(name)) found.add(name);
    }
  }
  return [...found];
}

/** Where the given library reaches tables it does not own. */
export function foreignTableReferences(library: string, map: OwnershipMap): TableReference[] {
  const out: TableReference[] = [];
  for (const file of sourceFiles(library)) {
    const source = parse(file);
    const rel = relative(ROOT, file).split(sep).join('/');
    const importedEntities = new Map<string, string>();
    const push = (node: ts.Node, table: string, via: TableReference['via']): void => {
      const owner = map.tables.get(table);
      if (!owner || owner === library) return;
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      if (!out.some((ref) => ref.file === rel && ref.line === line && ref.table === table)) {
        out.push({ library, file: rel, line, table, owner, via });
      }
    };
    source.forEachChild(function visit(node) {
      if (ts.isImportDeclaration(node) && node.importClause?.namedBindings && ts.isNamedImports(node.importClause.namedBindings)) {
        for (const element of node.importClause.namedBindings.elements) {
          const original = (element.propertyName ?? element.name).text;
          const entity = map.entities.get(original);
          if (entity && entity.library !== library) importedEntities.set(element.name.text, entity.table);
        }
      }
      const text = literalText(node);
      if (text !== undefined) {
        for (const table of tablesInSql(text, map.tables)) push(node, table, 'sql');
      }
      if (ts.isCallExpression(node) || ts.isDecorator(node)) {
        const call = ts.isDecorator(node) ? node.expression : node;
        if (ts.isCallExpression(call)) {
          const callee = call.expression;
          const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
          if (QUERY_BUILDER_TABLE_METHODS.has(name)) {
            const first = call.arguments[0];
            if (first && ts.isStringLiteralLike(first) && map.tables.has(first.text)) push(first, first.text, 'query-builder');
          }
          if (ENTITY_METHODS.has(name)) {
            for (const arg of call.arguments) {
              const ids = ts.isArrayLiteralExpression(arg) ? arg.elements : [arg];
              for (const id of ids) {
                if (ts.isIdentifier(id) && importedEntities.has(id.text)) push(id, importedEntities.get(id.text)!, 'entity');
              }
            }
          }
        }
      }
      node.forEachChild(visit);
    });
  }
  return out;
}

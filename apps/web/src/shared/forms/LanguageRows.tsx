import { useEffect, useRef, useState } from 'react';
import { Button, Dropdown, DropdownItem, Paragraph } from 'suomifi-ui-components';
import type { LanguageLevel } from '../../gql/graphql';
import { languageNames } from '../format/format';
import type { Language } from '../i18n/i18n';
import { statusProps } from './field-props';

export const LANGUAGE_LEVELS: readonly LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'];

/** One row: a language (ISO 639-1) and a level; `key` keeps React's rows apart. */
export interface LanguageRow {
  key: string;
  language: string;
  level: LanguageLevel;
}

export interface LanguageRowsTexts {
  legend: string;
  /** Shown when there are no rows. */
  empty: string;
  /** Label of the language dropdown of row `number` (from 1). */
  row: (number: number) => string;
  /** Label of the level dropdown of the row of `language` (its name). */
  level: (language: string) => string;
  /** A level's name, e.g. "B1 – itsenäinen". */
  levelName: (level: LanguageLevel) => string;
  remove: (language: string) => string;
  add: string;
}

export interface LanguageRowsIds {
  add: string;
  language: (index: number) => string;
  level: (index: number) => string;
}

/**
 * Languages with levels: a language and a level dropdown per row, a remove button per row and an
 * add button. A language already chosen on another row cannot be chosen again. After adding, the
 * focus goes to the new row; after removing, to the row before it, or to the add button when none
 * are left.
 */
export function LanguageRows<Row extends LanguageRow>({
  rows,
  onChange,
  newRow,
  codes,
  ids,
  texts,
  problem,
  language,
  classNames,
}: {
  rows: readonly Row[];
  onChange: (update: (rows: Row[]) => Row[]) => void;
  /** A new row for the language `code`. */
  newRow: (code: string) => Row;
  /** The languages offered (ISO 639-1), in order; a row's own language is always offered too. */
  codes: readonly string[];
  ids: LanguageRowsIds;
  texts: LanguageRowsTexts;
  /** The problem with a field of a row, by its path below the rows (e.g. `0.level`). */
  problem: (path: string) => string | undefined;
  /** The UI language, in which the languages are named. */
  language: Language;
  classNames: { fieldset: string; list: string; row: string };
}) {
  const names = languageNames(language);
  const name = (code: string) => names.of(code) ?? code;
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusRow, setFocusRow] = useState<number | 'add' | null>(null);
  useEffect(() => {
    if (focusRow === null) return;
    // suomifi's Dropdown keeps the id on its wrapper; the button inside (`<id>_button`) takes the focus.
    (focusRow === 'add' ? addButton.current : document.getElementById(`${ids.language(focusRow)}_button`))?.focus();
    setFocusRow(null);
  }, [focusRow, ids]);

  const used = new Set(rows.map((row) => row.language));
  const setRow = (index: number, patch: { language?: string; level?: LanguageLevel }) =>
    onChange((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className={classNames.fieldset}>
      <legend>{texts.legend}</legend>
      {rows.length === 0 ? <Paragraph mb="s">{texts.empty}</Paragraph> : null}
      {rows.length > 0 ? (
        <ul className={classNames.list}>
          {rows.map((row, index) => (
            <li key={row.key} className={classNames.row}>
              <Dropdown
                id={ids.language(index)}
                labelText={texts.row(index + 1)}
                value={row.language}
                onChange={(value) => setRow(index, { language: value })}
                {...statusProps(problem(`${index}.language`))}
              >
                {[...new Set([...codes, row.language])].map((code) => (
                  <DropdownItem key={code} value={code} disabled={code !== row.language && used.has(code)}>
                    {name(code)}
                  </DropdownItem>
                ))}
              </Dropdown>
              <Dropdown
                id={ids.level(index)}
                labelText={texts.level(name(row.language))}
                value={row.level}
                onChange={(value) => setRow(index, { level: value as LanguageLevel })}
                {...statusProps(problem(`${index}.level`))}
              >
                {LANGUAGE_LEVELS.map((level) => (
                  <DropdownItem key={level} value={level}>
                    {texts.levelName(level)}
                  </DropdownItem>
                ))}
              </Dropdown>
              <Button
                variant="secondaryNoBorder"
                onClick={() => {
                  onChange((current) => current.filter((_, i) => i !== index));
                  setFocusRow(rows.length > 1 ? Math.max(0, index - 1) : 'add');
                }}
              >
                {texts.remove(name(row.language))}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <Button
        id={ids.add}
        variant="secondary"
        ref={addButton}
        onClick={() => {
          const free = codes.find((code) => !used.has(code)) ?? 'fi';
          onChange((current) => [...current, newRow(free)]);
          setFocusRow(rows.length);
        }}
      >
        {texts.add}
      </Button>
    </fieldset>
  );
}

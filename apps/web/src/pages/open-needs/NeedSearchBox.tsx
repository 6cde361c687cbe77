import { useEffect, useState } from 'react';
import { SearchInput } from 'suomifi-ui-components';
import type { NeedSearch } from './use-need-search';

export interface NeedSearchBoxTexts {
  label: string;
  placeholder: string;
  clear: string;
  button: string;
}

/** The words of a need search: typed freely, searched on the button or Enter. */
export function NeedSearchBox({ search, texts }: { search: NeedSearch; texts: NeedSearchBoxTexts }) {
  const { state, update } = search;
  const [text, setText] = useState(state.query);
  // Back, forward or a link change the words in the address: the box follows.
  useEffect(() => setText(state.query), [state.query]);
  return (
    <div role="search" className="open-needs-search">
      <SearchInput
        labelText={texts.label}
        visualPlaceholder={texts.placeholder}
        clearButtonLabel={texts.clear}
        searchButtonLabel={texts.button}
        value={text}
        onChange={(value) => {
          setText(value);
          // The clear button empties the field: the search follows.
          if (value === '' && state.query) update({ ...state, query: '', page: 1 });
        }}
        onSearch={(value) => update({ ...state, query: value, page: 1 })}
        fullWidth
        mb="m"
      />
    </div>
  );
}

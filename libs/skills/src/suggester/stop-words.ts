// Words that carry no skill: function words and the phrases of job ads ("haemme", "we are
// looking for"). Dropped from labels and queries alike, so that "haemme" does not pull in every
// label that happens to start with "hae-".

export type SuggesterLanguage = 'fi' | 'sv' | 'en';

const FINNISH = `ja tai sekä eli on ovat oli olla olemme olet ei emme että joka jotka jonka joita mikä mitä
  myös kanssa kuin kun jos niin nyt vain vielä sekä me meille meillä meidän meitä meihin sinä sinua sinulla
  sinulle sinut sinun te teille hän he se ne tämä nämä tuo siis mutta vaan haemme etsimme tarvitsemme
  palkkaamme rekrytoimme hakee etsii tarvitaan joukkoomme tiimiimme uutta uuden uusi osaavaa osaava
  työntekijää henkilöä henkilö tekijää tekijä`;

const SWEDISH = `och eller att en ett den det de som är var vara har hade för på i av med till från om vi oss
  vår vårt våra du dig din ditt dina ni er söker letar behöver anställer rekryterar nu också men inte till`;

const ENGLISH = `a an the and or of for to in on at with by from as is are was be been being we us our ours
  you your who which that this these those will would can could should looking seeking hiring wanted
  person someone`;

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const STOP_WORDS: Record<SuggesterLanguage, ReadonlySet<string>> = {
  fi: words(FINNISH),
  sv: words(SWEDISH),
  en: words(ENGLISH),
};

/**
 * Finnish catalogue. Typed against the English one: a missing key fails to compile.
 *
 * Finnish inflects, so values from the register are never dropped into the
 * middle of a phrase that would need them in another case. A value stands
 * after the noun it names ("kosketuspisteessä: verkkokauppa", "omistajaa
 * `teem`"), after a colon, or first in the sentence. Numbers written into a
 * sentence get a decimal comma (1,8); YAML examples keep the point (1.8),
 * because that is what the register file needs.
 *
 * Words: lupaus (promise), kosketuspiste (touchpoint), näyttö (evidence),
 * lunastaa (deliver), julkistaa (announce), poikkeuslupa (waiver), omistaja
 * (owner), kampanja (campaign), havainto (finding), rekisteri (register),
 * tarkastuspäivä (audit day), varoaika (lead time), hygienialupaus /
 * erottautuva lupaus (hygiene / differentiator).
 */
import type { RegisterCommand } from '../cli/load-register.js';
import type { FileErrorCode } from '../cli/write-failure.js';
import type { DataProblem } from '../register/data/measure.js';
import type { Unreadable } from '../register/host.js';
import type { YamlMistake } from '../register/yaml-mistakes.js';
import type { AnnexPoint, CopyNote, EvidenceProblem, NextAction, Status, TouchpointReason } from '../types.js';
import type { Catalogue, ValueType, WrongType } from './en.js';
import { commaTarget, readableFigure } from '../target.js';
import { clip, decimalComma, list, q, registerExample, withFixed, yamlQuoted } from './format.js';

/** "1 päivä", "3 päivää": the partitive after every number but 1. */
const days = (n: number) => (n === 1 ? '1 päivä' : `${n} päivää`);
/** "kosketuspisteessä" or "kosketuspisteissä", by how many follow. */
const atTp = (n: number) => (n === 1 ? 'kosketuspisteessä' : 'kosketuspisteissä');

const statusName: Record<Status, string> = {
  ready: 'valmis',
  broken: 'rikottu',
  blocked: 'estetty',
  pending: 'tulossa',
  draft: 'luonnos',
};

/** Text from the register quoted in a sentence, in Finnish marks: an evidence item's summary. */
const quoted = (text: string): string => `”${text}”`;
/** A value from a data file in a sentence the reports show: a column's name, a cell. */
const cell = (value: unknown): string => quoted(clip(value));

/** `säännöllä a on` / `säännöillä a, b on`, for the rules a verdict names. */
const rulesHave = (rules: readonly string[]): string => `${rules.length === 1 ? 'säännöllä' : 'säännöillä'} ${rules.join(', ')} on`;

/** How to write a value of the wrong type, where that can be shown. */
const wrongTypeFix = (p: WrongType): string => {
  if (p.number !== undefined) {
    if (p.unit === undefined) return ` — kirjoita se lukuna: \`${p.key}: ${p.number}\``;
    return p.key === 'actual' ? ` — kirjoita pelkkä luku, \`actual: ${p.number}\`, ja yksikkö kohtaan \`unit: "${p.unit}"\`` : ` — kirjoita pelkkä luku: \`${p.key}: ${p.number}\``;
  }
  if (p.got === 'nothing' && p.expected === 'list') return ` — kirjoita \`${p.key}: []\`, jos lista on tyhjä, tai lisää sen alle kohtia riveille, jotka alkavat merkeillä \`- \``;
  if (p.got === 'nothing' && p.expected === 'mapping') return ' — lisää sen rivit sisennettyinä sen alle';
  if (p.got === 'nothing' && p.expected === 'date') return ` — kirjoita päivämäärä kaksoispisteen perään, esimerkiksi \`${p.key}: 2026-11-24\``;
  if (p.got === 'nothing') return ' — kirjoita arvo kaksoispisteen perään';
  return '';
};

/** A common YAML mistake, in words (register/yaml-mistakes.ts). */
const yamlMistakeText = (m: YamlMistake): string => `${m.kind === 'misaligned' || m.kind === 'blockTextIndent' ? 'sisennys on pielessä: ' : 'YAML-syntaksivirhe: '}${yamlMistakeWords(m)}`;
const yamlMistakeWords = (m: YamlMistake): string => {
  switch (m.kind) {
    case 'keyInValue':
      return 'arvon sisällä on avain — arvo, jossa on `: `, tarvitsee lainausmerkit (`statement: "Ilmainen palautus: 60 päivää"`), tai rivi on sisennetty syvemmälle kuin viereiset avaimet';
    case 'notKeyValue':
      return 'rivi ei ole muotoa `avain: arvo` — puuttuuko kaksoispiste tai sen jälkeinen välilyönti?';
    case 'keyWithoutValue':
      return 'avaimen paikalla on sana, jonka perässä ei ole merkkejä `: ` — kirjoita `avain: arvo`';
    case 'missingDash':
      return 'listan kohdasta puuttuu `- ` — aloita se merkeillä `- ` kuten yllä olevat kohdat';
    case 'dashAfterKey':
      return 'lista ei voi alkaa avaimensa rivillä — kirjoita jokainen `- kohta` omalle rivilleen avaimen alle tai muodossa `[a, b]`';
    case 'quoteNotClosed':
      return `lainausmerkki (${m.quote}) jää sulkematta — lisää sulkeva lainausmerkki arvon loppuun`;
    case 'apostrophe':
      return 'heittomerkki heittomerkkien sisällä päättää arvon — kirjoita se kahdesti (`\'Black Friday\'\'n tarjoukset\'`) tai laita arvo lainausmerkkeihin';
    case 'bracketNotClosed':
      return m.bracket === ']'
        ? 'merkillä `[` alkava lista jää sulkematta (`]` puuttuu) — sulje se samalla rivillä tai kirjoita lista riveinä, jotka alkavat merkeillä `- `'
        : 'merkillä `{` alkava kohta jää sulkematta (`}` puuttuu) — sulje se samalla rivillä tai kirjoita sen avaimet omille riveilleen';
    case 'bracketIndent':
      return `rivi, joka jatkaa sulkeissa \`${m.bracket === ']' ? '[…]' : '{…}'}\` olevaa arvoa, pitää sisentää avaintaan syvemmälle — sisennä se tai pidä sulkeet yhdellä rivillä`;
    case 'extraBracket':
      return `merkki \`${m.bracket}\` ei sulje mitään (\`${m.bracket === ']' ? '[' : '{'}\` puuttuu) — poista se`;
    case 'misaligned':
      return 'saman tason avainten tai listan kohtien pitää alkaa samasta sarakkeesta — tasaa ne allekkain';
    case 'badEscape':
      return "kenoviiva lainausmerkkien sisällä aloittaa ohjausmerkkisarjan, eikä tämä sarja ole kelvollinen — kirjoita kenoviiva kahdesti (`\\\\`) tai laita arvo heittomerkkeihin ('…')";
    case 'reservedStart':
      return `avain tai arvo ei voi alkaa merkillä ${m.char} ilman lainausmerkkejä — laita se lainausmerkkeihin`;
    case 'commentWithoutSpace':
      return '`#` aloittaa kommentin vain välilyönnin jälkeen — lisää välilyönti ennen merkkiä `#` tai laita koko arvo lainausmerkkeihin';
    case 'emptyItem':
      return 'sulkeissa on tyhjä kohta (pilkku, jonka edellä ei ole mitään) — poista ylimääräinen pilkku tai kirjoita puuttuva kohta';
    case 'tag':
      return `rekisteri on pelkkää dataa, eikä siinä voi käyttää YAML-tagia \`${m.tag}\` — poista tagi (ja laita arvo lainausmerkkeihin, jos se on tekstiä)`;
    case 'textAfterQuote':
      return `lainausmerkeissä oleva arvo päättyy sulkevaan lainausmerkkiin (${m.quote}) ja sen perässä on vielä tekstiä — laita koko arvo toisenlaisiin lainausmerkkeihin (${m.quote === '"' ? '`statement: \'"Nopea" toimitus\'`' : '`statement: "\'Nopea\' toimitus"`'}) tai jätä lainausmerkit pois`;
    case 'textAfterBracket':
      return `sulkeissa \`${m.bracket === ']' ? '[…]' : '{…}'}\` oleva arvo päättyy merkkiin \`${m.bracket}\` ja sen perässä on vielä tekstiä — siirrä teksti sulkeiden sisään tai poista se`;
    case 'missingComma':
      return m.bracket === ']'
        ? 'sulkeissa on kaksi kohtaa ilman pilkkua välissä — erota kohdat pilkuilla (`[verkkokauppa, myymala]`)'
        : 'aaltosulkeissa `{…}` on kaksi avainta ilman pilkkua välissä — erota ne pilkuilla (`{ name: Tiimi, contact: tiimi@example.fi }`) tai laita arvo, jossa on `: `, lainausmerkkeihin';
    case 'listWithoutBrackets':
      return 'lainausmerkeissä olevat, pilkuilla erotetut kohdat muodostavat listan vain hakasulkeissa — kirjoita `claims: ["nopea toimitus", "ilmainen palautus"]` tai jokainen `- kohta` omalle rivilleen';
    case 'dashInBrackets':
      return 'sulkeissa oleva lista ei voi sisältää `- `-kohtia — kirjoita `[a, b]` yhdelle riville tai poista sulkeet ja kirjoita jokainen `- kohta` omalle rivilleen';
    case 'blockBlankSpaces':
      return 'lohkon alussa on tyhjiä rivejä, joilla on enemmän välilyöntejä kuin sen tekstin sisennys — poista välilyönnit niiltä tyhjiltä riveiltä';
    case 'indicatorStart':
      return `merkillä \`${m.indicator}\` alkava arvo tarvitsee lainausmerkit, koska YAML tulkitsee pelkän \`${m.indicator}\`-merkin tekstilohkon aluksi — kirjoita \`${m.key === undefined ? '- ' : `${m.key}: `}${yamlQuoted(m.value)}\``;
    case 'textOnBlockHeader':
      return `\`${m.indicator}\`-lohkon teksti alkaa sen alla olevalta riviltä avainta syvemmälle sisennettynä — siirrä teksti sinne tai jätä \`${m.indicator}\` pois`;
    case 'blockTextIndent':
      return `\`${m.indicator}\`-lohkon teksti pitää sisentää syvemmälle kuin avain tai \`-\`, johon se kuuluu — sisennä sen jokainen rivi`;
  }
};
const fileErrorWords: Record<FileErrorCode, string> = {
  ENOENT: 'kansiota ei ole olemassa',
  EACCES: 'ei käyttöoikeutta',
  EPERM: 'ei käyttöoikeutta',
  EROFS: 'tiedostojärjestelmä on vain luku -tilassa',
  ENOSPC: 'levy on täynnä',
  EISDIR: 'se on kansio',
  ENOTDIR: 'osa polusta ei ole kansio',
  EEXIST: 'se on jo olemassa',
  EIO: 'luku- tai kirjoitusvirhe',
  ENAMETOOLONG: 'nimi on liian pitkä',
  ELOOP: 'polussa on liikaa symbolisia linkkejä (silmukka?)',
};
/** A system error's words; one without words of its own is named by its code. */
const systemWords = (code: string) => (Object.hasOwn(fileErrorWords, code) ? fileErrorWords[code as FileErrorCode] : `järjestelmä ei sallinut sitä (${code})`);
/** Miksi olemassa olevaa tiedostoa ei voi lukea (liitettävä tiedosto, datatiedosto). */
const unreadableText = (u: Unreadable): string => {
  switch (u.reason) {
    case 'directory':
      return 'se on kansio — anna polku tiedostoon';
    case 'outside':
      return 'sen polulla oleva symbolinen linkki vie rekisterin kansion ulkopuolelle, ja vain kansion sisällä olevat tiedostot luetaan — kopioi tiedosto kansioon';
    case 'notFile':
      return 'se ei ole tavallinen tiedosto (laite, putki tai pistoke)';
    case 'system':
      return systemWords(u.code);
  }
};
const dataProblemText = (p: DataProblem): string => {
  switch (p.code) {
    case 'missing':
      return 'tiedostoa ei ole';
    case 'unreadable':
      return `tiedostoa ei voi lukea: ${unreadableText(p.why)}`;
    case 'empty':
      return 'tiedostossa ei ole rivejä';
    case 'malformed':
      switch (p.why?.kind) {
        case 'quoteNotClosed':
          return 'tiedosto ei ole kelvollista CSV:tä: lainausmerkein alkava kenttä jää sulkematta (tiedosto loppuu sen sisällä)';
        case 'strayQuote':
          return 'tiedosto ei ole kelvollista CSV:tä: lainausmerkki kentän keskellä — laita koko kenttä lainausmerkkeihin ja kirjoita sen sisällä oleva lainausmerkki kahdesti ("")';
        case 'fieldCount':
          return `tiedosto ei ole kelvollista CSV:tä: tällä rivillä on ${p.why.fields} ${p.why.fields === 1 ? 'kenttä' : 'kenttää'}, otsikkorivillä ${p.why.columns}`;
        case 'notJson':
          return 'tiedosto ei ole kelvollista JSONia';
        default:
          return `tiedosto ei ole kelvollinen: ${p.detail}`;
      }
    case 'notTable':
      return 'JSON ei ole lista olioita';
    case 'noColumn':
      return p.column ? `saraketta ${cell(p.column)} ei ole (sarakkeet: ${list(p.columns, 'ei yhtään', 8, cell)})` : 'tämä tunnusluku tarvitsee sarakkeen, josta se lasketaan: lisää data-kohtaan column';
    case 'notNumber':
      return `sarakkeen ${cell(p.column)} arvo ${cell(p.value)} ei ole luku` + (p.decimalComma ? ' — desimaalipilkkua varten lisää data-kohtaan decimal: ","' : '');
    case 'notDate':
      return `sarakkeen ${cell(p.column)} arvo ${cell(p.value)} ei ole päivämäärä muotoa 2026-10-31`;
    case 'outOfScale':
      return `sarakkeen ${cell(p.column)} arvo ${decimalComma(p.value)} on asteikon ${p.scale} ulkopuolella`;
  }
};
const fileAt = (file: string, line: number | null) => (line === null ? file : `${file}:${line}`);

const reasonText = (r: TouchpointReason): string => {
  switch (r.code) {
    case 'dataUnreadable':
      return `dataa ei voi käyttää: ${fileAt(r.file, r.line)}: ${dataProblemText(r.problem)}`;
    case 'noEvidence':
      return 'ei näyttöä';
    case 'expired':
      return `näyttö vanheni ${r.expiredOn}`;
    case 'verifiedInFuture':
      return `näytön päivämäärä ${r.verified} on tulevaisuudessa`;
    case 'targetMissed':
      return `tavoite ei täyty: ${quoted(r.summary)} on ${decimalComma(readableFigure(r.actual, r.target))}${r.unit ? ` ${r.unit}` : ''}, kun tavoite on ${decimalComma(r.target)}`;
  }
};
const atTouchpoints = (tps: { id: string; reason: TouchpointReason }[]) =>
  `${atTp(tps.length)}: ${tps.map((t) => `${t.id} (${reasonText(t.reason)})`).join(', ')}`;

/** Nominative: "kentän `owners` arvon pitää olla lista, ei teksti"; "sisältö on luku". */
const typeName: Record<ValueType, string> = {
  text: 'teksti',
  number: 'luku',
  integer: 'kokonaisluku',
  list: 'lista',
  mapping: 'avain–arvo-pareja (rivejä muotoa avain: arvo)',
  boolean: 'true tai false',
  nothing: 'tyhjä',
  date: 'päivämäärä',
  infinite: 'ääretön luku tai epäluku (`.inf`, `.nan`)',
  binary: 'binääridata (`!!binary`)',
};

const didYouMean = (suggestion: string) => ` — tarkoititko ${q(suggestion)}?`;

/** Miksi tekstissä mainittu lupaus ei ole lunastettu: tila, sitten lunastamattomat kosketuspisteet. */
const claimStatus = (p: { status: Status; announce: string | null }) =>
  p.status === 'broken'
    ? `rikottu: julkinen ${p.announce} alkaen ja lunastamatta`
    : p.status === 'blocked'
      ? `estetty: julkistus ${p.announce} ja lunastamatta`
      : p.status === 'pending'
        ? `tulossa: julkistus ${p.announce} ja lunastamatta`
        : p.status === 'draft'
          ? 'luonnos: ei julkistuspäivää ja lunastamatta'
          : `${statusName[p.status]} ja lunastamatta`;
const annexPoint = (point: AnnexPoint) => `direktiivi 2005/29/EY, liite I, kohta ${point}, lisätty direktiivillä (EU) 2024/825`;
const copyRules = 'claim-not-delivered, generic-claim';

export const fi: Catalogue = {
  errors: {
    notUtf8: (_: { byte: number }) =>
      'tiedosto ei ole kelvollista UTF-8-tekstiä — tallenna se UTF-8-muodossa (Excelissä tai Muistiossa: ”Tallenna nimellä… UTF-8”)',
    binaryFile: (_: Record<string, never>) => 'tiedostossa on NUL-tavuja, joten se näyttää binääritiedostolta eikä YAML-rekisteriltä',
    emptyFile: (_: Record<string, never>) =>
      'rekisteri on tyhjä — aloita komennolla `promise-audit init` tai lisää `version: 1`, `brand`, `owners`, `touchpoints` ja `promises`',
    notAMapping: (p: { got: ValueType }) =>
      `rekisterin pitää koostua avaimista, kuten \`version: 1\` ja \`brand: …\`, mutta tiedoston sisältö on ${typeName[p.got]}`,
    tooLarge: (p: { size: number; max: number }) =>
      `tiedoston koko on ${p.size} tavua, mutta raja on ${p.max} tavua — nosta rajaa valitsimella --max-size, jos tiedosto todella on näin suuri`,
    yamlSyntax: (p: { detail: string; why?: YamlMistake }) => (p.why ? yamlMistakeText(p.why) : `YAML-syntaksivirhe: ${p.detail}`),
    tabIndent: (_: Record<string, never>) => 'sisennyksessä on sarkain — YAML sisennetään vain välilyönneillä',
    badIndent: (p: { detail: string; why?: YamlMistake }) => (p.why ? yamlMistakeText(p.why) : `sisennys on pielessä: ${p.detail} — tasaa saman tason avaimet allekkain`),
    duplicateKey: (p: { key: string }) => `avain ${q(p.key)} on kahdesti samassa kohdassa — poista toinen niistä`,
    multipleDocs: (_: Record<string, never>) => 'tiedostossa on useampi YAML-dokumentti (`---`) — rekisterin pitää olla yksi dokumentti',
    tooDeep: (p: { max: number }) =>
      `tiedostossa on listoja tai avaimia sisäkkäin yli ${p.max} tasoa — rekisteri tarvitsee vain muutaman tason; tarkista sulkeet ja sisennykset`,
    aliasLimit: (p: { max: number }) =>
      `tiedosto laajentaa YAML-aliaksia yli ${p.max} kertaa (”aliaspommi”) — kirjoita arvot auki tai nosta rajaa valitsimella --max-aliases`,
    unknownAlias: (p: { name: string }) =>
      `YAML lukee \`*${p.name}\`-merkinnän aliakseksi eli viittaukseksi aiempaan arvoon, joka on merkitty \`&${p.name}\`, eikä sellaista ole — jos se on tekstiä, laita se lainausmerkkeihin: \`"*${p.name}"\``,
    unknownKey: (p: { key: string; suggestion?: string; allowed: string[]; flowComma?: boolean }) =>
      p.suggestion
        ? `avain ${q(p.key)} on tuntematon${didYouMean(p.suggestion)}`
        : p.flowComma
          ? `avain ${q(p.key)} on tuntematon — pilkku { … }-sulkeiden sisällä aloittaa uuden avaimen: jos se kuuluu edeltävään tekstiin, laita teksti lainausmerkkeihin`
          : `avain ${q(p.key)} on tuntematon — tässä kohdassa sallitut avaimet: ${list(p.allowed, 'ei mitään')}`,
    required: (p: { key: string }) => `${q(p.key)} on pakollinen tässä kohdassa`,
    wrongType: (p: WrongType) => `kentän ${q(p.key)} arvon pitää olla ${typeName[p.expected]}, ei ${typeName[p.got]}${wrongTypeFix(p)}`,
    emptyText: (p: { key: string }) => `${q(p.key)} ei saa olla tyhjä`,
    badDate: (p: { key: string; value: unknown; iso?: string; noSuchDay?: true }) =>
      `kentän ${q(p.key)} arvon pitää olla päivämäärä muotoa 2026-11-24 (vuosi-kuukausi-päivä), ei ${q(p.value)}` +
      (p.iso ? ` — kirjoita \`${p.key}: ${p.iso}\`` : p.noSuchDay ? ' — sellaista päivää ei ole kalenterissa' : ''),
    badId: (p: { key: string; value: unknown }) =>
      `${q(p.value)} ei kelpaa tunnisteeksi kohtaan ${q(p.key)} — käytä pieniä kirjaimia a–z (ei å, ä eikä ö), numeroita ja yksittäisiä yhdysviivoja, esimerkiksi kahden-paivan-toimitus`,
    badEnum: (p: { key: string; value: unknown; allowed: string[]; suggestion?: string }) =>
      `kentän ${q(p.key)} arvon pitää olla jokin näistä: ${list(p.allowed, '')}, ei ${q(p.value)}` + (p.suggestion ? didYouMean(p.suggestion) : ''),
    badVersion: (p: { value: unknown; quoted?: boolean }) =>
      typeof p.value === 'string' && Number(p.value) === 1
        ? `kentän \`version\` arvon pitää olla luku 1, ei teksti "${p.value}"${p.quoted ? ' — poista lainausmerkit' : ''}`
        : `kentän \`version\` arvon pitää olla 1 (toistaiseksi ainoa rekisterimuoto), ei ${q(p.value)}`,
    badTarget: (p: { value: unknown }) =>
      `kentän \`target\` arvon pitää olla vertailu ja luku, kuten "<= 2" tai ">= 90" (vertailu on jokin näistä: <, <=, >, >=, ==), ei ${q(p.value)}` +
      withFixed(commaTarget(p.value), (fixed) => ` — YAML-tiedostossa desimaalit kirjoitetaan pisteellä: "${fixed}"`),
    atLeastOne: (p: { key: string }) => `${q(p.key)} tarvitsee vähintään yhden kohdan`,
    tooSmall: (p: { key: string; min: number }) => `kentän ${q(p.key)} arvon pitää olla vähintään ${decimalComma(p.min)}`,
    invalidValue: (p: { key: string; detail: string }) => `${q(p.key)} ei kelpaa: ${p.detail}`,
    duplicatePromiseId: (p: { id: string; firstLine: number; firstFile?: string }) =>
      `lupauksen tunniste ${q(p.id)} on jo käytössä ${p.firstFile ? `tiedostossa ${p.firstFile} rivillä ${p.firstLine}` : `rivillä ${p.firstLine}`} — jokainen lupaus tarvitsee oman tunnisteen`,
    duplicateId: (p: { section: 'owners' | 'touchpoints' | 'campaigns'; id: string; first: string }) =>
      `tunniste ${q(p.id)} on jo määritelty kohdassa \`${p.section}\` (${p.first}) — kukin tunniste määritellään vain kerran rekisterin tiedostoissa`,
    includeMissing: (p: { path: string }) => `liitettävää tiedostoa ${q(p.path)} ei ole — tarkista polku kohdassa \`include\``,
    includeDirectory: (p: { path: string }) => `liitettävä polku ${q(p.path)} on kansio — nimeä tiedostot tai käytä hakulauseketta kuten evidence/*.yaml`,
    includeUnreadable: (p: { path: string; why: Unreadable }) => `liitettävää tiedostoa ${q(p.path)} ei voi lukea: ${unreadableText(p.why)}`,
    includeNoMatch: (p: { path: string }) => `hakulauseke ${q(p.path)} ei löydä yhtään tiedostoa — tarkista kansio ja lauseke`,
    includeOutside: (p: { path: string }) =>
      `polku ${q(p.path)} johtaa rekisterin kansion ulkopuolelle — liitettävien ja datatiedostojen pitää olla päärekisterin kansiossa`,
    includeCycle: (p: { path: string }) => `rekisteri liittää itsensä (${q(p.path)}) — liitettävä tiedosto ei voi olla päärekisteri`,
    includeNoHost: (_: Record<string, never>) => 'rekisteri viittaa muihin tiedostoihin (`include` tai `data`), joita ei voi lukea tässä — lataa rekisteri tiedostosta',
    rootOnlyKey: (p: { key: string }) => `${q(p.key)} kuuluu vain päärekisteriin, ei liitettyyn tiedostoon — siirrä se sinne`,
    dataAndActual: (_: Record<string, never>) => '`actual` ja `data` sulkevat toisensa pois — pidä `data`, jos luku lasketaan datasta, tai `actual`, jos se kirjoitetaan käsin',
    verifiedOrDateColumn: (_: Record<string, never>) =>
      '`verified` puuttuu — anna se tai `data.date_column`, jolloin datan viimeisestä päivästä tulee todennuspäivä',
    dataOutside: (p: { path: string }) =>
      `datatiedoston polku ${q(p.path)} johtaa rekisterin kansion ulkopuolelle — pidä datatiedostot päärekisterin kansiossa`,
    unknownOwner: (p: { value: string; defined: string[]; suggestion?: string }) =>
      `omistajaa ${q(p.value)} ei ole määritelty kohdassa \`owners\`` +
      (p.suggestion ? didYouMean(p.suggestion) : ` (määritellyt: ${list(p.defined, 'ei yhtään')})`),
    unknownTouchpoint: (p: { value: string; defined: string[]; suggestion?: string }) =>
      `kosketuspistettä ${q(p.value)} ei ole määritelty kohdassa \`touchpoints\`` +
      (p.suggestion ? didYouMean(p.suggestion) : ` (määritellyt: ${list(p.defined, 'ei yhtään')})`),
    unknownPromise: (p: { value: string; defined: string[]; suggestion?: string }) =>
      `lupausta ${q(p.value)} ei ole määritelty kohdassa \`promises\`` +
      (p.suggestion ? didYouMean(p.suggestion) : ` (määritellyt: ${list(p.defined, 'ei yhtään')})`),
    unknownRule: (p: { value: unknown; suggestion?: string; known: string[] }) =>
      `sääntöä ${q(p.value)} ei ole` + (p.suggestion ? didYouMean(p.suggestion) : ` (säännöt: ${list(p.known, '', 12)})`),
    touchpointNotInPromise: (p: { touchpoint: string; promise: string; required: string[] }) =>
      `kosketuspiste ${q(p.touchpoint)} ei kuulu lupauksen ${q(p.promise)} kosketuspisteisiin (${list(p.required, 'ei yhtään')}) — lisää se lupauksen \`touchpoints\`-listaan tai valitse jokin listan kosketuspisteistä`,
    missingMeasure: (p: { kind: string; missing: string[] }) =>
      `näyttö, jonka \`kind\` on \`${p.kind}\`, tarvitsee ${p.missing.length === 1 ? 'kentän' : 'kentät'} ${p.missing.map((m) => `\`${m}\``).join(' ja ')} — mitatun luvun (tai \`data\`-kentän, josta se lasketaan) ja tavoitteen, joka sen pitää saavuttaa, esimerkiksi target: "<= 2" ja actual: 1.8`,
    endsBeforeLaunch: (p: { ends: string; launch: string }) =>
      `kampanja päättyy (\`ends\`: ${p.ends}) ennen kuin se alkaa (\`launch\`: ${p.launch}) — tarkista molemmat päivämäärät`,
  },
  findings: {
    claimNotDelivered: (p: { text: string; promise: string; status: Status; announce: string | null; touchpoints: { id: string; reason: TouchpointReason }[] }) =>
      `teksti lupaa ”${p.text}” (lupaus ${p.promise}), mutta lupaus on ${claimStatus(p)} ${atTouchpoints(p.touchpoints)} — poista väite tekstistä, kunnes lupaus on valmis, tai lunasta lupaus ensin`,
    genericClaim: (p: { text: string; point: AnnexPoint; inForce: boolean }) => {
      const banned = p.inForce ? 'kielletty 27.9.2026 lähtien' : 'kielletään 27.9.2026 alkaen';
      switch (p.point) {
        case '4a':
          return `”${p.text}” on yleinen ympäristöväite: ${banned}, ellei yritys pysty osoittamaan tunnustettua erinomaista ympäristönsuojelun tasoa (${annexPoint('4a')}) — kerro täsmälleen, mikä on parempaa, ja todista se, tai kirjaa väite rekisteriin lupaukseksi näyttöineen`;
        case '4b':
          return `”${p.text}” on väite koko tuotteesta: ${banned}, jos se pitää paikkansa vain tuotteen yhdestä osasta (${annexPoint('4b')}) — kerro, mitä osaa väite koskee, tai todista se koko tuotteesta`;
        case '4c':
          return `”${p.text}” väittää ilmastovaikutuksen neutraaliksi tai myönteiseksi: ${banned}, jos väite perustuu päästöjen kompensointiin (${annexPoint('4c')}) — kerro, mitä omassa arvoketjussa on vähennetty ja kuinka paljon`;
      }
    },
    ignoreWithoutReason: (p: { rule: string; line: number }) =>
      `tämä promise-audit-ignore säännölle ${p.rule} ei kerro syytä, joten se ei ohita mitään rivillä ${p.line} — kirjoita syy kaksoispisteen jälkeen: promise-audit-ignore ${p.rule}: miksi tämä ei ole väite`,
    brokenPromise: (p: { since: string; touchpoints: { id: string; reason: TouchpointReason }[] }) =>
      `julkinen ${p.since} alkaen, mutta lunastamatta ${atTouchpoints(p.touchpoints)} — lunasta lupaus heti tai vedä se pois markkinoinnista`,
    launchBlocked: (p: { announce: string; daysLeft: number; touchpoints: { id: string; reason: TouchpointReason }[] }) =>
      `julkistus ${p.announce} (${p.daysLeft === 1 ? 'huomenna' : `${p.daysLeft} päivän päästä`}), mutta lunastamatta ${atTouchpoints(p.touchpoints)} — varmista lunastus ennen julkistusta tai siirrä julkistusta`,
    planMissing: (p: { touchpoint: string; deadline: string }) =>
      `kosketuspisteelle ${p.touchpoint} ei ole suunnitelmaa lunastuksesta — lisää suunnitelma (plan), jonka määräpäivä (due) on viimeistään ${p.deadline}`,
    planLate: (p: { touchpoint: string; due: string; deadline: string; announce: string }) =>
      `suunnitelman määräpäivä ${p.due} kosketuspisteessä ${p.touchpoint} on liian myöhään: sen pitää olla viimeistään ${p.deadline} (julkistus ${p.announce} miinus varoaika) — lunasta aiemmin tai siirrä julkistusta`,
    expiresBeforeLaunch: (p: { touchpoint: string; validUntil: string; date: string; until: 'announce' | 'campaignEnds' }) =>
      `näyttö kosketuspisteessä ${p.touchpoint} on voimassa vain ${p.validUntil} asti, mutta ${p.until === 'announce' ? 'julkistus on vasta' : 'kampanja päättyy vasta'} ${p.date} — hanki uusi näyttö ennen kuin vanha vanhenee`,
    evidenceFuture: (p: { touchpoint: string; verified: string }) =>
      `näytön päivämäärä ${p.verified} kosketuspisteessä ${p.touchpoint} on tarkastuspäivän jälkeen, joten näyttö ei vielä kelpaa — tarkista päivämäärä`,
    customerVoice: (_: Record<string, never>) =>
      'erottautuva lupaus ilman kyselynäyttöä: kukaan ei ole kysynyt asiakkailta — lisää kyselynäyttö (kind: survey)',
    hygieneFirst: (p: { hygiene: { id: string; status: Status }[]; more?: number; touchpoints: string[] }) =>
      (p.hygiene.length === 1 && !p.more
        ? `erottautuva lupaus julkistetaan, vaikka hygienialupaus ${p.hygiene[0]!.id} on ${statusName[p.hygiene[0]!.status]}`
        : `erottautuva lupaus julkistetaan, vaikka hygienialupaukset ${p.hygiene.map((h) => `${h.id} (${statusName[h.status]})`).join(', ')}${p.more ? ` ja ${p.more} muuta` : ''} eivät pidä`) +
      ` ${atTp(p.touchpoints.length)} ${p.touchpoints.join(', ')} — korjaa perusasiat ennen wow-lupauksia`,
    waiverExpired: (p: { rule: string; expires: string }) =>
      `poikkeuslupa säännöstä ${p.rule} oli voimassa ${p.expires} asti eikä enää päde — uusi se uudella päättymispäivällä tai poista se`,
    dataUnreadable: (p: { touchpoint: string; file: string; line: number | null; problem: DataProblem }) =>
      `kosketuspisteen ${p.touchpoint} näytön dataa ei voi käyttää — ${fileAt(p.file, p.line)}: ${dataProblemText(p.problem)}; näyttö ei kelpaa ennen kuin data on korjattu`,
    sampleTooSmall: (p: { touchpoint: string; n: number; min: number }) =>
      `kosketuspisteen ${p.touchpoint} luku perustuu vain ${p.n} mittaukseen (vähintään ${p.min} toivotaan) — kerää lisää dataa ennen kuin luotat siihen`,
    waiverUnused: (p: { rule: string }) =>
      `poikkeuslupa säännöstä ${p.rule} ei koske yhtään havaintoa — poista se, sillä unohtuneet poikkeukset vievät tarkastukselta terän`,
  },
  report: {
    title: (_: Record<string, never>) => 'Lupausten valmius',
    header: (p: { brand: string; asOf: string; campaign: string | null; campaignName?: string }) =>
      `${p.brand} · tarkastuspäivä ${p.asOf} · ${p.campaign ? `kampanja ${p.campaignName ?? p.campaign} (${p.campaign})` : 'koko rekisteri'}`,
    columns: (_: Record<string, never>) => ({
      promise: 'Lupaus',
      statement: 'Sanamuoto',
      tier: 'Taso',
      announce: 'Julkistus',
      status: 'Tila',
      delivered: 'Lunastus',
      next: 'Seuraavaksi',
    }),
    status: (p: { status: Status }) => statusName[p.status],
    tier: (p: { tier: 'hygiene' | 'differentiator' }) => (p.tier === 'hygiene' ? 'hygienia' : 'erottautuja'),
    severity: (p: { severity: 'error' | 'warning' }) => (p.severity === 'error' ? 'virhe' : 'varoitus'),
    noPromises: (_: Record<string, never>) => 'Tarkastettavana ei ole lupauksia.',
    columnsLeftOut: (p: { columns: string[] }) =>
      `${p.columns.length === 1 ? `Sarake ${p.columns[0]}` : `Sarakkeet ${p.columns.slice(0, -1).join(', ')} ja ${p.columns.at(-1)}`} jätettiin pois, jotta taulukko mahtuu päätteeseen — levennä ikkunaa tai katso kaikki sarakkeet valitsimella --format markdown tai html`,
    moreRows: (p: { count: number; max: number }) =>
      `… ja ${p.count} ${p.count === 1 ? 'lupaus' : 'lupausta'} lisää: taulukossa on enintään ${p.max} lupausta, keskeneräiset ensin — --format csv tai json listaa jokaisen`,
    findingsHeading: (_: Record<string, never>) => 'Havainnot',
    noFindings: (_: Record<string, never>) => 'Ei havaintoja.',
    waivedTag: (_: Record<string, never>) => 'poikkeusluvalla',
    waived: (p: { reason: string; approvedBy: string; expires: string }) =>
      `poikkeuslupa: ${p.reason} (hyväksyjä ${p.approvedBy}, voimassa ${p.expires} asti)`,
    rulesHelp: (_: Record<string, never>) => 'Mitä kukin sääntö tarkoittaa ja miten havainnon korjaa:',
    verdictPass: (_: Record<string, never>) => 'HYVÄKSYTTY',
    verdictFail: (_: Record<string, never>) => 'HYLÄTTY',
    counts: (p: { ready: number; broken: number; blocked: number; pending: number; draft: number }) =>
      `valmiita: ${p.ready}, rikottuja: ${p.broken}, estettyjä: ${p.blocked}, tulossa: ${p.pending}, luonnoksia: ${p.draft}`,
    findingCounts: (p: { errors: number; warnings: number; waived: number }) =>
      `virheitä: ${p.errors}, varoituksia: ${p.warnings}` + (p.waived ? `, poikkeusluvalla ohitettuja: ${p.waived}` : ''),
    verdictLine: (p: { verdict: 'pass' | 'fail'; failOn: 'error' | 'warning' | 'never'; undelivered: boolean; rules: readonly string[] }) =>
      p.verdict === 'pass'
        ? p.failOn === 'never'
          ? 'tarkastus meni läpi: --fail-on never näyttää havainnot hylkäämättä'
          : 'tarkastus meni läpi: lunastamattomia lupauksia ei olla julkistamassa'
        : p.undelivered
          ? `tarkastus ei mennyt läpi: lunastamaton lupaus on julkistumassa tai jo julkinen${p.rules.length > 0 ? ` ja ${rulesHave(p.rules)} virhetason havaintoja` : ''}`
          : `tarkastus ei mennyt läpi: ${rulesHave(p.rules)} ${p.failOn === 'warning' ? 'varoitustason tai vakavampia' : 'virhetason'} havaintoja`,
  },
  explain: {
    owner: (p: { owner: string }) => `omistaja ${p.owner}`,
    auditDay: (p: { asOf: string }) => `tarkastuspäivä ${p.asOf}`,
    campaign: (p: { campaign: string }) => `kampanja ${p.campaign}`,
    noAnnounce: (_: Record<string, never>) => 'Julkistuspäivä: ei ole — luonnos, toive eikä vielä lupaus.',
    announceOwn: (p: { date: string }) => `Julkistuspäivä: ${p.date}, lupauksen omasta kentästä \`announce\`.`,
    announceCampaign: (p: { date: string; campaign: string; name: string }) =>
      `Julkistuspäivä: ${p.date}, kampanjan ${p.campaign} (${p.name}) alkamispäivä — aikaisin päivä, jona lupaus tulee julki.`,
    leadTime: (p: { days: number; deadline: string }) => `Varoaika: ${days(p.days)}, joten lunastus on todennettava viimeistään ${p.deadline}.`,
    statusWhy: (p: { status: Status; delivered: number; required: number; asOf: string; announce: string | null; campaign: string | null }) => {
      const d = `lunastettu ${p.delivered}/${p.required} kosketuspisteessä`;
      switch (p.status) {
        case 'ready':
          return `Tila valmis: ${d} — jokainen kosketuspiste pitää lupauksen.`;
        case 'broken':
          return `Tila rikottu: ${d}, ja lupaus on ollut julkinen ${p.announce} alkaen (viimeistään tarkastuspäivänä ${p.asOf}).`;
        case 'blocked':
          return p.campaign
            ? `Tila estetty: ${d}, ja lupaus kuuluu tarkastettavaan kampanjaan ${p.campaign}.`
            : `Tila estetty: ${d}, ja lupaus julkistetaan ${p.announce}, varoajan sisällä.`;
        case 'pending':
          return `Tila tulossa: ${d}; lupaus julkistetaan ${p.announce}, varoajan jälkeen, joten aikaa vielä on.`;
        case 'draft':
          return `Tila luonnos: ${d}, eikä mikään vielä julkista sitä.`;
      }
    },
    touchpoints: (p: { count: number }) => `Vaaditut kosketuspisteet (${p.count}):`,
    delivered: (_: Record<string, never>) => 'lunastettu',
    notDelivered: (_: Record<string, never>) => 'lunastamatta',
    summary: (p: { text: string }) => quoted(p.text),
    verified: (p: { verified: string | null; by: string; validUntil: string | null }) =>
      p.verified ? `todennettu ${p.verified}, todentaja ${p.by}, voimassa ${p.validUntil} asti` : `todentaja ${p.by}, todennuspäivä ei tiedossa`,
    figure: (p: { actual: number; unit?: string; target: string }) => `${decimalComma(readableFigure(p.actual, p.target))}${p.unit ? ` ${p.unit}` : ''}, tavoite ${decimalComma(p.target)}`,
    computed: (p: { stat: string; column?: string; file: string; n: number; period?: { from: string; to: string } }) =>
      `laskettu: ${p.stat}${p.column ? `, sarake ${p.column}` : ''}, tiedosto ${p.file}, n = ${p.n}` + (p.period ? `, ${p.period.from} – ${p.period.to}` : ''),
    source: (p: { source: string }) => `lähde: ${p.source}`,
    plan: (p: { due: string; note?: string }) => `suunnitelma: valmis viimeistään ${p.due}${p.note ? ` — ${p.note}` : ''}`,
    findings: (p: { count: number }) => (p.count === 0 ? 'Havainnot: ei yhtään.' : `Havainnot (${p.count}):`),
    waivers: (p: { count: number }) => `Poikkeusluvat (${p.count}):`,
    waiverState: (p: { approvedBy: string; expires: string; live: boolean; covers: number }) =>
      `(hyväksyjä ${p.approvedBy}, ${p.live ? `voimassa ${p.expires} asti` : `vanheni ${p.expires} jälkeen`}, koskee ${p.covers} havaintoa)`,
    next: (_: Record<string, never>) => 'Seuraavaksi:',
    unknownPromise: (p: { value: string; suggestion?: string; defined: string[] }) =>
      `rekisterissä ei ole lupausta ${q(p.value)}` + (p.suggestion ? didYouMean(p.suggestion) : ` (lupaukset: ${list(p.defined, 'ei yhtään')})`),
    notInCampaign: (p: { value: string; campaign: string }) =>
      `lupaus ${q(p.value)} ei kuulu kampanjaan ${q(p.campaign)} — jätä --campaign pois tai valitse kampanjan lupaus`,
  },
  scan: {
    heading: (_: Record<string, never>) => 'Väitteet teksteissä',
    summary: (p: { files: number; mentions: number; covered: number }) =>
      `${p.files} ${p.files === 1 ? 'tiedosto' : 'tiedostoa'} käyty läpi · ` +
      (p.mentions === 0
        ? 'lupauksia ei mainita'
        : `${p.mentions} ${p.mentions === 1 ? 'maininta' : 'mainintaa'} lupauksista (valmiiden lupausten: ${p.covered})`),
    covered: (_: Record<string, never>) => 'kunnossa',
    notCovered: (p: { status: Status }) => `lunastamatta (${statusName[p.status]})`,
    suppressed: (p: { count: number; covers: number }) =>
      `${p.count} ${p.count === 1 ? 'perusteltu ohitus' : 'perusteltua ohitusta'} teksteissä, ohitettuja havaintoja ${p.covers}`,
    noPromiseGroup: (_: Record<string, never>) => 'Ei lupaukseen sidottu',
    verdictLine: (p: { verdict: 'pass' | 'fail'; failOn: 'error' | 'warning' | 'never' }) =>
      p.verdict === 'pass'
        ? p.failOn === 'never'
          ? 'tarkastus meni läpi: --fail-on never päästää kaikki havainnot läpi'
          : 'tarkastus meni läpi: teksteissä ei luvata mitään lunastamatonta'
        : p.failOn === 'warning'
          ? 'tarkastus ei mennyt läpi: teksteissä on havaintoja varoitustasolla tai vakavampia'
          : 'tarkastus ei mennyt läpi: teksti lupaa jotain, mitä ei ole lunastettu',
    note: (n: CopyNote): string => {
      switch (n.code) {
        case 'binary':
          return `${n.file}: ohitettu, näyttää binääritiedostolta (sisältää NUL-tavuja)`;
        case 'tooLarge':
          return `${n.file}: ohitettu, ${n.size} tavua on yli ${n.max} tavun rajan — nosta rajaa valitsimella --max-file-size`;
        case 'unreadable':
          return `${n.file}: ohitettu, tiedostoa ei voi lukea: ${systemWords(n.reason)}`;
        case 'notUtf8':
          return `${n.file}: ei kelvollista UTF-8-tekstiä, luettu Windows-1252-merkistönä — tallenna tiedosto UTF-8-muodossa`;
        case 'unparsable':
          return `${n.file}: muoto ${n.format === 'json' ? 'JSON' : 'YAML'} ei jäsenny, haettu tavallisena tekstinä`;
        case 'ignoreUnknownRule':
          return `${n.file}:${n.line}:${n.column}: promise-audit-ignore nimeää säännön ${q(n.rule)}, joka ei ole tekstisääntö${n.suggestion ? ` — tarkoititko ${q(n.suggestion)}?` : ` (tekstisäännöt: ${copyRules})`}; kommentti ei ohita sitä`;
        case 'ignoreNoRule':
          return `${n.file}:${n.line}:${n.column}: promise-audit-ignore ei nimeä sääntöä, joten se ei ohita mitään — kirjoita promise-audit-ignore SÄÄNTÖ: syy, missä SÄÄNTÖ on jokin näistä: ${copyRules}`;
      }
    },
    progress: (p: { done: number; total: number }) => `käydään läpi tekstejä: ${p.done}/${p.total} tiedostoa`,
    pathNotFound: (p: { path: string }) => `polkua ${q(p.path)} ei löydy — tarkista polku`,
    cannotRead: (p: { path: string; reason: string }) => `tiedostoa ${q(p.path)} ei voi lukea: ${systemWords(p.reason)} — mitään ei käyty läpi; tarkista tiedoston lukuoikeudet tai jätä se pois komennosta`,
    noMatch: (p: { pattern: string }) =>
      `hakulauseke ${q(p.pattern)} ei löydä yhtään tiedostoa — tarkista lauseke ja kirjoita se lainausmerkkeihin, ettei komentotulkki laajenna sitä`,
  },
  reason: reasonText,
  next: (a: NextAction): string => {
    switch (a.code) {
      case 'none':
        return '—';
      case 'renewBefore':
        return `uusi näyttö ennen ${a.date} (${days(a.daysLeft)} jäljellä)`;
      case 'deliverNow':
        return `lunasta heti ${atTp(a.touchpoints.length)} ${a.touchpoints.join(', ')}`;
      case 'verifyBefore':
        return a.daysLeft >= 0
          ? `varmista näyttö ennen ${a.date} (${days(a.daysLeft)} jäljellä): ${a.touchpoints.join(', ')}`
          : `varmista näyttö heti: ${a.touchpoints.join(', ')} — määräpäivä oli ${a.date}, nyt ${days(-a.daysLeft)} myöhässä`;
      case 'verifyBy':
        return a.daysLeft >= 0
          ? `varmista näyttö viimeistään ${a.date} (${days(a.daysLeft)} jäljellä): ${a.touchpoints.join(', ')}`
          : `varmista näyttö heti: ${a.touchpoints.join(', ')} — määräpäivä oli ${a.date}, nyt ${days(-a.daysLeft)} myöhässä`;
      case 'deliverFirst':
        return `lunasta ensin (${a.touchpoints.join(', ')}), päätä julkistuspäivä vasta sitten`;
    }
  },
  problem: (p: EvidenceProblem): string => reasonText(p),
  cli: {
    fileNotFound: (p: { file: string }) => `rekisteriä ${q(p.file)} ei löydy — tarkista polku tai luo uusi rekisteri komennolla \`promise-audit init\``,
    noDefaultRegister: (p: { dir: string; command: RegisterCommand }) =>
      `kansiossa ${p.dir} ei ole tiedostoa promises.yaml eikä promises.yml — anna rekisterin nimi (\`${registerExample(p.command, 'polku/promises.yaml')}\`) tai luo uusi komennolla \`promise-audit init\``,
    isDirectory: (p: { file: string }) => `${q(p.file)} on kansio eikä rekisteritiedosto — anna kansion sisällä olevan YAML-tiedoston nimi`,
    notAFile: (p: { file: string }) => `${q(p.file)} ei ole tavallinen tiedosto (vaan laite, putki tai pistoke) — anna rekisterin YAML-tiedoston nimi`,
    interrupted: (p: { signal: string }) => `pysäytetty signaalilla ${p.signal} — raportit kirjoitetaan kokonaan tai ei lainkaan, eikä väliaikaisia tiedostoja jää`,
    outputClosed: (p: { outputOption: boolean }) =>
      `vakiotuloste suljettiin ennen kuin koko raportti oli kirjoitettu (koko raportin saa ${p.outputOption ? 'valitsimella -o TIEDOSTO' : 'ohjaamalla sen tiedostoon: > TIEDOSTO'})`,
    cannotRead: (p: { file: string; reason: string }) => `tiedostoa ${q(p.file)} ei voi lukea: ${p.reason}`,
    cannotWrite: (p: { file: string; reason: string }) => `tiedostoon ${q(p.file)} ei voi kirjoittaa: ${p.reason}`,
    cannotWriteOutput: (p: { reason: string }) => `vakiotulosteeseen ei voi kirjoittaa: ${p.reason}`,
    fileError: (p: { code: string }): string => systemWords(p.code),
    refuseOverwriteRegister: (p: { file: string }) =>
      `raporttia ei kirjoiteta tiedoston ${q(p.file)} päälle, koska rekisteri luetaan siitä — valitse --output-valitsimelle toinen tiedosto`,
    exists: (p: { file: string }) => `${q(p.file)} on jo olemassa — mitään ei kirjoitettu; valitse toinen nimi tai poista tiedosto ensin`,
    refuseSchemaOverYaml: (p: { file: string }) =>
      `JSON-skeemaa ei kirjoiteta olemassa olevan YAML-tiedoston ${q(p.file)} päälle (onko se rekisteri?) — mitään ei kirjoitettu; anna .json-päätteinen tiedostonimi`,
    written: (p: { file: string }) => `kirjoitettu: ${p.file}`,
    valid: (p: { file: string; promises: number; touchpoints: number; owners: number; campaigns: number }) =>
      `${p.file} on kunnossa: lupauksia ${p.promises}, kosketuspisteitä ${p.touchpoints}, omistajia ${p.owners}, kampanjoita ${p.campaigns}`,
    invalidSummary: (p: { count: number; file: string }) =>
      `${p.file}: ${p.count} ${p.count === 1 ? 'ongelma' : 'ongelmaa'} — mitään ei tarkastettu`,
    moreProblems: (p: { count: number }) =>
      `… ja ${p.count} ${p.count === 1 ? 'muu ongelma' : 'muuta ongelmaa'} (näet kaikki valitsimella --format json)`,
    badAsOf: (p: { value: string }) => `valitsimen --as-of arvon pitää olla päivämäärä muotoa 2026-11-24, ei ${q(p.value)}`,
    unknownOption: (p: { option: string; suggestion?: string; help: string }) =>
      `valitsinta ${q(p.option)} ei ole` + (p.suggestion ? ` — tarkoititko ${p.suggestion}?` : ` — katso valitsimet komennolla \`${p.help}\``),
    badChoice: (p: { option: string; value: string; choices: string[] }) =>
      `${p.option} ei voi olla ${q(p.value)} — valitse jokin näistä: ${p.choices.join(', ')}`,
    notWholeNumber: (p: { option: string; value: string }) => `valitsimen ${p.option} arvon pitää olla nollaa suurempi kokonaisluku, ei ${q(p.value)}`,
    optionNeedsValue: (p: { option: string; usage: string }) => `valitsimen ${p.option} perään tarvitaan arvo: \`${p.usage}\``,
    missingArgument: (p: { argument: string; usage: string }) => `\`${p.argument}\` puuttuu — \`${p.usage}\``,
    tooManyArguments: (p: { command: string; got: number; takes: number; usage: string }) =>
      `komennolle \`${p.command}\` annettiin ${p.got === 1 ? 'argumentti' : `${p.got} argumenttia`}, ${p.takes === 0 ? 'vaikka se ei hyväksy argumentteja' : 'enemmän kuin se hyväksyy'} — \`${p.usage}\`` +
      (p.takes > 0 ? '; laita välilyöntejä sisältävä nimi lainausmerkkeihin' : ''),
    unknownCommand: (p: { name: string; suggestion?: string }) =>
      `komentoa ${q(p.name)} ei ole` +
      (p.suggestion ? ` — tarkoititko \`promise-audit ${p.suggestion}\`? (Sen nimistä rekisteritiedostoakaan ei ole.)` : ' — katso komennot: `promise-audit --help`'),
    unknownHelpTopic: (p: { name: string; suggestion?: string; commands: string[] }) =>
      `komentoa ${q(p.name)} ei ole, joten sen ohjettakaan ei ole` +
      (p.suggestion ? ` — tarkoititko \`promise-audit help ${p.suggestion}\`?` : ` (komennot: ${list(p.commands, 'ei yhtään')})`),
    unknownCampaign: (p: { value: string; defined: string[]; suggestion?: string }) =>
      `rekisterissä ei ole kampanjaa ${q(p.value)}` + (p.suggestion ? didYouMean(p.suggestion) : ` (kampanjat: ${list(p.defined, 'ei yhtään')})`),
    initDone: (p: { file: string }) => `kirjoitettu: ${p.file} — täydennä se ja aja sitten: promise-audit check ${p.file}`,
    internalError: (p: { version: string }) =>
      `promise-audit ${p.version} kohtasi sisäisen virheen — tämä on ohjelmavirhe eikä sinun virheesi. Aja komento uudelleen valitsimella --debug ja ilmoita virheestä tulosteen kanssa.`,
    errorPrefix: (_: Record<string, never>) => 'virhe',
  },
  ruleDocs: {
    'claim-not-delivered': {
      short: (_: Record<string, never>) => 'Teksti lupaa jotain, mitä ei ole lunastettu',
      full: (_: Record<string, never>) =>
        'Lupauksen väite (sen claims-fraasi) esiintyy tekstissä – verkkosivulla, uutiskirjeessä tai sisällönhallinnan viennissä – vaikka lupaus ei ole tarkastuspäivänä valmis: ainakin yhdestä sen kosketuspisteestä puuttuu voimassa oleva näyttö lunastuksesta. Asiakas lukee väitteen ennen kuin talo pitää sen. Valmiin lupauksen maininta on kunnossa, ja raportti listaa sen.',
      help: (_: Record<string, never>) =>
        'Poista väite tekstistä, kunnes lupaus on valmis, tai lunasta lupaus jokaisessa viestin nimeämässä kosketuspisteessä ja kirjaa näyttö. Jos sanat eivät tässä ole tämän lupauksen väite, ohita ne edeltävällä rivillä: <!-- promise-audit-ignore claim-not-delivered: syy -->, tai lisää lupaukselle poikkeuslupa.',
    },
    'generic-claim': {
      short: (_: Record<string, never>) => 'Teksti esittää yleisen ympäristöväitteen',
      full: (_: Record<string, never>) =>
        'Tekstissä on yleinen ympäristöväite – kuten ”ympäristöystävällinen”, ”hiilineutraali”, ”vastuullisesti tuotettu” tai ”eco-friendly” – jollaiset direktiivi (EU) 2024/825 lisäsi direktiivin 2005/29/EY liitteeseen I eli aina kiellettyihin käytäntöihin 27.9.2026 alkaen: yleinen ympäristöväite ilman tunnustettua erinomaista ympäristönsuojelun tasoa (kohta 4a), koko tuotetta koskeva väite, kun näyttö koskee vain yhtä osaa (4b), tai neutraali, pienentynyt tai myönteinen ilmastovaikutus päästöjen kompensoinnin perusteella (4c). Rekisterin valmiiseen lupaukseen kuuluvat sanat kelpaavat: lupauksella on näyttö.',
      help: (_: Record<string, never>) =>
        'Korvaa yleinen sana täsmällisellä tosiasialla ja sen näytöllä – mitä, kuinka paljon, mihin verrattuna, kenen todentamana – tai hanki tunnustettu näyttö: EU-ympäristömerkki, jäsenvaltiossa tunnustettu virallinen ympäristömerkki tai EU-oikeuden mukainen erinomainen ympäristönsuojelun taso. Kirjaa täsmällinen väite rekisteriin lupaukseksi näyttöineen, niin se on katettu. Ohita tarkistettu väärä hälytys: <!-- promise-audit-ignore generic-claim: syy -->.',
    },
    'broken-promise': {
      short: (_: Record<string, never>) => 'Julkinen lupaus on lunastamatta',
      full: (_: Record<string, never>) =>
        'Lupaus on julkinen — sen julkistuspäivä tai sen listaavan kampanjan alkupäivä on tarkastuspäivänä tai sitä ennen — mutta ainakin yhdessä sen kosketuspisteessä ei ole voimassa olevaa näyttöä lunastuksesta: näyttöä ei ole lainkaan, näyttö on vanhentunut, mittari tai kysely jäi tavoitteestaan tai näytön päivämäärä on tarkastuspäivän jälkeen. Jokainen asiakas, joka kohtaa lupauksen siellä, näkee sen rikottuna.',
      help: (_: Record<string, never>) =>
        'Lunasta lupaus jokaisessa viestin nimeämässä kosketuspisteessä ja kirjaa siitä tuore näyttö, tai vedä lupaus pois markkinoinnista, kunnes se on lunastettu. Jos poikkeus on tiedossa ja hyväksytty, lisää poikkeuslupa, jossa on syy, hyväksyjä ja päättymispäivä.',
    },
    'launch-blocked': {
      short: (_: Record<string, never>) => 'Pian julkistettava lupaus on lunastamatta',
      full: (_: Record<string, never>) =>
        'Lupaus julkistetaan varoajan sisällä (policy.lead_time_days, oletuksena 14 päivää) tai se kuuluu tarkastettavaan kampanjaan, ja ainakin yhdessä sen kosketuspisteessä ei ole voimassa olevaa näyttöä lunastuksesta. Nyt julkistettuna se olisi rikottu lupaus julkistuspäivänä.',
      help: (_: Record<string, never>) =>
        'Varmista lunastus jokaisessa viestin nimeämässä kosketuspisteessä ennen julkistusta ja kirjaa näyttö, tai siirrä julkistuspäivää (tai ota lupaus pois kampanjasta), kunnes lupaus on lunastettu.',
    },
    'plan-missing': {
      short: (_: Record<string, never>) => 'Lunastamattomalle kosketuspisteelle ei ole suunnitelmaa',
      full: (_: Record<string, never>) =>
        'Lupaus on tulossa — julkistukseen on pidempi aika kuin varoaika — ja jossakin sen kosketuspisteessä se ei ole lunastettu eikä sille ole suunnitelmaa: kukaan ei ole sitoutunut lunastamaan sitä siellä ajoissa.',
      help: (_: Record<string, never>) =>
        'Lisää kosketuspisteelle suunnitelma (`plan`), jonka määräpäivä (`due`) on viimeistään julkistuspäivä miinus varoaika, ja muistiinpano siitä, miten lupaus lunastetaan.',
    },
    'plan-late': {
      short: (_: Record<string, never>) => 'Suunnitelman määräpäivä on liian myöhään julkistukseen nähden',
      full: (_: Record<string, never>) =>
        'Lunastamattoman kosketuspisteen suunnitelman määräpäivä on myöhemmin kuin julkistuspäivä miinus varoaika, joten lunastusta ei ehditä varmistaa ennen kuin lupaus julkistetaan.',
      help: (_: Record<string, never>) =>
        'Lunasta aiemmin ja aikaista suunnitelman määräpäivä viestin mainitsemaan päivään tai sitä aiemmaksi, tai siirrä julkistusta myöhemmäksi.',
    },
    'expires-before-launch': {
      short: (_: Record<string, never>) => 'Näyttö vanhenee ennen julkistusta',
      full: (_: Record<string, never>) =>
        'Lupaus on tänään valmis, mutta näyttö, jonka varassa jokin sen kosketuspisteistä on lunastettu, vanhenee ennen julkistuspäivää tai ennen tarkastettavan kampanjan päättymistä. Sinä päivänä lupaus ei enää olisi lunastettu.',
      help: (_: Record<string, never>) =>
        'Varmista lunastus uudelleen ennen kuin näyttö vanhenee ja kirjaa uusi näyttö, tai anna näytölle myöhäisempi päättymispäivä (`expires`), jos se todella on voimassa niin kauan.',
    },
    'evidence-future': {
      short: (_: Record<string, never>) => 'Näytön päivämäärä on tarkastuspäivän jälkeen',
      full: (_: Record<string, never>) =>
        'Näytön varmistuspäivä (`verified`) on tarkastuspäivän jälkeen, joten näyttö ei vielä kelpaa. Yleensä päivämäärässä on kirjoitusvirhe tai tarkastuspäivä (as_of tai --as-of) on aiempi kuin oli tarkoitus.',
      help: (_: Record<string, never>) => 'Korjaa varmistuspäivä (`verified`) tai aja tarkastus oikeana päivänä valitsimella --as-of.',
    },
    'customer-voice': {
      short: (_: Record<string, never>) => 'Erottautuvalla lupauksella ei ole kyselynäyttöä',
      full: (_: Record<string, never>) =>
        'Erottautuvan lupauksen pitäisi erottaa brändi muista asiakkaiden silmissä, mutta mikään sen näytöistä ei ole kyselyä (`survey`): kukaan ei ole kysynyt asiakkailta, huomaavatko he sen. Mikä tahansa kysely kelpaa, saavuttiko se tavoitteensa tai ei.',
      help: (_: Record<string, never>) => 'Kysy asiakkailta — kysely, jolla on tavoite ja tulos — ja lisää se näytöksi, jonka `kind` on `survey`.',
    },
    'hygiene-first': {
      short: (_: Record<string, never>) => 'Erottautuva lupaus julkistetaan, vaikka perusasia ei pidä',
      full: (_: Record<string, never>) =>
        'Erottautuva lupaus on jo julkistettu tai julkistetaan varoajan sisällä, vaikka jokin hygienialupaus samassa kosketuspisteessä on rikottu tai estetty. Asiakas huomaa pettäneet perusasiat ennen lisäarvoa.',
      help: (_: Record<string, never>) =>
        'Lunasta ensin viestin nimeämät hygienialupaukset tai siirrä erottautuvan lupauksen julkistusta, kunnes ne pitävät.',
    },
    'waiver-expired': {
      short: (_: Record<string, never>) => 'Poikkeuslupa on vanhentunut',
      full: (_: Record<string, never>) =>
        'Poikkeuslupa on päättymispäivänsä (`expires`) jälkeen, joten se ei enää päde: havainnot, jotka se kattoi, lasketaan taas.',
      help: (_: Record<string, never>) =>
        'Käy poikkeus läpi: uusi poikkeuslupa uudella päättymispäivällä ja syyllä, jos se on yhä perusteltu, tai poista se ja korjaa havainnot.',
    },
    'waiver-unused': {
      short: (_: Record<string, never>) => 'Poikkeuslupa ei koske yhtään havaintoa',
      full: (_: Record<string, never>) =>
        'Voimassa oleva poikkeuslupa ei vastaa yhtään sääntönsä havaintoa lupauksessaan (eikä kosketuspisteessään, jos se nimeää sellaisen). Poikkeukset, joita kukaan ei käy läpi, kasautuvat ja peittävät seuraavan todellisen ongelman.',
      help: (_: Record<string, never>) => 'Poista poikkeuslupa, tai korjaa sen sääntö tai kosketuspiste, jos sen oli tarkoitus kattaa jokin havainto.',
    },
    'data-unreadable': {
      short: (_: Record<string, never>) => 'Näytön datatiedostoa ei voi käyttää',
      full: (_: Record<string, never>) =>
        'Näyttö laskee lukunsa datatiedostosta (`data`), mutta tiedostoa ei voi lukea tai lukua ei voi laskea siitä: tiedosto puuttuu, sarake puuttuu tai arvo ei ole luku tai päivämäärä. Ennen korjausta näyttö ei kelpaa, joten kosketuspiste ei sen perusteella ole lunastettu.',
      help: (_: Record<string, never>) =>
        'Korjaa viestin kertomassa tiedostossa ja kohdassa oleva vika — polku (suhteessa rekisteriin), sarakkeiden nimet tai arvot — tai osoita `data.file` oikeaan tiedostoon.',
    },
    'sample-too-small': {
      short: (_: Record<string, never>) => 'Luku perustuu liian harvaan havaintoon',
      full: (_: Record<string, never>) =>
        'Näytön luku on laskettu pienemmästä määrästä havaintoja kuin policy.min_sample (oletuksena 30). Muutamasta tapauksesta laskettu luku on yksittäistapaus eikä mittaus, vaikka se täyttäisi tavoitteen.',
      help: (_: Record<string, never>) =>
        'Kerää lisää havaintoja ennen kuin luotat lukuun, tai laske policy.min_sample-arvoa, jos pienempi otos todella riittää tälle rekisterille.',
    },
  },
  ci: {
    sarifSourceRoot: (_: Record<string, never>) => 'Versionhallinnan juurikansio tai kansio, jossa tarkastus ajettiin',
    junitDraft: (_: Record<string, never>) => 'julkistuspäivää ei vielä ole — tavoite, ei vielä lupaus',
    junitPending: (p: { announce: string }) => `julkistus vasta ${p.announce}, varoajan ulkopuolella`,
    notDelivered: (p: { touchpoints: { id: string; reason: TouchpointReason }[] }) => `lunastamatta ${atTouchpoints(p.touchpoints)}`,
    githubTitle: (p: { rule: string; promise: string | null; touchpoint: string | null; waived: boolean }) =>
      `${p.waived ? 'poikkeusluvalla: ' : ''}${p.rule}${p.promise ? ` · ${p.promise}` : ''}${p.touchpoint ? ` · ${p.touchpoint}` : ''}`,
    csvColumns: (_: Record<string, never>) => ({
      promise: 'Lupaus',
      statement: 'Sanamuoto',
      tier: 'Taso',
      stage: 'Vaihe',
      owner: 'Omistaja',
      status: 'Tila',
      announce: 'Julkistus',
      campaigns: 'Kampanjat',
      delivered: 'Lunastettuja kosketuspisteitä',
      required: 'Vaadittuja kosketuspisteitä',
      next: 'Seuraavaksi',
      errors: 'Virheitä',
      warnings: 'Varoituksia',
      waived: 'Poikkeusluvalla',
      location: 'Sijainti',
      touchpoint: 'Kosketuspiste',
      touchpointName: 'Kosketuspisteen nimi',
      touchpointDelivered: 'Lunastettu',
      reason: 'Miksi lunastamatta',
      validUntil: 'Näyttö voimassa asti',
      planDue: 'Suunnitelman määräpäivä',
      planNote: 'Suunnitelman muistiinpano',
    }),
    csvBoolean: (p: { value: boolean }) => (p.value ? 'kyllä' : 'ei'),
    summaryTruncated: (p: { limit: string }) =>
      `Raportti katkaistiin tähän, jotta se mahtuu työn yhteenvedon ${p.limit}:n rajaan; koko raportti on lokissa tai --report-valitsimella kirjoitetussa tiedostossa.`,
    summaryNotWritten: (p: { file: string; reason: string }) =>
      `raporttia ei voi lisätä työn yhteenvetoon (GITHUB_STEP_SUMMARY, ${q(p.file)}): ${p.reason} — huomautukset ja paluukoodi ovat samat kuin muutenkin`,
    summaryFull: (p: { limit: string }) =>
      `työn yhteenvedossa on jo lähes ${p.limit}, GitHubin raja yhdelle vaiheelle: raporttia ei lisätty siihen`,
    badReport: (p: { value: string; formats: string[] }) =>
      `--report tarvitsee muodon MUOTO=TIEDOSTO, jossa MUOTO on jokin näistä: ${list(p.formats, '', 20)}, esimerkiksi --report sarif=promises.sarif — ei ${q(p.value)}`,
    reportToStdout: (p: { value: string; instead: string }) =>
      `--report kirjoittaa tiedostoon ja vakiotulosteeseen tulee --format-valitsimen raportti — anna tiedoston nimi (${q(p.instead)}) tai käytä vakiotulosteeseen --format-valitsinta`,
    invalidRegister: (_: Record<string, never>) => 'Rekisteriä ei voi lukea tai se ei ole kelvollinen: mitään ei tarkastettu',
    notAReport: (p: { file: string }) => `tiedostossa ${q(p.file)} ei ole aiempaa tämän muotoista raporttia, joten rekisterin ongelmia ei kirjoiteta sen päälle — valitse toinen tiedosto`,
    reportIsStdout: (p: { file: string; instead: string }) =>
      `${q(p.file)} on vakiotulosteen kohde, ja sinne tulee --format-valitsimen raportti — anna --report-valitsimelle toinen tiedosto (${q(p.instead)}) tai kirjoita --format-valitsimen raportti valitsimella -o`,
    reportTwice: (p: { file: string }) => `${q(p.file)} on annettu useammalle raportille — anna jokaiselle raportille oma tiedosto`,
    refuseReportOverRegister: (p: { file: string }) =>
      `raporttia ei kirjoiteta tiedoston ${q(p.file)} päälle, koska rekisteri luetaan siitä — valitse --report-valitsimelle toinen tiedosto`,
  },
  help: {
    texts: (_: Record<string, never>) => ({
      usage: 'Käyttö:',
      options: 'Valitsimet:',
      commands: 'Komennot:',
      arguments: 'Argumentit:',
      default: 'oletus',
      choices: 'vaihtoehdot',
      program: 'Ensin lunastus, sitten lupaus: tarkastaa brändilupausten rekisterin ja estää julkistamasta lupausta, jota ei ole vielä lunastettu.',
      version: 'näytä versio',
      help: 'näytä ohje',
      helpCommand: 'näytä komennon ohje',
      debug: 'näytä sisäisten virheiden pinolistaus',
      programAfter: `
Paluukoodit: 0 tarkastus menee läpi, 1 tarkastus ei mene läpi, 2 rekisteri tai
komentorivi on virheellinen.

Esimerkkejä:
  $ promise-audit init                kirjoita aloitusrekisteri promises.yaml
  $ promise-audit validate            onko ./promises.yaml oikein muotoiltu
  $ promise-audit check examples/webshop.yaml
                                      julkistuksen tarkastus
  $ promise-audit explain phone-answered examples/webshop.yaml
                                      miksi lupauksella on tilansa
  $ promise-audit scan content/       väitteet, joita lupaukset eivät kata
  $ promise-audit                     ./promises.yaml-tiedoston "check"

Ohjeet: https://github.com/promise-audit/promise-audit#readme`,
      lang: 'viestien ja raporttien kieli (oletus: rekisterin locale, muuten en)',
      maxSize: 'hylkää tätä suurempi rekisteri tai tiedosto, jonka se sisällyttää tai josta se lukee dataa',
      maxAliases: 'hylkää rekisteri, jossa YAML-aliaksia laajennettaisiin useammin kuin tämän verran',
      color: 'pakota värit',
      noColor: 'ei värejä (myös: NO_COLOR=1)',
      noGitignore: 'hae myös tiedostoista, jotka .gitignore jättää pois',
      maxFileSize: 'ohita tätä suuremmat tekstien tiedostot ja kerro niistä',
      register: 'rekisteritiedosto (oletus: ./promises.yaml tai ./promises.yml)',
      asOf: 'tarkastuspäivä, VVVV-KK-PP (oletus: rekisterin as_of, muuten tänään)',
      reportFormat: 'raportin muoto',
      outputFormat: 'tulosteen muoto',
      output: 'kirjoita raportti tiedostoon kokonaan tai ei lainkaan ("-": vakiotuloste, oletus)',
      noSummary: '--format github: älä lisää Markdown-raporttia tiedostoon $GITHUB_STEP_SUMMARY',
      csvRows: 'csv: rivi lupausta kohden tai lupauksen kosketuspistettä kohden',
      failOn: 'lievin vakavuustaso, jolla tarkastus ei mene läpi',
      quiet: 'table: näytä vain virheet ja tulos',
      checkDescription: 'julkistuksen tarkastus: käy läpi jokaisen lupauksen valmiuden; ei mene läpi, jos lupaus julkistettaisiin lunastamattomana',
      checkSummary: 'julkistuksen tarkastus: ei mene läpi, jos lupaus julkistettaisiin lunastamattomana',
      checkCampaign: 'tarkasta vain tämän kampanjan lupaukset',
      checkReport: 'kirjoita samasta tarkastuksesta myös raportti toisessa muodossa tiedostoon (voi toistaa)',
      checkCopy: 'hae samaan raporttiin väitteitä myös teksteistä (tiedostot, kansiot, globit) — anna se rekisterin jälkeen',
      checkAfter: `
Esimerkkejä:
  $ promise-audit check                           ./promises.yaml, tänään
  $ promise-audit check promises.yaml --as-of 2026-11-30
                                                  kuin julkistuspäivänä
  $ promise-audit check --campaign christmas-2026 vain kampanjan lupaukset
  $ promise-audit check --format json -o report.json
                                                  koneluettava raportti
  $ promise-audit check --format github --report sarif=promises.sarif \\
      --report junit=promises.xml                 huomautukset lokiin ja
                                                  tiedostot CI:lle (docs/ci.md)`,
      scanPaths: 'tekstien tiedostot, kansiot tai globit (oletus: työkansio .gitignoren mukaan); !glob jättää tiedostoja pois',
      scanDescription: 'hae teksteistä rekisterin väitteitä ja yleisiä ympäristöväitteitä: jos teksti väittää lupausta, joka ei ole valmis, tarkastus ei mene läpi',
      scanSummary: 'hae teksteistä väitteitä lunastamattomista lupauksista ja yleisiä ympäristöväitteitä',
      scanRegister: 'rekisteri (oletus: ./promises.yaml tai ./promises.yml)',
      scanCampaign: 'vain tämän kampanjan lupausten väitteet',
      scanReport: 'kirjoita samasta hausta myös raportti toisessa muodossa tiedostoon (voi toistaa)',
      scanAfter: `
Muodot: Markdown ja MDX (myös front matter), HTML ja sivupohjat (näkyvä teksti,
alt, title, meta description), JSON ja YAML (merkkijonot), pelkkä teksti.
Väitteen sana voi päättyä tähteen, joka sopii mihin tahansa päätteeseen:
"kuvien lajittelu*".
Tarkistetun väärän hälytyksen voi ohittaa edeltävällä rivillä, syy mukana:
  <!-- promise-audit-ignore generic-claim: FSC-sertifikaatti näytetään -->

Esimerkkejä:
  $ promise-audit scan                   työkansio, ./promises.yaml
  $ promise-audit scan content/ --register brand/promises.yaml
  $ promise-audit scan 'site/**/*.html' '!site/archive/**'
  $ promise-audit check promises.yaml --copy content/
                                         rekisteri ja tekstit, yksi raportti`,
      explainPromise: 'selitettävän lupauksen tunniste',
      explainDescription: 'miksi lupauksella on tilansa: näyttö kosketuspisteittäin, julkistuspäivä, havainnot, mitä tehdä seuraavaksi (paluukoodi aina 0)',
      explainSummary: 'miksi lupauksella on tilansa, kosketuspiste kerrallaan (paluukoodi 0)',
      explainCampaign: 'selitä kuten tämän kampanjan tarkastuksessa',
      explainAfter: `
Esimerkkejä:
  $ promise-audit explain two-day-delivery
  $ promise-audit explain two-day-delivery examples/webshop.yaml --format json`,
      validateDescription: 'tarkista, että rekisteri on oikein muotoiltu; jokainen ongelma muodossa tiedosto:rivi:sarake',
      validateAfter: `
Esimerkkejä:
  $ promise-audit validate
  $ promise-audit validate marketing/promises.yaml --format json`,
      schemaDescription: 'tulosta rekisterin JSON Schema (draft 2020-12) editoreille',
      schemaOutput: 'kirjoita se tiedostoon ("-": vakiotuloste, oletus)',
      schemaPart: '`include`-kohdassa nimetyn tiedoston skeema (`owners`, `touchpoints`, `campaigns`, `promises`, `evidence`)',
      schemaAfter: `
Esimerkkejä:
  $ promise-audit schema -o register.schema.json
  $ promise-audit schema --part -o register-part.schema.json
ja aloita promises.yaml rivillä:
  # yaml-language-server: $schema=./register.schema.json`,
      initFile: 'mihin aloitusrekisteri kirjoitetaan',
      initDescription: 'kirjoita kommentoitu aloitusrekisteri (ei koskaan korvaa tiedostoa)',
      initLang: 'aloitusrekisterin kieli',
      initAfter: `
Esimerkkejä:
  $ promise-audit init
  $ promise-audit init brand/promises.yaml --lang fi`,
    }),
  },
  document: {
    title: (p: { brand: string }) => `Lupausten valmius: ${p.brand}`,
    meta: (p: { asOf: string; campaign: string | null; campaignName?: string }) =>
      `Tarkastuspäivä ${p.asOf} · ${p.campaign ? `kampanja ${p.campaignName ?? p.campaign} (${p.campaign})` : 'koko rekisteri'}`,
    policy: (p: { leadTimeDays: number; evidenceMaxAgeDays: number }) =>
      `Lunastus on varmistettava ${days(p.leadTimeDays)} ennen julkistusta; näyttö on voimassa ${days(p.evidenceMaxAgeDays)}, ellei siinä sanota toisin.`,
    headings: (_: Record<string, never>) => ({
      counts: 'Lupaukset tiloittain',
      promises: 'Lupaukset',
      grid: 'Lunastus kosketuspisteittäin',
      actions: 'Ennen julkistusta, omistajittain',
      timeline: 'Aikajana: ensin lunastus, sitten lupaus',
      journey: 'Asiakaspolun kattavuus',
      findings: 'Havainnot',
      waivers: 'Poikkeusluvat',
      trail: 'Kirjausketju',
    }),
    countColumns: (_: Record<string, never>) => ({ errors: 'Virheet', warnings: 'Varoitukset', waived: 'Poikkeusluvalla' }),
    promiseColumns: (_: Record<string, never>) => ({
      status: 'Tila',
      promise: 'Lupaus',
      statement: 'Sanamuoto',
      tier: 'Taso',
      announce: 'Julkistus',
      touchpoints: 'Lunastettu',
      next: 'Seuraavaksi',
    }),
    notScheduled: (_: Record<string, never>) => 'ei päätetty',
    readyNotListed: (p: { count: number }) =>
      `${p.count === 1 ? '1 valmis lupaus jätettiin' : `${p.count} valmista lupausta jätettiin`} luettelematta, jotta raportti pysyy lyhyenä; JSON- ja HTML-raportit luettelevat kaikki.`,
    moreRows: (p: { count: number }) =>
      `… ja vielä ${p.count} ${p.count === 1 ? 'muu' : 'muuta'}, jätetty luettelematta, jotta raportti pysyy lyhyenä; JSON- ja HTML-raportit luettelevat kaikki.`,
    actionsIntro: (_: Record<string, never>) =>
      'Mitä kunkin tiimin on tehtävä ja mihin mennessä, jotta jokainen lupaus pitää kaikkialla, missä asiakas sen kohtaa. Lupaukset lunastaa koko talo, ei vain markkinointi.',
    noActions: (_: Record<string, never>) => 'Ei tehtävää: jokainen tarkastettava lupaus on lunastettu, eikä avoimia havaintoja ole.',
    actionColumns: (_: Record<string, never>) => ({ deadline: 'Määräaika', promise: 'Lupaus', touchpoint: 'Kosketuspiste', action: 'Tehtävä' }),
    unowned: (_: Record<string, never>) => 'Ei omistajaa',
    deadlineNow: (p: { since?: string }) => (p.since ? `heti: julkinen ${p.since} alkaen` : 'heti'),
    deadlineBy: (p: { date: string; daysLeft: number }) => `viimeistään ${p.date} (${p.daysLeft === 0 ? 'tänään' : `${days(p.daysLeft)} jäljellä`})`,
    deadlineBeforeAnnouncing: (_: Record<string, never>) => 'ennen julkistusta',
    actionDeliver: (p: { touchpoint: string; reason: string }) => `lunasta kosketuspisteessä ${p.touchpoint} ja kirjaa näyttö (nyt: ${p.reason})`,
    actionPlan: (p: { due: string; note?: string }) => `suunnitelman määräpäivä ${p.due}${p.note ? `: ${p.note}` : ''}`,
    actionRenew: (p: { touchpoint: string; validUntil: string }) =>
      `varmista lunastus uudelleen kosketuspisteessä ${p.touchpoint}: näyttö on voimassa ${p.validUntil} asti`,
    timelineIntro: (_: Record<string, never>) =>
      'Jokaisesta julkistetusta tai julkistettavasta lupauksesta: milloin lunastus varmistettiin ensimmäisen kerran varhaisimman kirjatun näytön mukaan (viimeisessäkin kosketuspisteessä) ja milloin lupaus julkistetaan. Ensin lunastus, sitten lupaus.',
    timelineAuditDay: (_: Record<string, never>) => 'Tarkastuspäivä',
    timelineLegend: (_: Record<string, never>) =>
      '✔ lunastettu ennen julkistusta · ⚠ julkistettu ennen varhaisinta lunastusnäyttöä · ✖ julkinen, lunastamatta · ◷ julkistus tulossa, vielä lunastamatta',
    timelineColumns: (_: Record<string, never>) => ({ promise: 'Lupaus', delivered: 'Lunastus varmistettu', announce: 'Julkistus', order: 'Ensin lunastus?' }),
    timelineState: (p: { kind: 'deliveredFirst' | 'announcedFirst' | 'broken' | 'upcoming'; days: number }) => {
      switch (p.kind) {
        case 'deliveredFirst':
          return p.days === 0 ? '✔ lunastettu julkistuspäivänä' : `✔ lunastettu ${days(p.days)} ennen julkistusta`;
        case 'announcedFirst':
          return `⚠ julkistettu ${days(p.days)} ennen varhaisinta kirjattua lunastusnäyttöä`;
        case 'broken':
          return p.days === 0 ? '✖ julkinen tänään alkaen, lunastamatta' : `✖ ollut julkisena ${days(p.days)}, lunastamatta`;
        case 'upcoming':
          return p.days === 1 ? '◷ julkistus huomenna, vielä lunastamatta' : `◷ julkistus ${p.days} päivän päästä, vielä lunastamatta`;
      }
    },
    timelineMarkers: (_: Record<string, never>) => ({ delivered: 'lunastus varmistettu', announce: 'julkistus', auditDay: 'tarkastuspäivä' }),
    notDelivered: (_: Record<string, never>) => 'lunastamatta',
    noTimeline: (_: Record<string, never>) => 'Yhtään lupausta ei ole vielä julkistettu, eikä julkistuspäivää ole päätetty.',
    journeyIntro: (_: Record<string, never>) =>
      'Missä asiakaspolun vaiheissa lupauksia annetaan ja missä ne pidetään: pidetyt/annetut kosketuspisteittäin (✔ kaikki pidetty, ✖ kaikkia ei pidetty, — ei lupauksia).',
    journeyStage: (_: Record<string, never>) => 'Vaihe',
    journeyAll: (_: Record<string, never>) => 'Kaikki kosketuspisteet',
    stage: (p: { stage: 'awareness' | 'consideration' | 'purchase' | 'waiting' | 'delivery' | 'use' | 'aftercare' | null }) =>
      p.stage === null
        ? 'vaihe puuttuu'
        : { awareness: 'tietoisuus', consideration: 'harkinta', purchase: 'osto', waiting: 'odotus', delivery: 'toimitus', use: 'käyttö', aftercare: 'jälkipalvelu' }[
            p.stage
          ],
    journeyNone: (_: Record<string, never>) => 'ei lupauksia',
    journeyNoStages: (_: Record<string, never>) =>
      'Yksikään lupaus ei kerro, mihin asiakaspolun vaiheeseen se kuuluu, joten kattavuutta ei voi näyttää — anna jokaiselle lupaukselle vaihe (stage: awareness, consideration, purchase, waiting, delivery, use tai aftercare), niin näet, mitkä vaiheet on luvattu ja lunastettu.',
    journeyGaps: (p: { stages: string[]; waiting: boolean }) =>
      `${p.stages.length === 1 ? 'Tässä vaiheessa' : 'Näissä vaiheissa'} ei anneta yhtään lupausta: ${p.stages.join(', ')}. Asiakas kohtaa brändin niissäkin` +
      (p.waiting ? ' — ja odotus oston ja toimituksen välissä on vaihe, joka unohtuu useimmin.' : '.'),
    journeyCovered: (_: Record<string, never>) => 'Asiakaspolun jokaisessa vaiheessa on ainakin yksi lupaus.',
    findingColumns: (_: Record<string, never>) => ({
      severity: 'Vakavuus',
      rule: 'Sääntö',
      promise: 'Lupaus',
      touchpoint: 'Kosketuspiste',
      location: 'Kohta',
      message: 'Viesti',
    }),
    waivedTag: (_: Record<string, never>) => 'poikkeusluvalla',
    waivedBy: (p: { reason: string; approvedBy: string; expires: string }) =>
      `poikkeuslupa: ${p.reason} (hyväksyjä ${p.approvedBy}, voimassa ${p.expires} asti)`,
    waiverColumns: (_: Record<string, never>) => ({
      promise: 'Lupaus',
      rule: 'Sääntö',
      touchpoint: 'Kosketuspiste',
      reason: 'Peruste',
      approvedBy: 'Hyväksyjä',
      expires: 'Voimassa asti',
      state: 'Tila',
    }),
    waiverState: (p: { live: boolean; covers: number }) => (p.live ? `voimassa, koskee ${p.covers} havaintoa` : 'vanhentunut, ei enää päde'),
    noWaivers: (_: Record<string, never>) => 'Ei poikkeuslupia.',
    trailIntro: (_: Record<string, never>) => 'Jokaisesta valmiista lupauksesta näyttö, jonka ansiosta se on valmis, kosketuspisteittäin.',
    trailColumns: (_: Record<string, never>) => ({
      promise: 'Lupaus',
      touchpoint: 'Kosketuspiste',
      evidence: 'Näyttö',
      verified: 'Varmistettu',
      by: 'Varmistaja',
      figure: 'Luku',
      validUntil: 'Voimassa asti',
      source: 'Lähde',
    }),
    figure: (p: { actual: string; unit?: string; target: string }) => `${p.actual}${p.unit ? ` ${p.unit}` : ''} (tavoite ${p.target})`,
    evidenceKind: (p: { kind: string }) =>
      ({ metric: 'mittari', survey: 'kysely', test: 'testi', process: 'prosessi', launch: 'käyttöönotto', document: 'dokumentti' })[p.kind] ?? p.kind,
    noTrail: (_: Record<string, never>) => 'Yksikään lupaus ei ole vielä valmis.',
    trailOmitted: (p: { count: number }) =>
      `Näyttöä ei luetella (valmiita lupauksia ${p.count}), jotta raportti pysyy lyhyenä; JSON- ja HTML-raportit luettelevat sen kokonaan.`,
    gridIntro: (_: Record<string, never>) => 'Jokainen lupaus jokaisessa kosketuspisteessä, jossa se on pidettävä.',
    gridDelivered: (_: Record<string, never>) => 'lunastettu',
    gridNotDelivered: (_: Record<string, never>) => 'lunastamatta',
    gridNotRequired: (_: Record<string, never>) => 'ei koske tätä kosketuspistettä',
    footer: (_: Record<string, never>) => 'Tehty promise-auditilla: ensin lunastus, sitten lupaus.',
  },
};

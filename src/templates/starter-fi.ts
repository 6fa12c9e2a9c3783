/** Suomenkielinen aloitusrekisteri, jonka `promise-audit init --lang fi` kirjoittaa. Testi varmistaa, että se on kelvollinen. */
export const starterFi = `# yaml-language-server: $schema=node_modules/promise-audit/schema/register.schema.json
# Brändilupausten rekisteri: ensin toimitus, sitten lupaus.
# Muodon kuvaus: https://github.com/promise-audit/promise-audit/blob/main/docs/register.md
# (ei npm-asennusta? aja "promise-audit schema -o register.schema.json" ja osoita ylärivi siihen)
version: 1
brand: Esimerkki Oy
locale: fi
policy:
  evidence_max_age_days: 365   # tätä vanhempi näyttö on vanhentunut
  lead_time_days: 14           # toimitus on todennettava näin monta päivää ennen julkistusta

# Lupauksen pitää koko talo, ei markkinointi yksin.
owners:
  logistiikka: { name: Logistiikka, contact: logistiikka@example.fi }
  asiakaspalvelu: { name: Asiakaspalvelu }
  markkinointi: { name: Markkinointi }

# Kaikki paikat, joissa asiakas kohtaa brändin.
touchpoints:
  verkkokauppa: { name: Verkkokauppa }
  asiakaspalvelu: { name: Asiakaspalvelu, owner: asiakaspalvelu }

campaigns:
  kevatkampanja:
    name: Kevätkampanja
    launch: 2030-03-02
    promises: [kahden-arkipaivan-toimitus]

promises:
  - id: kahden-arkipaivan-toimitus
    statement: Tilauksesi on perillä kahdessa arkipäivässä
    tier: hygiene                 # hygiene: pitää yksinkertaisesti toimia; differentiator: "wow" sen päälle
    stage: delivery
    owner: logistiikka
    touchpoints: [verkkokauppa, asiakaspalvelu]
    claims: ["kahdessa arkipäivässä", "perillä 2 päivä*"]   # sanat, joilla lupaus näkyy mainoksissa; * sallii taivutuksen
    evidence:
      - touchpoint: verkkokauppa
        kind: metric
        summary: Toimitusajan p90, edellinen kuukausi
        verified: 2026-01-15
        by: logistiikka
        target: "<= 2"
        actual: 1.8
        unit: päivää
    plan:
      - touchpoint: asiakaspalvelu
        due: 2030-02-01
        note: Asiakaspalvelu näkee jokaisen paketin seurannan
`;

/**
 * A register whose every piece of free text tries to break out of a report:
 * Markdown table pipes and line breaks, raw HTML, links and images, code,
 * emphasis, math, autolinks, mentions, Mermaid syntax and keywords, and a
 * trailing backslash that would escape a cell's closing pipe.
 */
export const HOSTILE =
  'Pipes | and \\| back\\slash\nnew line <script>alert(1)</script> <img src=x onerror=alert(2)> `code` **bold** _em_ ' +
  '[x](javascript:alert(1)) ![i](https://evil.example/i.png) $x^2$ https://evil.example www.evil.example a@b.example @someone #12 ' +
  '&amp; &#124; <!-- c --> ~~gone~~ </td></tr></table> "quoted" \'single\' \\';

/** Starts like Markdown block syntax and holds Mermaid statements, comments and a code fence. */
export const MERMAID_BREAKER = '- section evil: x ; click y call z()\n```\n%% comment #35; title Owned';

const s = (text: string) => JSON.stringify(text);

export const HOSTILE_YAML = `version: 1
brand: ${s(`# Brand | ${HOSTILE}`)}
owners:
  ops: { name: ${s(`- Ops ${HOSTILE}`)}, contact: ${s('ops@example.com <x>|')} }
  mkt: { name: Marketing }
touchpoints:
  web: { name: ${s(`1. Web | shop ${HOSTILE}`)}, owner: ops }
  shop: { name: ${s('Shop <b>|</b>')} }
campaigns:
  launch:
    name: ${s(`Campaign ${HOSTILE}`)}
    launch: 2026-12-20
    promises: [p-ready]
promises:
  - id: p-ready
    statement: ${s(HOSTILE)}
    tier: differentiator
    stage: waiting
    owner: mkt
    touchpoints: [web]
    announce: 2026-10-01
    evidence:
      - touchpoint: web
        kind: metric
        summary: ${s(HOSTILE)}
        verified: 2026-11-01
        by: ops
        source: ${s('javascript:alert(1) | <script>x</script>')}
        target: "<= 2"
        actual: 1.5
        unit: ${s('<u>days</u>|')}
    waivers:
      - rule: customer-voice
        reason: ${s(HOSTILE)}
        approved_by: mkt
        expires: 2027-01-31
  - id: p-broken
    statement: ${s(MERMAID_BREAKER)}
    tier: hygiene
    owner: ops
    announce: 2026-01-01
  - id: p-pending
    statement: ${s(`1. ${MERMAID_BREAKER}`)}
    tier: hygiene
    owner: mkt
    touchpoints: [shop]
    announce: 2027-06-01
    plan:
      - touchpoint: shop
        due: 2027-05-01
        note: ${s(HOSTILE)}
`;

/** The starter register `promise-audit init` writes (English). It must validate: a test checks it. */
export const starterEn = `# yaml-language-server: $schema=node_modules/promise-audit/schema/register.schema.json
# A register of brand promises: deliver first, promise second.
# Format reference: https://github.com/promise-audit/promise-audit/blob/main/docs/register.md
# (no npm install? run "promise-audit schema -o register.schema.json" and point the line above at it)
version: 1
brand: Example Ltd
locale: en
policy:
  evidence_max_age_days: 365   # evidence older than this has expired
  lead_time_days: 14           # delivery must be verified this long before announcing

# The whole house keeps a promise, not marketing alone.
owners:
  logistics: { name: Logistics, contact: logistics@example.com }
  customer-service: { name: Customer service }
  marketing: { name: Marketing }

# Everywhere customers meet the brand.
touchpoints:
  webshop: { name: Web shop }
  customer-service: { name: Customer service, owner: customer-service }

campaigns:
  spring-launch:
    name: Spring launch
    launch: 2030-03-02
    promises: [two-day-delivery]

promises:
  - id: two-day-delivery
    statement: Your order arrives within two working days
    tier: hygiene                 # hygiene: must simply hold; differentiator: the "wow" on top
    stage: delivery
    owner: logistics
    touchpoints: [webshop, customer-service]
    claims: ["two working days", "arrives in 2 days"]   # phrases that announce it in copy
    evidence:
      - touchpoint: webshop
        kind: metric
        summary: Delivery time p90, last month
        verified: 2026-01-15
        by: logistics
        target: "<= 2"
        actual: 1.8
        unit: days
    plan:
      - touchpoint: customer-service
        due: 2030-02-01
        note: Customer service can track every parcel
`;

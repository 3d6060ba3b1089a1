/** A new threat starts from the Security SIG's template (XEP-0139), with a tree of two leaves to edit. */
export const NEW_THREAT_YAML = `slug: new-threat
name: A new threat
status: draft
tags: []
abstract: |
  One paragraph: who attacks what, and what they gain.
definition: |
  How the attack works, and when it succeeds.
tree:
  root: goal
  nodes:
    - id: goal
      label: What the attacker wants
      gate: or
      children: [first-way, second-way]
    - id: first-way
      label: One way to get there
      estimate:
        likelihood: 0.1
        cost: 1000
        skill: skilled
    - id: second-way
      label: Another way
      estimate:
        likelihood: 0.05
        cost: 10000
        skill: expert
likelihood: medium
damage: medium
existingApproaches:
  - name: What exists today
    description: |
      The XEPs and RFCs that address it, and how far they get.
    refs: []
gap: |
  What they leave open.
potentialApproaches: []
recommendation: |
  What the XSF should do (which may be "do nothing at this time").
links:
  xeps: []
  rfcs: []
  cves: []
`;

import { describe, expect, it } from 'vitest';
import { AttackTreeSchema, checkTreeStructure, TREE_LIMITS, type AttackTree } from './attack-tree.ts';
import { parseThreatYaml } from './register-yaml.ts';
import type { RegisterIssue } from './issues.ts';
import { threatYaml } from './test-generators.ts';

function issuesOf(tree: string): RegisterIssue[] {
  const result = parseThreatYaml(threatYaml(tree));
  if (result.ok) throw new Error('expected the tree to be rejected');
  return result.issues;
}

const VALID = `  root: goal
  nodes:
    - id: goal
      label: Reach the goal
      gate: or
      children: [step-a, step-b]
    - id: step-a
      label: First way
      estimate: { likelihood: 0.5, cost: 100, skill: basic }
    - id: step-b
      label: Second way
      estimate: { likelihood: 0.1, cost: 10, skill: expert }`;

describe('attack tree validation', () => {
  it('accepts a well-formed tree', () => {
    const result = parseThreatYaml(threatYaml(VALID));
    expect(result.ok).toBe(true);
  });

  it('rejects a child that is not defined, naming the node and the line', () => {
    const issues = issuesOf(VALID.replace('children: [step-a, step-b]', 'children: [step-a, step-c]'));
    expect(issues.map((i) => i.code)).toEqual(['unknown-node', 'unreachable-node']);
    expect(issues[0]).toMatchObject({ code: 'unknown-node', node: 'goal', line: 13 });
    expect(issues[0]!.message).toContain('"step-c"');
    expect(issues[0]!.message).toContain('node "goal"');
  });

  it('rejects a root that is not defined', () => {
    const issues = issuesOf(VALID.replace('root: goal', 'root: nowhere'));
    expect(issues.map((i) => i.code)).toContain('unknown-node');
    expect(issues.find((i) => i.code === 'unknown-node')!.message).toContain('"nowhere"');
  });

  it('rejects a cycle and spells it out', () => {
    const tree = `  root: a
  nodes:
    - id: a
      label: A
      gate: and
      children: [b]
    - id: b
      label: B
      gate: or
      children: [c]
    - id: c
      label: C
      gate: or
      children: [a]`;
    const issues = issuesOf(tree);
    const cycle = issues.find((i) => i.code === 'cycle')!;
    expect(cycle.node).toBe('c');
    expect(cycle.message).toContain('a → b → c → a');
    expect(cycle.line).toBe(21);
  });

  it('rejects a node with children but no gate', () => {
    const issues = issuesOf(VALID.replace('      gate: or\n', ''));
    expect(issues[0]).toMatchObject({ code: 'missing-gate', node: 'goal' });
    expect(issues[0]!.message).toMatch(/node "goal" has children but no gate/);
  });

  it('rejects a gate on a leaf', () => {
    const issues = issuesOf(VALID.replace('      label: First way\n', '      label: First way\n      gate: and\n'));
    expect(issues[0]).toMatchObject({ code: 'gate-on-leaf', node: 'step-a' });
  });

  it('rejects a leaf without estimates', () => {
    const issues = issuesOf(VALID.replace('      estimate: { likelihood: 0.1, cost: 10, skill: expert }', ''));
    expect(issues[0]).toMatchObject({ code: 'leaf-without-estimate', node: 'step-b' });
    expect(issues[0]!.message).toContain('leaf "step-b"');
  });

  it.each([
    ['likelihood: 1.5', 'likelihood is a probability'],
    ['likelihood: -0.1', 'likelihood is a probability'],
    ['cost: -5', 'cost must not be negative'],
    ['cost: 12.5', 'whole number'],
    ['skill: wizard', 'skill is one of none, basic, skilled, expert, state'],
  ])('rejects a bad estimate value (%s) naming the node', (replacement, expected) => {
    const [key] = replacement.split(':');
    const original = { likelihood: 'likelihood: 0.5', cost: 'cost: 100', skill: 'skill: basic' }[key as 'likelihood' | 'cost' | 'skill'];
    const issues = issuesOf(VALID.replace(original, replacement));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'bad-estimate', node: 'step-a', line: 16 });
    expect(issues[0]!.message).toContain('node "step-a"');
    expect(issues[0]!.message).toContain(expected);
  });

  it('rejects a duplicate id', () => {
    const issues = issuesOf(VALID.replace('- id: step-b', '- id: step-a'));
    const duplicate = issues.find((i) => i.code === 'duplicate-id')!;
    expect(duplicate.message).toContain('node "step-a" is defined twice');
    expect(duplicate.line).toBe(17);
  });

  it('rejects nodes that cannot be reached from the root', () => {
    const issues = issuesOf(`${VALID}
    - id: orphan
      label: Forgotten
      estimate: { likelihood: 0.5, cost: 1, skill: none }`);
    expect(issues[0]).toMatchObject({ code: 'unreachable-node', node: 'orphan' });
  });

  it('rejects an estimate on an inner node, a bad gate and an unknown field', () => {
    expect(issuesOf(VALID.replace('gate: or', 'gate: xor'))[0]).toMatchObject({ code: 'bad-gate', node: 'goal' });
    expect(
      issuesOf(VALID.replace('      gate: or\n', '      gate: or\n      estimate: { likelihood: 0.5, cost: 1, skill: none }\n'))[0],
    ).toMatchObject({ code: 'estimate-on-inner-node', node: 'goal' });
    const unknown = issuesOf(VALID.replace('label: First way', 'label: First way\n      likelyhood: 0.3'))[0]!;
    expect(unknown).toMatchObject({ code: 'unknown-field', node: 'step-a' });
    expect(unknown.message).toContain('"likelyhood"');
  });

  it('rejects labels that are too long, naming the node', () => {
    const issues = issuesOf(VALID.replace('label: First way', `label: ${'x'.repeat(TREE_LIMITS.labelLength + 1)}`));
    expect(issues[0]!.node).toBe('step-a');
    expect(issues[0]!.message).toContain(`at most ${TREE_LIMITS.labelLength} characters`);
  });

  it('checks structure independently of YAML', () => {
    const tree: AttackTree = {
      root: 'a',
      nodes: [
        { id: 'a', label: 'A', gate: 'or', children: ['a', 'b', 'b'] },
        { id: 'b', label: 'B', estimate: { likelihood: 1, cost: 0, skill: 'none' } },
      ],
    };
    const codes = checkTreeStructure(tree).map((i) => i.code).sort();
    expect(codes).toEqual(['cycle', 'duplicate-child']);
    expect(AttackTreeSchema.safeParse(tree).success).toBe(false);
  });
});

// Accuracy on the shared benchmarks: `npm run eval -- <stage> [file.jsonl ...] [--flags]`.
// Each stage's scorer lives in scripts/eval/<stage>.ts and exports `run(args)`; the
// benchmark data is read from the path given (default ../shared/bench/...), never copied.
const [stage, ...args] = process.argv.slice(2);
// prettier-ignore
const stages = ['dates', 'entities', 'quotes', 'clean', 'flags'];
if (!stage || !stages.includes(stage)) {
  console.error(`usage: npm run eval -- <${stages.join('|')}> [file.jsonl ...]`);
  process.exit(2);
}
const mod = (await import(`./eval/${stage}.ts`)) as { run(args: string[]): Promise<void> | void };
await mod.run(args);

// Accuracy on the shared benchmarks: `npm run eval -- <stage> [file.jsonl ...] [--flags]`.
// Each stage's scorer lives in scripts/eval/<stage>.ts and exports `run(args)`; the
// benchmark data is read from the path given (default ../shared/bench/...), never copied.
const [stage, ...args] = process.argv.slice(2);
// prettier-ignore
const stages = ['dates', 'entities', 'entity-forms', 'quotes', 'clean', 'flags'];
const usage = `usage: npm run eval -- <${stages.join('|')}> [file.jsonl ...] (options: the header of scripts/eval/<stage>.ts)`;
if (stage === '--help' || stage === '-h' || args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
if (!stage || !stages.includes(stage)) {
  console.error(usage);
  process.exit(2);
}
const mod = (await import(`./eval/${stage}.ts`)) as { run(args: string[]): Promise<void> | void };
await mod.run(args);

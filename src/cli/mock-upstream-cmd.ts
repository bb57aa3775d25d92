/** `distillguard mock-upstream`: a fake OpenAI + Anthropic API (with reasoning, SSE) for tests, demo and benchmarks. */
import { MockUpstream } from '../gateway/mock-upstream.js';
import { numberOpt, stringOpt, type Command } from './command.js';

export const mockUpstreamCommand: Command = {
  name: 'mock-upstream',
  summary: 'run a mock OpenAI/Anthropic API (JSON and SSE, with reasoning) for tests, demos and benchmarks',
  options: {
    port: { type: 'string', value: 'N', default: '8081', description: 'port to listen on (0 = any)' },
    host: { type: 'string', value: 'HOST', default: '127.0.0.1', description: 'address to bind' },
    'latency-ms': { type: 'string', value: 'N', default: '0', description: 'delay before each response' },
    words: { type: 'string', value: 'N', default: '24', description: 'words of answer text per response' },
    chunks: { type: 'string', value: 'N', default: '8', description: 'stream chunks per answer' },
    'chunk-delay-ms': { type: 'string', value: 'N', default: '0', description: 'delay between stream chunks' },
  },
  details: `
Reasoning is returned when the request asks for it: OpenAI \`reasoning_effort\` → reasoning_content;
Anthropic \`thinking: {type: "enabled"}\` → a thinking block. Per-request headers: x-mock-delay-ms,
x-mock-status. GET /mock/stats gives call counts.`,
  async run(ctx) {
    const mock = new MockUpstream({
      latencyMs: numberOpt(ctx, 'latency-ms', 0), words: numberOpt(ctx, 'words', 24),
      chunks: numberOpt(ctx, 'chunks', 8), chunkDelayMs: numberOpt(ctx, 'chunk-delay-ms', 0),
    });
    const url = await mock.listen(numberOpt(ctx, 'port', 8081), stringOpt(ctx, 'host') ?? '127.0.0.1');
    process.stderr.write(`mock upstream on ${url}\n`);
    // Benchmarks read the URL from stdout.
    process.stdout.write(url + '\n');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await mock.close();
    return 0;
  },
};

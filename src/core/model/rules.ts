import type { QuantityRule } from './values';

// The quantity rules of the language in one place, so messages and docs agree.
const cores = (range: boolean, integer: boolean, example: string): QuantityRule => ({
  dimension: 'cores', what: range ? 'what.coresRange' : integer ? 'what.wholeCores' : 'what.cores', example, range, sign: 'positive', integer, bare: true,
});

/** Quantity rules by property and the kind of layer it is written in. */
export const RULES = {
  hardwareCpu: cores(false, true, 'cpu 32 cores'),
  containerCpu: cores(true, false, 'cpu 0.5..2'),
  appCpu: cores(false, false, 'cpu 2 cores'),
  vcpu: cores(false, true, 'vcpu 4'),
  memory: { dimension: 'size', what: 'what.size', example: 'memory 16 GiB', sign: 'positive' },
  memoryRange: { dimension: 'size', what: 'what.sizeRange', example: 'memory 256 MiB..1 GiB', range: true, sign: 'positive' },
  disk: { dimension: 'size', what: 'what.size', example: 'disk 4 TiB', sign: 'positive' },
  reserve: { dimension: 'size', what: 'what.size', example: 'reserve 512 MiB', sign: 'nonNegative' },
  network: { dimension: 'rate', what: 'what.rate', example: 'network 10 Gbps', sign: 'positive' },
  boot: { dimension: 'duration', what: 'what.duration', example: 'boot 30 s', sign: 'nonNegative' },
  duration: { dimension: 'duration', what: 'what.duration', example: 'duration 24 h', sign: 'positive' },
  step: { dimension: 'duration', what: 'what.duration', example: 'step 1 m', sign: 'positive' },
  offset: { dimension: 'duration', what: 'what.startTime', example: 'start 01:30', sign: 'nonNegative' },
  work: { dimension: 'work', what: 'what.work', example: 'work 8 core-h', sign: 'positive' },
  share: { dimension: 'share', what: 'what.share', example: 'load constant 40%', sign: 'nonNegative', max: 1 },
  shareRange: { dimension: 'share', what: 'what.shareRange', example: 'load daily 20%..90% peak 14:00', range: true, sign: 'nonNegative', max: 1 },
  watts: { dimension: 'power', what: 'what.power', example: 'power idle 50 W peak 200 W', sign: 'nonNegative' },
  seed: { dimension: 'cores', what: 'what.wholeNumber', example: 'seed 42', sign: 'nonNegative', integer: true, bare: true },
  ratio: { dimension: 'cores', what: 'what.ratio', example: 'overcommit cpu 4.0 memory 1.0', sign: 'positive', bare: true },
} as const satisfies Record<string, QuantityRule>;
